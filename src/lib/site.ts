/** Site-wide settings and the shape of its URLs. */
import { base } from '$app/paths';
import { env } from '$env/dynamic/public';
import { localizePath, type Language } from '$lib/i18n/languages';

/**
 * Public origin for absolute URLs (canonical, hreflang); set PUBLIC_SITE_ORIGIN when deploying.
 * Unset, the build takes the dataset's meta.origin (vite.config.ts), else this placeholder.
 */
export const SITE_ORIGIN = (env.PUBLIC_SITE_ORIGIN || 'https://timeline.example.org').replace(
	/\/+$/,
	''
);

export function homePath(lang: Language, query = ''): string {
	return base + localizePath('/', lang) + query;
}

export function eventPath(id: string, lang: Language, query = ''): string {
	return base + localizePath(`/event/${encodeURIComponent(id)}/`, lang) + query;
}
