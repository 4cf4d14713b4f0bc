import type { Handle } from '@sveltejs/kit';
import { languageFromPath } from '$lib/i18n/languages';

/** Sets <html lang> for every prerendered page from its path. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', languageFromPath(event.url.pathname))
	});
