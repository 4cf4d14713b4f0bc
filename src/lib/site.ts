/** Site-wide settings and the shape of its URLs. */
import { base } from '$app/paths';
import { env } from '$env/dynamic/public';
import { localizePath, type Language } from '$lib/i18n/languages';

/** Where `npm run preview` serves the build: the origin of absolute URLs built without one. */
export const PREVIEW_ORIGIN = 'http://localhost:4173';

/**
 * Public origin for the absolute URLs a build writes into its pages (canonical, Open Graph,
 * hreflang, JSON-LD); set PUBLIC_SITE_ORIGIN when building for deployment. Unset, the build says
 * so (vite.config.ts) and uses the local preview's. Links made in the browser use the origin the
 * reader is on instead (readerUrl).
 */
export const SITE_ORIGIN = (env.PUBLIC_SITE_ORIGIN || PREVIEW_ORIGIN).replace(/\/+$/, '');

/** An absolute URL on the site the reader is on, for links made in the browser. */
export function readerUrl(path: string): string {
	return new URL(path, location.origin).href;
}

export function homePath(lang: Language, query = ''): string {
	return base + localizePath('/', lang) + query;
}

export function eventPath(id: string, lang: Language, query = ''): string {
	return base + localizePath(`/event/${encodeURIComponent(id)}/`, lang) + query;
}
