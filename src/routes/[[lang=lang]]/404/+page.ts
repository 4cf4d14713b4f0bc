// Built as 404.html (and ja/404.html, zh-hant/404.html), which static hosts serve for any unknown
// address. It is plain HTML: no client router that could stumble over the unexpected URL.
import { loadMessages } from '$lib/i18n/catalogue';
import { LANGUAGES } from '$lib/i18n/languages';

export const trailingSlash = 'never';
export const csr = false;

/** Most hosts serve the root 404.html for every language, so it offers a way home in each. */
export async function load({ parent }) {
	const { lang } = await parent();
	const others = await Promise.all(
		LANGUAGES.filter((other) => other !== lang).map(async (other) => ({
			lang: other,
			m: await loadMessages(other)
		}))
	);
	return { others };
}
