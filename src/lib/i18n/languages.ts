/**
 * The interface languages: one record each, from which routes, prerendered pages, date and number
 * formats, share-card fonts and page metadata all derive. A dataset's own `meta.languages` picks
 * which of them a build publishes (see siteLanguages).
 */
import type { Locale } from 'date-fns';
import type { Catalogue } from './messages/en';

/** A source as an event cites it: the work's full citation, then where in it. */
export interface SourceParts {
	work: string;
	section?: string;
	/** "footnote 5", "注5": the catalogue's own word for it. */
	footnote?: string;
}

/** The work a footnote of the source cites, as the data gives it (often in its own language). */
export interface CitedParts {
	author?: string;
	title: string;
	publisher?: string;
	date?: string;
}

/**
 * How a language sets its punctuation, numbers and citations. Interface text is in the
 * catalogues; what every language does differently around that text is here, in one place.
 */
export interface Typography {
	/** After a label, before what it labels: "Download: " / "ダウンロード：". */
	colon: string;
	/** Between two facts on one line, such as a date and its era. */
	separator: string;
	/** Between two sentences: a space in English, nothing after 。 */
	sentenceGap: string;
	/** Around an aside, such as a related event's date: "(2018)", "（2018年）". */
	brackets: readonly [string, string];
	/** How lists of names (actors, themes) are joined, through Intl.ListFormat. */
	list: Intl.ListFormatOptions;
	/**
	 * Large numbers counted in myriads, as Japanese and Chinese texts write them (3万6,000): the
	 * names of 10⁴, 10⁸ and 10¹². Absent, numbers are grouped in thousands only.
	 */
	myriads?: readonly [string, string, string];
	/** A source: the work, its section and footnote, as the language punctuates a citation. */
	source: (parts: SourceParts) => string;
	/** The work a footnote cites; its title as a link is left to the page (see SourceCitation). */
	cited: (parts: CitedParts) => { before: string; title: string; after: string };
}

/** A title in Latin script, which Japanese and Chinese texts cite in its own punctuation. */
const isLatin = (text: string) => !/[\u3000-\u9fff\uff00-\uffef]/.test(text);

/**
 * Western citation punctuation (Author, “Title,” Publisher, date.), for English and for works
 * with Latin titles in any language.
 */
function westernCited(c: CitedParts) {
	const rest = [c.publisher, c.date].filter(Boolean);
	return {
		before: `${c.author ? `${c.author}, ` : ''}“`,
		title: c.title,
		after: rest.length ? `,” ${rest.join(', ')}.` : '.”'
	};
}

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
	/** Punctuation, lists, numbers and citations in the language's own conventions. */
	typography: Typography;
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
		dateLocale: async () => (await import('date-fns/locale/en-US')).enUS,
		typography: {
			colon: ': ',
			separator: ' · ',
			sentenceGap: ' ',
			brackets: ['(', ')'],
			list: { type: 'conjunction', style: 'long' },
			source: (p) => [p.work, p.section, p.footnote].filter(Boolean).join(', ') + '.',
			cited: westernCited
		}
	},
	ja: {
		segment: 'ja',
		endonym: '日本語',
		locale: 'ja-JP',
		ogLocale: 'ja_JP',
		cardFont: { family: 'Noto Sans JP', files: noto('noto-sans-jp', 'NotoSansJP') },
		catalogue: () => import('./messages/ja'),
		dateLocale: async () => (await import('date-fns/locale/ja')).ja,
		typography: {
			colon: '：',
			separator: '・',
			sentenceGap: '',
			brackets: ['（', '）'],
			// 「アメリカ、ロシア」
			list: { type: 'conjunction', style: 'long' },
			myriads: ['万', '億', '兆'],
			source: (p) => [p.work, p.section, p.footnote].filter(Boolean).join('、') + '。',
			cited: (c) =>
				isLatin(c.title)
					? westernCited(c)
					: {
							before: c.author ?? '',
							title: `「${c.title}」`,
							after: [c.publisher, c.date].filter(Boolean).join('、') + '。'
						}
		}
	},
	'zh-Hant': {
		segment: 'zh-hant',
		endonym: '繁體中文',
		locale: 'zh-Hant-TW',
		ogLocale: 'zh_TW',
		// Traditional Chinese needs its own glyph forms.
		cardFont: { family: 'Noto Sans TC', files: noto('noto-sans-tc', 'NotoSansTC') },
		catalogue: () => import('./messages/zh-hant'),
		dateLocale: async () => (await import('date-fns/locale/zh-TW')).zhTW,
		typography: {
			colon: '：',
			separator: '・',
			sentenceGap: '',
			brackets: ['（', '）'],
			// 「美國、俄羅斯」: the narrow style keeps the enumeration comma before the last item.
			list: { type: 'conjunction', style: 'narrow' },
			myriads: ['萬', '億', '兆'],
			source: (p) => [p.work, p.section, p.footnote].filter(Boolean).join('，') + '。',
			// Articles in 〈〉, as Taiwan cites them.
			cited: (c) =>
				isLatin(c.title)
					? westernCited(c)
					: {
							before: c.author ?? '',
							title: `〈${c.title}〉`,
							after:
								[c.publisher, c.date]
									.filter(Boolean)
									.map((part) => `，${part}`)
									.join('') + '。'
						}
		}
	}
} as const satisfies Record<string, LanguageRecord>;

export type Language = keyof typeof REGISTRY;

/** Every interface language, in the order switchers and alternates list them. */
export const LANGUAGES = Object.keys(REGISTRY) as Language[];
/** The language served at the site's root; every dataset must have it. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function typographyOf(lang: Language): Typography {
	return REGISTRY[lang].typography;
}

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
