/**
 * A title cut into runs, with ranges of years ("1803–2019") marked to be kept on one line: a line
 * may break after a dash, and a title that ends "1803–" above "2019" reads as two dates.
 */
export interface TitleRun {
	text: string;
	/** A range of years, not to be broken across lines. */
	range: boolean;
}

const YEAR_RANGE = /(\d{3,4}\s?[–—-]\s?\d{2,4})/;

export function yearRanges(title: string): TitleRun[] {
	return title
		.split(YEAR_RANGE)
		.filter((text) => text !== '')
		.map((text) => ({ text, range: YEAR_RANGE.test(text) }));
}
