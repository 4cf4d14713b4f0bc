/**
 * schema.org descriptions of the site's pages as JSON-LD, and a serialiser that is safe inside
 * an HTML <script> element.
 */
import type { ResolvedDate } from '$lib/data/localize';
import type { Language } from '$lib/i18n/languages';

/** The article every event is drawn from, cited by every page. */
export const SOURCE_ARTICLE = {
	'@type': 'ScholarlyArticle',
	name: 'U.S.-Russia Relations Under the Trump Administration',
	author: { '@type': 'Person', name: 'Wei Bai-Ku' },
	datePublished: '2019',
	publisher: { '@type': 'CollegeOrUniversity', name: 'National Chengchi University' }
} as const;

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
		citation: SOURCE_ARTICLE
	};
}

/** The published downloads of the dataset, as absolute URLs. */
export interface Downloads {
	json: string;
	csv: string;
}

/** The licence the dataset's texts are published under. */
export const DATASET_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * The home page as a schema.org Dataset: the events, what they cover and where to download them,
 * in the form dataset search engines index.
 */
export function datasetJsonLd(
	page: PageFacts,
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
		license: DATASET_LICENSE,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: page.name, url: page.url },
		citation: SOURCE_ARTICLE,
		isBasedOn: SOURCE_ARTICLE,
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
