import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import {
	datasetFromSheet,
	eventsToSheet,
	formatSheetProblems,
	type SheetProblem
} from './spreadsheet';

const fixture = (): Dataset =>
	JSON.parse(readFileSync('src/lib/data/fixtures/valid.json', 'utf8')) as Dataset;

/** The columns a small sheet needs, in the order a spreadsheet user might arrange them. */
const HEADER = [
	'id',
	'date',
	'title.en',
	'title.ja',
	'title.zh-Hant',
	'summary.en',
	'summary.ja',
	'summary.zh-Hant',
	'stance',
	'themes',
	'actors',
	'related',
	'context',
	'source1.section',
	'source1.footnote',
	'source1.title',
	'figure1.label.en',
	'figure1.label.ja',
	'figure1.label.zh-Hant',
	'figure1.value',
	'figure1.unit'
].join(',');

function read(text: string) {
	const result = datasetFromSheet(text, fixture());
	if (!result.ok) throw new Error(formatSheetProblems('sheet.csv', 'events.json', result.problems));
	return result.data as Dataset;
}

function problemsOf(text: string, base: object = fixture()): SheetProblem[] {
	const result = datasetFromSheet(text, base as Record<string, unknown>);
	if (result.ok) throw new Error('expected the sheet to be refused');
	return result.problems;
}

describe('eventsToSheet', () => {
	it('writes UTF-8 with a byte-order mark and CRLF line ends, one row per event', () => {
		const text = eventsToSheet(fixture().events);
		expect(text.startsWith('\uFEFFid,date,endDate,title.en,title.ja,title.zh-Hant,')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(1 + 2 + 1);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
		expect(text).toContain(',response-to:magnitsky-act,');
	});

	it('reads back what it wrote', () => {
		const data = fixture();
		expect(read(eventsToSheet(data.events))).toEqual(data);
	});

	/** The fixture with one figure of "more than 1,000 aircraft". */
	function withQualifiedFigure() {
		const data = fixture();
		data.events[0]!.figures = [
			{
				label: { en: 'Aircraft', ja: '航空機', 'zh-Hant': '飛機' },
				value: 1000,
				unit: 'aircraft',
				qualifier: 'more-than'
			}
		];
		return data;
	}

	it('reads back a figure’s qualifier from its own column', () => {
		const data = withQualifiedFigure();
		const text = eventsToSheet(data.events);
		expect(text.split('\r\n')[0]).toContain(',figure1.unit,figure1.qualifier');
		expect(read(text)).toEqual(data);
	});

	it('names a figure qualifier it does not know by its column', () => {
		const data = withQualifiedFigure();
		const text = eventsToSheet(data.events).replace(',more-than', ',roughly');
		expect(problemsOf(text)).toContainEqual(
			expect.objectContaining({
				column: 'figure1.qualifier',
				message: expect.stringContaining('"roughly" is not a qualifier')
			})
		);
	});

	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+1 more', "'+1 more"],
		['-5 degrees', "'-5 degrees"],
		['@home', "'@home"],
		['＝SUM(A1)', "'＝SUM(A1)"],
		["'quoted", "''quoted"]
	])('guards a cell beginning %j against formulas, and reads it back unchanged', (title, cell) => {
		const data = fixture();
		data.events[0]!.title.en = title;
		const text = eventsToSheet(data.events);
		expect(text).toContain(`,${cell},`);
		expect(read(text).events[0]!.title.en).toBe(title);
	});

	it('quotes cells with commas and quotes', () => {
		const data = fixture();
		data.events[0]!.summary.en = 'Signed, “at last”, with "quotes".';
		const text = eventsToSheet(data.events);
		expect(text).toContain('"Signed, “at last”, with ""quotes""."');
		expect(read(text).events[0]!.summary.en).toBe(data.events[0]!.summary.en);
	});

	it('refuses a line break typed into a text cell, naming its row and column', () => {
		const data = fixture();
		data.events[0]!.summary.en = 'Signed,\nat last.';
		expect(problemsOf(eventsToSheet(data.events))).toEqual([
			expect.objectContaining({
				row: 2,
				column: 'summary.en',
				message: expect.stringContaining('U+000A (line feed)')
			})
		]);
	});
});

describe('datasetFromSheet, with what spreadsheets write', () => {
	const rows = [
		'magnitsky-act,2012-12-14,Magnitsky Act,マグニツキー法,馬格尼茨基法,"Signed, at last.",署名。,簽署。,conflict,sanctions,united-states,,,3.2.2,,,,,,,',
		'dima-yakovlev-law,2012-12-28,"Dima Yakovlev Law",ジーマ・ヤコブレフ法,季馬雅科夫列夫法,"Two lines,\r\nwith a comma.","二行目、\r\n読点。","第二行，\r\n逗號。",conflict,"sanctions; diplomacy","russia, united-states",response-to:magnitsky-act,TRUE,3.2.2,17,"Report, with a comma",Children adopted,養子,收養兒童,60,people'
	];

	it.each([
		['Excel’s “CSV UTF-8”: a byte-order mark and CRLF line ends', '\uFEFF', '\r\n'],
		['LibreOffice’s default: no byte-order mark, LF line ends', '', '\n']
	])('reads %s', (_name, bom, eol) => {
		// Cells with line breaks are one cell each: the data keeps text to one paragraph, so they
		// are refused where they are, and the rows after them keep their numbers.
		const withBreaks = bom + [HEADER, ...rows].join(eol) + eol;
		expect(problemsOf(withBreaks).map((p) => `${p.row} ${p.column}`)).toEqual([
			'3 summary.en',
			'3 summary.ja',
			'3 summary.zh-Hant'
		]);
		const data = read(
			bom + [HEADER, ...rows.map((row) => row.replaceAll('\r\n', ' '))].join(eol) + eol
		);
		const [first, second] = data.events;
		expect(first!.summary.en).toBe('Signed, at last.');
		expect(second).toEqual({
			id: 'dima-yakovlev-law',
			date: '2012-12-28',
			title: { en: 'Dima Yakovlev Law', ja: 'ジーマ・ヤコブレフ法', 'zh-Hant': '季馬雅科夫列夫法' },
			summary: {
				en: 'Two lines, with a comma.',
				ja: '二行目、 読点。',
				'zh-Hant': '第二行， 逗號。'
			},
			stance: 'conflict',
			themes: ['sanctions', 'diplomacy'],
			actors: ['russia', 'united-states'],
			sources: [{ section: '3.2.2', footnote: 17, cited: { title: 'Report, with a comma' } }],
			related: [{ id: 'magnitsky-act', kind: 'response-to' }],
			context: true,
			figures: [
				{
					label: { en: 'Children adopted', ja: '養子', 'zh-Hant': '收養兒童' },
					value: 60,
					unit: 'people'
				}
			]
		});
	});

	it('reads a formula-like cell the spreadsheet saved without its apostrophe unchanged', () => {
		const row = rows[0]!.replace('Magnitsky Act', '=Magnitsky Act');
		expect(read([HEADER, row].join('\r\n')).events[0]!.title.en).toBe('=Magnitsky Act');
	});

	it('keeps everything in the data file that is not an event, in its place', () => {
		const { meta, eras, events } = fixture();
		const result = datasetFromSheet([HEADER, rows[0]].join('\r\n'), { events, meta, eras });
		expect(result.ok && Object.keys(result.data)).toEqual(['events', 'meta', 'eras']);
		expect(result.ok && result.data.eras).toEqual(eras);
	});

	it('reports a problem of the data file outside the events by its path, not a row', () => {
		const base = fixture();
		base.eras[0]!.end = '1910';
		expect(problemsOf([HEADER, rows[0]].join('\r\n'), base)).toEqual([
			{ id: 'first-era', path: 'eras[0].end', message: expect.stringMatching(/gap of/) }
		]);
	});

	it('skips empty rows but numbers the rows after them as the spreadsheet does', () => {
		const dated = rows[1]!.replace('2012-12-28', '2012-13-28').replaceAll('\r\n', ' ');
		const text = [HEADER, rows[0], ',,,,,,', dated].join('\r\n');
		expect(problemsOf(text)).toEqual([
			expect.objectContaining({ row: 4, column: 'date', id: 'dima-yakovlev-law' })
		]);
	});
});

describe('datasetFromSheet refuses a sheet with mistakes', () => {
	const sheet = () => eventsToSheet(fixture().events);

	it('lists every problem at once, by row, column and what was expected', () => {
		const text = sheet()
			.replace(',2012-12-14,', ',14/12/2012,')
			.replace(',Magnitsky Act,', ',,')
			.replace(',conflict,sanctions,united-states,', ',hostile,weather,united-states,')
			.replace(',response-to:magnitsky-act,', ',response-to:no-such-event,')
			.replace(',3.2.2,17,', ',3.2.2,seventeen,');
		const problems = problemsOf(text);
		expect(problems.map((p) => [p.row, p.column, p.id])).toEqual([
			[2, 'date', 'magnitsky-act'],
			[2, 'date', 'magnitsky-act'],
			[2, 'title.en', 'magnitsky-act'],
			[2, 'stance', 'magnitsky-act'],
			[2, 'themes', 'magnitsky-act'],
			[3, 'related', 'dima-yakovlev-law'],
			[3, 'source1.footnote', 'dima-yakovlev-law']
		]);
		const report = formatSheetProblems('events.csv', 'data/events.json', problems);
		expect(report).toContain('events.csv has 7 problem(s); data/events.json was not changed:');
		expect(report).toContain(
			'events.csv: row 2, column date ("magnitsky-act"): expected a date as YYYY, YYYY-MM or YYYY-MM-DD'
		);
		expect(report).toContain('row 2, column title.en ("magnitsky-act"): must not be empty');
		expect(report).toMatch(/row 2, column stance .*expected one of/);
		expect(report).toContain(
			'row 3, column related ("dima-yakovlev-law"): related id "no-such-event" does not exist'
		);
		expect(report).toContain(
			'"seventeen" is not a footnote number; expected a whole number such as 17'
		);
	});

	it('counts a cell with line breaks as one row', () => {
		const data = fixture();
		data.events[0]!.summary.en = 'Three\nline\nsummary.';
		const text = eventsToSheet(data.events).replace(',2012-12-28,', ',2012-12-32,');
		expect(problemsOf(text)).toEqual([
			expect.objectContaining({ row: 2, column: 'summary.en' }),
			expect.objectContaining({ row: 3, column: 'date', message: 'is not a real calendar date' })
		]);
	});

	it('names a duplicated id by the row it is on', () => {
		const text = sheet().replace('dima-yakovlev-law,', 'magnitsky-act,');
		expect(problemsOf(text)).toContainEqual(
			expect.objectContaining({ row: 3, column: 'id', message: expect.stringContaining('row 2') })
		);
	});

	it.each([
		[
			'a malformed link',
			',response-to:magnitsky-act,',
			',answers magnitsky-act,',
			'related',
			/expected kind:id/
		],
		[
			'a figure that is not a number',
			',60,people',
			',sixty,people',
			'figure1.value',
			/expected a number/
		],
		[
			'a context that is not yes or no',
			',TRUE,',
			',maybe,',
			'context',
			/expected true, or the cell left empty/
		],
		['a missing source section', ',3.2.2,17,', ',,17,', 'source1.section', /expected one of/i]
	])('names %s', (_name, from, to, column, message) => {
		const text = [HEADER, rowsForMistakes[1]!.replace(from, to)].join('\r\n');
		expect(problemsOf(text)).toContainEqual(
			expect.objectContaining({ row: 2, column, message: expect.stringMatching(message) })
		);
	});

	it('names unknown, duplicated and missing columns in the header row', () => {
		const header = HEADER.replace('stance', 'stanse').replace('themes', 'actors');
		const problems = problemsOf([header, rowsForMistakes[0]].join('\r\n'));
		expect(problems.map((p) => [p.row, p.column])).toEqual([
			[1, 'stanse'],
			[1, 'actors'],
			[1, 'stance'],
			[1, 'themes']
		]);
		expect(problems[0]!.message).toMatch(/expected one of id, date, endDate/);
		expect(problems[2]!.message).toMatch(/is missing/);
	});

	it('names the row where a quoted cell is never closed', () => {
		const text = [HEADER, rowsForMistakes[0], 'dima,"unclosed,2012'].join('\r\n');
		expect(problemsOf(text)).toEqual([
			expect.objectContaining({ row: 3, message: expect.stringMatching(/not readable as CSV/) })
		]);
	});
});

const rowsForMistakes = [
	'magnitsky-act,2012-12-14,Magnitsky Act,マグニツキー法,馬格尼茨基法,Signed.,署名。,簽署。,conflict,sanctions,united-states,,,3.2.2,,,,,,,',
	'dima-yakovlev-law,2012-12-28,Dima Yakovlev Law,ジーマ・ヤコブレフ法,季馬雅科夫列夫法,Answer.,反撃。,反擊。,conflict,sanctions,russia,response-to:magnitsky-act,TRUE,3.2.2,17,Report,Children,養子,兒童,60,people'
];
