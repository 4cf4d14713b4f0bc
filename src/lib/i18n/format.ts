/** Dates and numbers in each language's conventions (date-fns locales and Intl). */
import { format } from 'date-fns';
import type { Precision } from '$lib/data/dates';
import type { TimelineEvent } from '$lib/data/localize';
import type { Interface } from './catalogue';
import { languageRecord, type Language } from './languages';

type Figure = Omit<TimelineEvent['figures'][number], 'label'>;

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

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
	let found = numberFormats.get(locale);
	if (!found) {
		found = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
		numberFormats.set(locale, found);
	}
	return found;
}

const MYRIAD = 10_000;

/**
 * A number as the language's texts write it: "36,000" in English, "3万6,000" in Japanese and
 * "3萬6,000" in Chinese, whose counting goes by myriads (10⁴, 10⁸, 10¹²). Below ten thousand,
 * and beyond what the myriad names reach, the grouping is the locale's.
 */
export function formatNumber(value: number, lang: Language): string {
	const { locale, typography } = languageRecord(lang);
	const plain = numberFormat(locale);
	const magnitude = Math.abs(value);
	const names = typography.myriads;
	if (!names || magnitude < MYRIAD || magnitude >= MYRIAD ** (names.length + 1)) {
		return plain.format(value);
	}
	// Whole units of the smallest myriad shown; a fraction of a unit would read as noise.
	let rest = Math.round(magnitude);
	const parts: string[] = [];
	for (let power = names.length; power >= 1; power--) {
		const unit = MYRIAD ** power;
		const count = Math.floor(rest / unit);
		rest -= count * unit;
		if (count > 0) parts.push(plain.format(count) + names[power - 1]);
	}
	if (rest > 0) parts.push(plain.format(rest));
	return (value < 0 ? plain.format(-1).replace('1', '') : '') + parts.join('');
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** Names joined as the language lists them: "the United States and Russia", "アメリカ、ロシア". */
export function formatList(items: readonly string[], lang: Language): string {
	let found = listFormats.get(lang);
	if (!found) {
		const { locale, typography } = languageRecord(lang);
		found = new Intl.ListFormat(locale, typography.list);
		listFormats.set(lang, found);
	}
	return found.format(items);
}

/** What writing a figure takes: the language, its units and its qualifiers. */
type FigureMessages = Pick<Interface, 'lang' | 'units' | 'figureQualifiers'>;

/**
 * A figure's value with its unit and qualifier, as the language writes it: "more than 1,000
 * aircraft", "1,000機以上", "逾1,000架"; "300,000 troops", "30万人", "30萬人".
 */
export function formatFigure(figure: Figure, m: FigureMessages): string {
	const text = m.units[figure.unit](figure.value, (v) => formatNumber(v, m.lang));
	return figure.qualifier ? m.figureQualifiers[figure.qualifier](text) : text;
}

/** An aside in the language's brackets: "(July 16, 2018)", "（2018年7月16日）". */
export function inBrackets(text: string, m: Pick<Interface, 'typography'>): string {
	const [open, close] = m.typography.brackets;
	return open + text + close;
}
