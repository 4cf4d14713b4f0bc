import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '$lib/data/load.server';
import type { Language } from '$lib/i18n/languages';
import { buildSearchIndex, usesTerm } from './build-search-index.server';
import { otherLanguagesMatching, searchIndex } from './search-index';

const data = loadDatasetFile('data/events.json');
const index = buildSearchIndex(data);
const find = (query: string, lang: Language) => searchIndex(index, query, lang)!;
const found = (query: string, lang: Language) => [...find(query, lang).found].sort();
const idsWhere = (test: (text: string) => boolean) =>
	data.events
		.filter((e) => test(JSON.stringify([e.title, e.summary, e.note ?? {}])))
		.map((e) => e.id)
		.sort();

describe('the search index of the project’s data', () => {
	it.each([
		['the acronym INF on the Japanese page', 'INF', 'ja', 'inf-withdrawal-announced'],
		['what Japanese readers type, INF条約', 'INF条約', 'ja', 'us-suspends-inf'],
		['INF in Chinese terms, in Simplified characters', '中程核武条约', 'en', 'russia-suspends-inf'],
		[
			'Simplified 赫尔辛基 on the Traditional Chinese page',
			'赫尔辛基',
			'zh-Hant',
			'helsinki-summit'
		],
		[
			'Simplified 叙利亚 on the Traditional Chinese page',
			'叙利亚',
			'zh-Hant',
			'russia-syria-operation'
		],
		['katakana ヘルシンキ on the English page', 'ヘルシンキ', 'en', 'helsinki-summit'],
		['Traditional 赫爾辛基 on the English page', '赫爾辛基', 'en', 'helsinki-summit'],
		['hiragana for a katakana name', 'へるしんき', 'en', 'helsinki-summit'],
		['full-width ＮＡＴＯ', 'ＮＡＴＯ', 'en', 'nato-suspends-cooperation'],
		['NATO as Chinese readers call it', '北约', 'ja', 'crimea-annexation'],
		['G8 in Japanese', '主要国首脳会議', 'ja', 'russia-excluded-from-g8'],
		['New START by its Chinese name', '新START', 'zh-Hant', 'new-start-signed'],
		['a name in the Chinese of the mainland', '普京', 'zh-Hant', 'helsinki-summit'],
		['Magnitsky in Chinese on the Japanese page', '馬格尼茨基', 'ja', 'magnitsky-act']
	] as const)('finds %s', (_name, query, lang, id) => {
		expect(find(query, lang).found).toContain(id);
	});

	it('finds every event that names the INF Treaty in any language, by any of its names', () => {
		const inf = idsWhere((t) => /INF|中距離核戦力|中程核武/.test(t));
		expect(inf.length).toBeGreaterThanOrEqual(5);
		for (const [query, lang] of [
			['INF', 'ja'],
			['中距離核戦力全廃条約', 'en'],
			['中程核武條約', 'ja']
		] as const) {
			expect(found(query, lang)).toEqual(inf);
		}
	});

	it('does not take a glossary acronym inside a longer word', () => {
		expect(usesTerm('freedom of information', 'inf')).toBe(false);
		expect(usesTerm('the inf treaty', 'inf')).toBe(true);
		expect(usesTerm('中距離核戰力(inf)全廢條約', 'inf')).toBe(true);
		expect(usesTerm('inf條約', 'inf')).toBe(true);
	});

	it('finds 制裁 on the English page in the Japanese and Chinese texts of sanctions', () => {
		const sanctions = find('制裁', 'en');
		expect(sanctions.inPageLanguage).toBe(false);
		expect([...sanctions.found]).toEqual(
			expect.arrayContaining(idsWhere((t) => t.includes('制裁')))
		);
	});

	it('ranks the page’s language first: other languages are searched when it has nothing', () => {
		// “information” in English text holds “inf”; on the Japanese page, INF is the treaty.
		expect(found('inf', 'en')).toContain('us-russia-investment-2017');
		expect(found('inf', 'ja')).not.toContain('us-russia-investment-2017');
		expect(find('ヘルシンキ', 'en').inPageLanguage).toBe(false);
		expect(found('ヘルシンキ', 'en')).toEqual(idsWhere((t) => t.includes('ヘルシンキ')));
	});

	it('offers the languages that match when the page’s own does not', () => {
		expect(otherLanguagesMatching(find('ヘルシンキ', 'en'), 'en')).toEqual(['ja']);
		expect(otherLanguagesMatching(find('赫尔辛基', 'ja'), 'ja')).toEqual(['zh-Hant']);
		expect(otherLanguagesMatching(find('Helsinki', 'en'), 'en')).toEqual([]);
		expect(otherLanguagesMatching(find('zzzz', 'en'), 'en')).toEqual([]);
	});

	it('stays small: under 36 KiB gzipped for the 54 events in three languages', () => {
		const bytes = gzipSync(JSON.stringify(index)).length;
		expect(bytes).toBeLessThan(36 * 1024);
	});
});

describe('the search index of a dataset without a glossary', () => {
	it('is built and searched all the same', () => {
		const other = buildSearchIndex(loadDatasetFile('e2e/fixtures/aurelia-borealia.json'));
		const first = other.entries[0]!;
		const word = first.text.en!.split(/\s+/)[0]!;
		expect(searchIndex(other, word, 'en')!.found).toContain(first.id);
	});
});
