// Built as 404.html (and ja/404.html, zh-hant/404.html), which static hosts serve for any unknown
// address. It is plain HTML: no client router that could stumble over the unexpected URL.
import { loadInterface } from '$lib/i18n/catalogue';

export const trailingSlash = 'never';
export const csr = false;

/** Most hosts serve the root 404.html for every language, so it offers a way home in each. */
export async function load({ parent }) {
	const { lang, site } = await parent();
	const others = await Promise.all(
		site.languages
			.filter((other) => other !== lang)
			.map(async (other) => ({ lang: other, m: await loadInterface(other) }))
	);
	return { others };
}
