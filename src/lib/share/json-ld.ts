/**
 * schema.org descriptions of the site's pages as JSON-LD, and a serialiser that is safe inside
 * an HTML <script> element.
 */
import type { ResolvedDate } from '$lib/data/localize';
import type { Work } from '$lib/data/schema';
import { DEFAULT_LANGUAGE, type Language } from '$lib/i18n/languages';

/**
 * A source work as schema.org data. Every page, whatever its language, cites it in the site's
 * default language, as the work is indexed.
 */
export function workJsonLd(work: Work) {
	const lang = DEFAULT_LANGUAGE;
	return {
		'@type': work.type ?? 'CreativeWork',
		name: work.title[lang],
		...(work.author ? { author: { '@type': 'Person', name: work.author[lang] } } : {}),
		datePublished: String(work.year),
		...(work.publisher
			? {
					publisher: {
						'@type': work.publisher.type ?? 'Organization',
						name: work.publisher.name[lang]
					}
				}
			: {}),
		...(work.url ? { url: work.url } : {})
	};
}

export type WorkJsonLd = ReturnType<typeof workJsonLd>;

/** One work as itself, several as a list. */
const citing = (works: readonly WorkJsonLd[]) => (works.length === 1 ? works[0] : works);

/** What a page says about itself, in its own language, with absolute URLs. */
export interface PageFacts {
	name: string;
	description: string;
	url: string;
	image: string;
	lang: Language;
}

/**
 * An event's page as a schema.org Event. Dates keep their precision ("2014-03" for March 2014),
 * which ISO 8601 and schema.org's Date both allow.
 */
export function eventJsonLd(
	page: PageFacts,
	cites: readonly WorkJsonLd[],
	date: Pick<ResolvedDate, 'text'>,
	endDate?: Pick<ResolvedDate, 'text'>
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: page.name,
		description: page.description,
		startDate: date.text,
		...(endDate ? { endDate: endDate.text } : {}),
		url: page.url,
		image: page.image,
		inLanguage: page.lang,
		citation: citing(cites)
	};
}

/** The published downloads of the dataset, as absolute URLs. */
export interface Downloads {
	json: string;
	csv: string;
}

/** What the dataset's meta says about where it comes from. */
export interface DatasetOrigin {
	cites: readonly WorkJsonLd[];
	/** The licence the dataset's texts are published under. */
	license?: string;
}

/**
 * The home page as a schema.org Dataset: the events, what they cover and where to download them,
 * in the form dataset search engines index.
 */
export function datasetJsonLd(
	page: PageFacts,
	origin: DatasetOrigin,
	coverage: { from: string; to: string },
	downloads: Downloads
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: page.name,
		description: page.description,
		url: page.url,
		image: page.image,
		inLanguage: page.lang,
		temporalCoverage: `${coverage.from}/${coverage.to}`,
		...(origin.license ? { license: origin.license } : {}),
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: page.name, url: page.url },
		citation: citing(origin.cites),
		isBasedOn: citing(origin.cites),
		distribution: [
			{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: downloads.json },
			{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: downloads.csv }
		]
	};
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" become \u escapes,
 * so no text in the data ("</script>", "<!--") can end the element early, and an HTML renderer
 * that escapes text finds nothing to escape; U+2028 and U+2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
