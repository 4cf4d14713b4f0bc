/** CSV per RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */

export type Cell = string | number | boolean | null | undefined;

export function csvField(value: Cell): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header row, then one row per record; CRLF line ends, as spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Prefix that makes Excel read the file as UTF-8, so Japanese and Chinese text survive. */
export const UTF8_BOM = '\uFEFF';
