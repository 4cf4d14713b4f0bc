/** The site's languages, their URL prefixes and their date-fns locales. */
import type { Language } from '$lib/data/vocabulary';

export type { Language };
export const LANGUAGES: readonly Language[] = ['en', 'ja', 'zh-Hant'];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name for itself, as a switcher shows it in every language. */
export const ENDONYMS: Record<Language, string> = {
	en: 'English',
	ja: '日本語',
	'zh-Hant': '繁體中文'
};

/** Open Graph names locales language_TERRITORY. */
export const OG_LOCALE: Record<Language, string> = { en: 'en_US', ja: 'ja_JP', 'zh-Hant': 'zh_TW' };

/** URL path segment for each language; English lives at the root. */
const SEGMENT: Record<Language, string> = { en: '', ja: 'ja', 'zh-Hant': 'zh-hant' };

/** The language named by a route's optional [[lang]] segment. */
export function languageFromSegment(segment: string | undefined): Language {
	const found = LANGUAGES.find((lang) => SEGMENT[lang] === (segment ?? '').toLowerCase());
	return found ?? DEFAULT_LANGUAGE;
}

export function isLanguageSegment(segment: string): boolean {
	return segment !== '' && Object.values(SEGMENT).includes(segment);
}

/** The language of a path such as "/ja/event/x/". */
export function languageFromPath(pathname: string): Language {
	return languageFromSegment(pathname.split('/')[1]);
}

/** Prefixes a language-neutral path ("/event/x/") with the language's segment. */
export function localizePath(path: string, lang: Language): string {
	const segment = SEGMENT[lang];
	return segment ? `/${segment}${path}` : path;
}

/** Removes the language segment from a path. */
export function neutralPath(pathname: string): string {
	const [, first, ...rest] = pathname.split('/');
	return first !== undefined && isLanguageSegment(first) ? `/${rest.join('/')}` : pathname;
}
