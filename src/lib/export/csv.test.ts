import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/data/localize';
import { readFileSync } from 'node:fs';
import { siteText } from '$lib/data/identity';
import type { Dataset } from '$lib/data/schema';
import { loadInterface, type Messages } from '$lib/i18n/catalogue';
import { localizeEvents } from '$lib/data/localize';
import { formatList } from '$lib/i18n/format';
import type { Language } from '$lib/i18n/languages';
import { csvField, toCsv } from './csv';
import { eventsToCsv, eventsToJson } from './events';

/** The English texts of the real dataset, as its pages read them. */
async function englishMessages(): Promise<Messages> {
	const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
	const ui = await loadInterface('en');
	return { ...ui, ...siteText(data, 'en', ui) };
}

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "reset"', '"say ""reset"""'],
		['line\nbreak', '"line\nbreak"'],
		['crlf\r\nbreak', '"crlf\r\nbreak"'],
		[' padded ', '" padded "'],
		['ヘルシンキ首脳会談', 'ヘルシンキ首脳会談'],
		['川普，普丁', '川普，普丁'],
		[42, '42'],
		[null, ''],
		[undefined, '']
	] as const)('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

// What a spreadsheet would run as a formula is written as text: a leading quote, and quoted.
describe('csvField neutralises formulas', () => {
	it.each([
		['=1+1', `"'=1+1"`],
		[
			'=HYPERLINK("http://evil.example","Click")',
			`"'=HYPERLINK(""http://evil.example"",""Click"")"`
		],
		['+7 (495) 123-45-67', `"'+7 (495) 123-45-67"`],
		["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
		['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
		['\t=1+1', `"'\t=1+1"`],
		['\r=1+1', `"'\r=1+1"`],
		['\n=1+1', `"'\n=1+1"`],
		['  =1+1', `"'  =1+1"`],
		['＝1+1', `"'＝1+1"`],
		['＋7 495', `"'＋7 495"`],
		['－2+3', `"'－2+3"`],
		['＠SUM(A1)', `"'＠SUM(A1)"`],
		['\u3000＝1+1', `"'\u3000＝1+1"`]
	] as const)('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it.each([
		['a formula sign later in the text', 'Reset = restart', 'Reset = restart'],
		['a hyphenated word', 'New START — follow-up', 'New START — follow-up'],
		['a negative number', -5, '-5'],
		['an e-mail address', 'press@example.org', 'press@example.org']
	] as const)('leaves %s as it is', (_name, value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('the in-page CSV download', () => {
	it('writes a title or summary that looks like a formula as text', async () => {
		const start = Date.UTC(2018, 6, 16);
		const event: TimelineEvent = {
			id: 'formula',
			date: { text: '2018-07-16', precision: 'day', start, end: start + 86_400_000 },
			when: 'July 16, 2018',
			start,
			end: start + 86_400_000,
			title: '=HYPERLINK("https://evil.example","Helsinki")',
			summary: '@SUM(1+1)',
			stance: 'mixed',
			themes: ['diplomacy'],
			actors: ['russia'],
			sources: [{ section: '4', cited: { title: '+1 report' } }],
			related: [],
			answeredBy: [],
			context: false,
			figures: [],
			era: 'era'
		};
		const [, row] = eventsToCsv(
			[event],
			await englishMessages(),
			(id) => `https://example.org/event/${id}/`
		).split('\r\n');
		expect(row).toContain(`,"'=HYPERLINK(""https://evil.example"",""Helsinki"")",`);
		expect(row).toContain(`,"'@SUM(1+1)",`);
		expect(row).not.toMatch(/,[=+\-@]/);
	});
});

describe('toCsv', () => {
	it('writes a header and rows with CRLF line ends', () => {
		expect(
			toCsv(
				['id', 'title'],
				[
					['a', 'One, two'],
					['b', '「選択的パートナーシップ」']
				]
			)
		).toBe('id,title\r\na,"One, two"\r\nb,「選択的パートナーシップ」\r\n');
	});
});

describe('downloads in the reader’s language', () => {
	/** One real event, as a language's page has it, with its summary, note and sources. */
	async function download(lang: Language) {
		const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
		const ui = await loadInterface(lang);
		const m: Messages = { ...ui, ...siteText(data, lang, ui) };
		const event = localizeEvents(data, lang, ui).find(
			(e) => e.note && e.sources.some((s) => s.cited)
		)!;
		const urlOf = (id: string) => `http://localhost:4173/event/${id}/`;
		const csv = eventsToCsv([event], m, urlOf);
		const json = JSON.parse(eventsToJson([event], m, urlOf));
		return { event, m, csv, json };
	}

	it.each(['en', 'ja', 'zh-Hant'] as const)(
		'%s names stance, themes and actors in the language, keeps their ids and adds the note',
		async (lang) => {
			const { event, m, csv, json } = await download(lang);
			const [header, row] = csv.split('\r\n');
			const cells = Object.fromEntries(
				header!.split(',').map((name, i) => [name, parseRow(row!)[i]])
			);
			expect(cells.stance).toBe(m.stances[event.stance]);
			expect(cells.actors).toBe(
				formatList(
					event.actors.map((a) => m.actors[a]!),
					lang
				)
			);
			expect(cells.themes).toContain(m.themes[event.themes[0]!]);
			expect(cells.note).toBe(event.note);
			expect(cells.stanceId).toBe(event.stance);
			expect(cells.actorIds).toBe(event.actors.join(' '));
			expect(cells.themeIds).toBe(event.themes.join(' '));

			const [record] = json.events;
			expect(json.language).toBe(lang);
			expect(record.stance).toBe(m.stances[event.stance]);
			expect(record.actors).toEqual(event.actors.map((a) => m.actors[a]));
			expect(record.actorIds).toEqual(event.actors);
			expect(record.note).toBe(event.note);
		}
	);

	it.each([
		['en', /, footnote \d+\./],
		['ja', /、注\d+。/],
		['zh-Hant', /，註\d+。/]
	] as const)('%s cites sources with its own punctuation', async (lang, pattern) => {
		const { json } = await download(lang);
		const citations: string[] = json.events[0].sources.map((s: { citation: string }) => s.citation);
		expect(citations.some((c) => pattern.test(c))).toBe(true);
		if (lang !== 'en') expect(citations.join('')).not.toMatch(/[\p{Script=Han}], /u);
	});
});

/** The cells of one CSV row, quotes undone. */
function parseRow(row: string): string[] {
	return [...row.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
		m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!
	);
}
