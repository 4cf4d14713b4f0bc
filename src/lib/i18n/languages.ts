/**
 * The interface languages: one record each, from which routes, prerendered pages, date and number
 * formats, share-card fonts and page metadata all derive. A dataset's own `meta.languages` picks
 * which of them a build publishes (see siteLanguages).
 */
import type { Locale } from 'date-fns';
import type { Catalogue } from './messages/en';

/** Noto Sans, as installed in node_modules, in the weights the share cards draw. */
const noto = (pkg: string, name: string) =>
	['400Regular', '700Bold'].map((w) => `@expo-google-fonts/${pkg}/${w}/${name}_${w}.ttf`);

export interface LanguageRecord {
	/** URL path segment; '' for the language served at the root. */
	segment: string;
	/** The language's name for itself, as the language switcher shows it in every language. */
	endonym: string;
	/** BCP 47 tag with a region, for Intl number formats. */
	locale: string;
	/** Open Graph names locales language_TERRITORY. */
	ogLocale: string;
	/** The share card's font: the family the SVG names and the font files that provide it. */
	cardFont: { family: string; files: readonly string[] };
	/** The interface text; each catalogue is its own chunk, so a page ships only its own. */
	catalogue: () => Promise<{ default: Catalogue }>;
	/** date-fns locale (month and weekday names), likewise loaded only with its language. */
	dateLocale: () => Promise<Locale>;
}

/** Keyed by the BCP 47 tag the data uses for its texts (title.en, title.zh-Hant…). */
const REGISTRY = {
	en: {
		segment: '',
		endonym: 'English',
		locale: 'en-US',
		ogLocale: 'en_US',
		// Japanese fonts cover Latin too.
		cardFont: { family: 'Noto Sans JP', files: noto('noto-sans-jp', 'NotoSansJP') },
		catalogue: () => import('./messages/en'),
		dateLocale: async () => (await import('date-fns/locale/en-US')).enUS
	},
	ja: {
		segment: 'ja',
		endonym: '日本語',
		locale: 'ja-JP',
		ogLocale: 'ja_JP',
		cardFont: { family: 'Noto Sans JP', files: noto('noto-sans-jp', 'NotoSansJP') },
		catalogue: () => import('./messages/ja'),
		dateLocale: async () => (await import('date-fns/locale/ja')).ja
	},
	'zh-Hant': {
		segment: 'zh-hant',
		endonym: '繁體中文',
		locale: 'zh-Hant-TW',
		ogLocale: 'zh_TW',
		// Traditional Chinese needs its own glyph forms.
		cardFont: { family: 'Noto Sans TC', files: noto('noto-sans-tc', 'NotoSansTC') },
		catalogue: () => import('./messages/zh-hant'),
		dateLocale: async () => (await import('date-fns/locale/zh-TW')).zhTW
	}
} as const satisfies Record<string, LanguageRecord>;

export type Language = keyof typeof REGISTRY;

/** Every interface language, in the order switchers and alternates list them. */
export const LANGUAGES = Object.keys(REGISTRY) as Language[];
/** The language served at the site's root; every dataset must have it. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function languageRecord(lang: Language): LanguageRecord {
	return REGISTRY[lang];
}

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && Object.hasOwn(REGISTRY, value);
}

/** The languages a build publishes: the registry's, in its order, that the dataset has. */
export function siteLanguages(datasetLanguages: readonly string[]): Language[] {
	return LANGUAGES.filter((lang) => datasetLanguages.includes(lang));
}

/** The language named by a route's optional [[lang]] segment. */
export function languageFromSegment(segment: string | undefined): Language {
	const found = LANGUAGES.find((lang) => REGISTRY[lang].segment === (segment ?? '').toLowerCase());
	return found ?? DEFAULT_LANGUAGE;
}

export function isLanguageSegment(segment: string): boolean {
	return segment !== '' && LANGUAGES.some((lang) => REGISTRY[lang].segment === segment);
}

/** The [[lang]] route parameter of a language: undefined at the root. */
export function segmentParam(lang: Language): string | undefined {
	return REGISTRY[lang].segment || undefined;
}

/** The language of a path such as "/ja/event/x/". */
export function languageFromPath(pathname: string): Language {
	return languageFromSegment(pathname.split('/')[1]);
}

/** Prefixes a language-neutral path ("/event/x/") with the language's segment. */
export function localizePath(path: string, lang: Language): string {
	const segment = REGISTRY[lang].segment;
	return segment ? `/${segment}${path}` : path;
}

/** Removes the language segment from a path. */
export function neutralPath(pathname: string): string {
	const [, first, ...rest] = pathname.split('/');
	return first !== undefined && isLanguageSegment(first) ? `/${rest.join('/')}` : pathname;
}
