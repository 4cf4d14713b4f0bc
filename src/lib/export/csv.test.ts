import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/data/localize';
import { readFileSync } from 'node:fs';
import { siteText } from '$lib/data/identity';
import type { Dataset } from '$lib/data/schema';
import { loadInterface, type Messages } from '$lib/i18n/catalogue';
import { csvField, toCsv } from './csv';
import { eventsToCsv } from './events';

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
