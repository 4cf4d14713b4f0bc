/**
 * CSV per RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. Text that
 * a spreadsheet would take for a formula is neutralised as OWASP recommends: a leading single
 * quote makes the cell plain text, and the cell is quoted.
 */

export type Cell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet may read as a formula: it starts with =, +, - or @ (or their full-width forms,
 * which spreadsheets with a Japanese or Chinese input convert), or with a tab or carriage return
 * (which some spreadsheets skip before looking for one), also after leading spaces or line breaks,
 * which some spreadsheets strip on import.
 */
const FORMULA_START = /^(?:[\t\r]|[ \n\u3000]*[=+\-@＝＋－＠])/;

export function csvField(value: Cell): string {
	if (value === null || value === undefined) return '';
	// A number is written by us as a number: "-5" is a negative number, never a formula.
	if (typeof value === 'string' && FORMULA_START.test(value)) {
		return `"'${value.replaceAll('"', '""')}"`;
	}
	const text = String(value);
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header row, then one row per record; CRLF line ends, as spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Prefix that makes Excel read the file as UTF-8, so Japanese and Chinese text survive. */
export const UTF8_BOM = '\uFEFF';
