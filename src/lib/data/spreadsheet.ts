/**
 * The events as a spreadsheet (CSV), and back. One row per event, one column per field and
 * language; sources and figures in numbered columns (source1.section, figure2.value…); themes,
 * actors and related events as lists in one cell. A sheet read back is checked by the same
 * validator as the data file, and every problem is named by the row and column a spreadsheet
 * shows, so nothing is written until the sheet is right.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { LANGUAGES } from '../i18n/languages';
import type { EventRecord } from './schema';
import { validateDataset } from './validate';

export interface SheetProblem {
	/** Row as a spreadsheet numbers it: the header is row 1. Absent for problems outside the sheet. */
	row?: number;
	/** Column name from the header row. */
	column?: string;
	/** Id of the event in that row, when it has one. */
	id?: string;
	/** For a problem in the data file outside the events (eras and the like): its JSON path. */
	path?: string;
	message: string;
}

export type SheetResult =
	{ ok: true; data: Record<string, unknown> } | { ok: false; problems: SheetProblem[] };

const localized = (field: string) => LANGUAGES.map((lang) => `${field}.${lang}`);

/** Every column that is not numbered, in the order they are written. */
export const FIXED_COLUMNS = [
	'id',
	'date',
	'endDate',
	...localized('title'),
	...localized('summary'),
	'stance',
	'themes',
	'actors',
	'context',
	'related',
	...localized('note')
] as const;

/** Columns a sheet cannot do without; the others may be left out when nothing uses them. */
const REQUIRED_COLUMNS = [
	'id',
	'date',
	...localized('title'),
	...localized('summary'),
	'stance',
	'themes',
	'actors',
	'source1.section'
];

/** The fields of source N (N = 1, 2…): the work's section and footnote, then the cited work. */
const CITED_FIELDS = ['author', 'title', 'publisher', 'date', 'url'] as const;
const SOURCE_FIELDS = ['section', 'footnote', ...CITED_FIELDS] as const;
/** The fields of figure N: its label in each language, its value, unit and qualifier. */
const FIGURE_FIELDS = [...localized('label'), 'value', 'unit', 'qualifier'] as const;

const NUMBERED = /^(source|figure)([1-9]\d*)\.(.+)$/;

/** Separator of the items of a list cell (themes, actors, related); commas are read too. */
export const LIST_SEPARATOR = '; ';
const LIST_SPLIT = /[;,\n]/;

/**
 * Spreadsheets run a cell that begins with = + - or @ (or their full-width forms) as a formula. Such cells are written with a
 * leading apostrophe, which spreadsheets show as text and drop; a cell read back loses that one
 * apostrophe, whether the spreadsheet kept it or not. A value that itself begins with an
 * apostrophe gets one more, so every value comes back as it was.
 */
const GUARDED = /^[=+\-@'＝＋－＠]/;
const guard = (text: string) => (GUARDED.test(text) ? `'${text}` : text);
const unguard = (text: string) =>
	text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;

/** The events as CSV, as spreadsheets open it: UTF-8 with a byte-order mark, CRLF line ends. */
export function eventsToSheet(events: readonly EventRecord[]): string {
	const sourceCount = Math.max(1, ...events.map((e) => e.sources.length));
	const figureCount = Math.max(1, ...events.map((e) => e.figures?.length ?? 0));
	const header = [
		...FIXED_COLUMNS,
		...numbered('source', sourceCount, SOURCE_FIELDS),
		...numbered('figure', figureCount, FIGURE_FIELDS)
	];
	const rows = events.map((e) => [
		e.id,
		e.date,
		e.endDate ?? '',
		...LANGUAGES.map((lang) => e.title[lang]),
		...LANGUAGES.map((lang) => e.summary[lang]),
		e.stance,
		e.themes.join(LIST_SEPARATOR),
		e.actors.join(LIST_SEPARATOR),
		e.context ? 'true' : '',
		(e.related ?? []).map((r) => `${r.kind}:${r.id}`).join(LIST_SEPARATOR),
		...LANGUAGES.map((lang) => e.note?.[lang] ?? ''),
		...Array.from({ length: sourceCount }, (_, i) => e.sources[i]).flatMap((s) => [
			s?.section ?? '',
			s?.footnote?.toString() ?? '',
			s?.cited?.author ?? '',
			s?.cited?.title ?? '',
			s?.cited?.publisher ?? '',
			s?.cited?.date ?? '',
			s?.cited?.url ?? ''
		]),
		...Array.from({ length: figureCount }, (_, i) => e.figures?.[i]).flatMap((f) => [
			...LANGUAGES.map((lang) => f?.label[lang] ?? ''),
			f?.value.toString() ?? '',
			f?.unit ?? '',
			f?.qualifier ?? ''
		])
	]);
	return stringify([header, ...rows.map((row) => row.map(guard))], {
		bom: true,
		record_delimiter: 'windows',
		// A line break or a space at either end is quoted, so no spreadsheet can lose it.
		quoted_match: /[\r\n]|^\s|\s$/
	});
}

function numbered(kind: string, count: number, fields: readonly string[]): string[] {
	return Array.from({ length: count }, (_, i) => fields.map((f) => `${kind}${i + 1}.${f}`)).flat();
}

/** Where each event's sources and figures came from: their group numbers, in order. */
interface RowOrigin {
	row: number;
	sources: number[];
	figures: number[];
}

/**
 * Reads a sheet back into a dataset: `base` (the data file as it is) with its events replaced by
 * the sheet's rows, everything else kept as it was and where it was.
 */
export function datasetFromSheet(text: string, base: Record<string, unknown>): SheetResult {
	let records: string[][];
	try {
		records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const row = ((error as CsvError & { records?: number }).records ?? 0) + 1;
		return {
			ok: false,
			problems: [
				{
					row,
					message: `is not readable as CSV (${error.message}); expected quoted cells to be closed`
				}
			]
		};
	}
	const [header = [], ...body] = records;
	const columns = header.map((name) => name.trim());
	const headerProblems = checkHeader(columns);
	if (headerProblems.length > 0) return { ok: false, problems: headerProblems };

	const index = new Map(columns.map((name, i) => [name, i]));
	const groups = (kind: string) =>
		[
			...new Set(
				columns.flatMap((name) => {
					const match = NUMBERED.exec(name);
					return match && match[1] === kind ? [Number(match[2])] : [];
				})
			)
		].sort((a, b) => a - b);
	const sourceGroups = groups('source');
	const figureGroups = groups('figure');

	const problems: SheetProblem[] = [];
	const origins: RowOrigin[] = [];
	const events: Record<string, unknown>[] = [];

	body.forEach((record, r) => {
		const row = r + 2;
		if (record.every((cell) => cell.trim() === '')) return;
		const cell = (name: string) => {
			const i = index.get(name);
			return i === undefined ? '' : unguard(record[i] ?? '');
		};
		const id = cell('id') || undefined;
		const problem = (column: string, message: string) =>
			problems.push({ row, column, id, message });
		for (let i = columns.length; i < record.length; i++) {
			if (record[i]!.trim() !== '') {
				problem(`(column ${i + 1})`, `has a value beyond the last named column; expected it empty`);
			}
		}
		const texts = (field: string) =>
			Object.fromEntries(LANGUAGES.map((l) => [l, cell(`${field}.${l}`)]));
		const hasNote = LANGUAGES.some((l) => cell(`note.${l}`) !== '');

		const sources: Record<string, unknown>[] = [];
		const usedSources: number[] = [];
		for (const n of sourceGroups) {
			const field = (f: string) => cell(`source${n}.${f}`);
			if (SOURCE_FIELDS.every((f) => field(f) === '')) continue;
			const footnote = field('footnote');
			const cited = CITED_FIELDS.filter((f) => field(f) !== '');
			let footnoteValue: number | string | undefined;
			if (footnote !== '') {
				footnoteValue = /^\d+$/.test(footnote) ? Number(footnote) : footnote;
				if (typeof footnoteValue === 'string') {
					problem(
						`source${n}.footnote`,
						`"${footnote}" is not a footnote number; expected a whole number such as 17`
					);
				}
			}
			sources.push({
				section: field('section'),
				...(footnoteValue !== undefined ? { footnote: footnoteValue } : {}),
				...(cited.length > 0
					? {
							// In the data file's order; a cited work always has a title, if an empty one.
							cited: Object.fromEntries(
								CITED_FIELDS.filter((f) => f === 'title' || field(f) !== '').map((f) => [
									f,
									field(f)
								])
							)
						}
					: {})
			});
			usedSources.push(n);
		}

		const figures: Record<string, unknown>[] = [];
		const usedFigures: number[] = [];
		for (const n of figureGroups) {
			const field = (f: string) => cell(`figure${n}.${f}`);
			if (FIGURE_FIELDS.every((f) => field(f) === '')) continue;
			const value = field('value');
			const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
			if (number === undefined) {
				problem(
					`figure${n}.value`,
					`${value ? `"${value}" is not a number` : 'is empty'}; expected a number such as 6.3 or 300000`
				);
			}
			const qualifier = field('qualifier');
			figures.push({
				label: texts(`figure${n}.label`),
				value: number ?? 0,
				unit: field('unit'),
				...(qualifier !== '' ? { qualifier } : {})
			});
			usedFigures.push(n);
		}

		const related = list(cell('related')).map((item) => {
			const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(item);
			if (!match) {
				problem(
					'related',
					`"${item}" is not a link; expected kind:id, such as response-to:magnitsky-act`
				);
				return { id: item, kind: 'see-also' };
			}
			return { id: match[2], kind: match[1] };
		});

		const context = cell('context').trim().toLowerCase();
		if (!['', 'true', 'false'].includes(context)) {
			problem(
				'context',
				`"${cell('context')}" is not a yes or no; expected true, or the cell left empty`
			);
		}

		const endDate = cell('endDate');
		events.push({
			id: cell('id'),
			date: cell('date'),
			...(endDate !== '' ? { endDate } : {}),
			title: texts('title'),
			summary: texts('summary'),
			stance: cell('stance'),
			themes: list(cell('themes')),
			actors: list(cell('actors')),
			sources,
			...(related.length > 0 ? { related } : {}),
			...(context === 'true' ? { context: true } : {}),
			...(hasNote ? { note: texts('note') } : {}),
			...(figures.length > 0 ? { figures } : {})
		});
		origins.push({ row, sources: usedSources, figures: usedFigures });
	});

	const data = withEvents(base, events);
	const result = validateDataset(data);
	if (!result.ok) {
		const reported = new Set(problems.map((p) => `${p.row} ${p.column}`));
		for (const p of result.problems) {
			const placed = placeProblem(p.path, origins);
			const message = p.message.replace(/events\[(\d+)\]/g, (_, i: string) =>
				origins[Number(i)] ? `row ${origins[Number(i)]!.row}` : `events[${i}]`
			);
			if (!placed) problems.push({ id: p.id, path: p.path, message });
			else if (!reported.has(`${placed.row} ${placed.column}`)) {
				problems.push({ ...placed, id: p.id, message });
			}
		}
	}
	if (problems.length > 0) return { ok: false, problems: sortProblems(problems, columns) };
	return { ok: true, data };
}

function list(text: string): string[] {
	return text
		.split(LIST_SPLIT)
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

function checkHeader(columns: readonly string[]): SheetProblem[] {
	const problems: SheetProblem[] = [];
	const seen = new Set<string>();
	const fixed: readonly string[] = FIXED_COLUMNS;
	columns.forEach((name, i) => {
		if (name === '') {
			problems.push({
				row: 1,
				column: `(column ${i + 1})`,
				message: 'has no name; expected a column name'
			});
			return;
		}
		if (seen.has(name)) {
			problems.push({ row: 1, column: name, message: 'appears twice; expected each column once' });
		}
		seen.add(name);
		const match = NUMBERED.exec(name);
		const known = match
			? (match[1] === 'source' ? SOURCE_FIELDS : FIGURE_FIELDS).includes(match[3] as never)
			: fixed.includes(name);
		if (!known) {
			problems.push({
				row: 1,
				column: name,
				message: `is not a column of the events; expected one of ${fixed.join(', ')}, sourceN.${SOURCE_FIELDS.join('|')} or figureN.${FIGURE_FIELDS.join('|')}`
			});
		}
	});
	for (const name of REQUIRED_COLUMNS) {
		if (!seen.has(name))
			problems.push({
				row: 1,
				column: name,
				message: 'is missing; expected this column in the header row'
			});
	}
	return problems;
}

function withEvents(base: Record<string, unknown>, events: unknown[]): Record<string, unknown> {
	const data = Object.fromEntries(
		Object.entries(base).map(([key, value]) => [key, key === 'events' ? events : value])
	);
	if (!('events' in data)) data.events = events;
	return data;
}

/** The row and column of a validator's JSON path, or undefined for a path outside the events. */
function placeProblem(
	path: string,
	origins: readonly RowOrigin[]
): { row: number; column: string } | undefined {
	const match = /^events\[(\d+)\](.*)$/.exec(path);
	const origin = match ? origins[Number(match[1])] : undefined;
	if (!match || !origin) return undefined;
	const rest = match[2]!.replace(/^\./, '');
	const field = (kind: 'sources' | 'figures', prefix: string, j: string, inner: string) => {
		const n = origin[kind][Number(j)] ?? Number(j) + 1;
		return `${prefix}${n}.${inner}`;
	};
	let m: RegExpExecArray | null;
	let column: string;
	if ((m = /^sources\[(\d+)\]\.cited(?:\.(\w+))?/.exec(rest))) {
		column = field('sources', 'source', m[1]!, m[2] ?? 'title');
	} else if ((m = /^sources\[(\d+)\](?:\.(\w+))?/.exec(rest))) {
		column = field('sources', 'source', m[1]!, m[2] ?? 'section');
	} else if (rest.startsWith('sources')) {
		column = 'source1.section';
	} else if ((m = /^figures\[(\d+)\]\.label(?:\.([\w-]+))?/.exec(rest))) {
		column = field('figures', 'figure', m[1]!, `label.${m[2] ?? LANGUAGES[0]}`);
	} else if ((m = /^figures\[(\d+)\](?:\.(\w+))?/.exec(rest))) {
		column = field('figures', 'figure', m[1]!, m[2] ?? 'value');
	} else if ((m = /^(themes|actors|related)\b/.exec(rest))) {
		column = m[1]!;
	} else if ((m = /^(title|summary|note)(?:\.([\w-]+))?/.exec(rest))) {
		column = `${m[1]}.${m[2] ?? LANGUAGES[0]}`;
	} else {
		column = rest.split(/[.[]/)[0] || 'id';
	}
	return { row: origin.row, column };
}

function sortProblems(problems: SheetProblem[], columns: readonly string[]): SheetProblem[] {
	const order = (p: SheetProblem) => {
		const i = p.column ? columns.indexOf(p.column) : -1;
		return i === -1 ? columns.length : i;
	};
	return problems
		.map((p, i) => ({ p, i }))
		.sort(
			(a, b) =>
				(a.p.row ?? Infinity) - (b.p.row ?? Infinity) || order(a.p) - order(b.p) || a.i - b.i
		)
		.map(({ p }) => p);
}

/** A report an editor can act on: one line per problem, by row and column. */
export function formatSheetProblems(
	sheet: string,
	dataFile: string,
	problems: readonly SheetProblem[]
): string {
	const lines = problems.map((p) => {
		if (p.row === undefined)
			return `  ${dataFile}: ${p.id ? `"${p.id}" ` : ''}at ${p.path || '(root)'}: ${p.message}`;
		const column = p.column ? `, column ${p.column}` : '';
		return `  ${sheet}: row ${p.row}${column}${p.id ? ` ("${p.id}")` : ''}: ${p.message}`;
	});
	return `${sheet} has ${problems.length} problem(s); ${dataFile} was not changed:\n${lines.join('\n')}`;
}
