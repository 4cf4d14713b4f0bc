/** Partial calendar dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"): the string's form is its precision. */
import { addDays, addMonths, addYears, isValid } from 'date-fns';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	precision: Precision;
	/** First instant of the period, UTC milliseconds. */
	start: number;
	/** First instant after the period, UTC milliseconds (exclusive end). */
	end: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date, or returns null when it is malformed or not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
	const match = PATTERN.exec(text);
	if (!match) return null;
	const [, y, m, d] = match;
	const year = Number(y);
	const month = m === undefined ? 1 : Number(m);
	const day = d === undefined ? 1 : Number(d);
	const date = new Date(Date.UTC(year, month - 1, day));
	date.setUTCFullYear(year); // years below 100 are not shifted into the 1900s
	if (!isValid(date) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
	const step = { day: addDays, month: addMonths, year: addYears }[precision];
	return { precision, start: date.getTime(), end: step(date, 1).getTime() };
}

/** The UTC day (YYYY-MM-DD) of a timestamp, as used in URLs. */
export function isoDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;
