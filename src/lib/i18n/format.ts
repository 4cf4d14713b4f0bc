/** Dates and numbers in each language's conventions (date-fns locales and Intl). */
import { format } from 'date-fns';
import type { Precision } from '$lib/data/dates';
import type { Interface } from './catalogue';
import { languageRecord, type Language } from './languages';

/** What writing a date takes: the language's patterns and its date-fns locale. */
type DateMessages = Pick<Interface, 'dateLocale' | 'dateFormats' | 'dateRange'>;

/**
 * date-fns formats in local time; our instants are UTC calendar days, so shift them to the same
 * wall-clock day in the local zone first.
 */
function asLocalDay(time: number): Date {
	const d = new Date(time);
	const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
	local.setFullYear(d.getUTCFullYear());
	return local;
}

export function formatPattern(time: number, pattern: string, m: DateMessages): string {
	return format(asLocalDay(time), pattern, { locale: m.dateLocale });
}

/** "July 16, 2018", "March 2014" or "1809", as the precision allows. */
export function formatDate(time: number, precision: Precision, m: DateMessages): string {
	return formatPattern(time, m.dateFormats[precision], m);
}

/** An event's date, or its span when it has an end date. */
export function formatSpan(
	date: { start: number; precision: Precision },
	m: DateMessages,
	endDate?: { start: number; precision: Precision }
): string {
	const from = formatDate(date.start, date.precision, m);
	if (!endDate) return from;
	return m.dateRange(from, formatDate(endDate.start, endDate.precision, m));
}

export function formatNumber(value: number, lang: Language): string {
	return new Intl.NumberFormat(languageRecord(lang).locale, { maximumFractionDigits: 1 }).format(
		value
	);
}
