import { describe, expect, it } from 'vitest';
import { chineseFold, variantTable } from './chinese-variants.server';
import { foldText, queryTerms, tableFold } from './fold';

describe('foldText', () => {
	it.each([
		['full-width Latin as ASCII, lower case', 'ＮＡＴＯ', 'nato'],
		['Latin accents dropped', 'Genève', 'geneve'],
		['katakana as hiragana', 'ヘルシンキ', 'へるしんき'],
		['half-width katakana as hiragana', 'ﾍﾙｼﾝｷ', 'へるしんき'],
		['the dakuten of kana kept', 'ボストーク', 'ぼすとーく'],
		['full-width digits and brackets', '（Ｇ８）', '(g8)']
	])('%s', (_name, text, folded) => {
		expect(foldText(text)).toBe(folded);
	});

	it('splits queries on ASCII and ideographic spaces', () => {
		expect(queryTerms('  Putin　Trump ')).toEqual(['putin', 'trump']);
	});
});

describe('Chinese characters in one form', () => {
	it.each([
		['Simplified and Traditional', '叙利亚', '敘利亞'],
		['Simplified and Traditional', '赫尔辛基', '赫爾辛基'],
		['Japanese kanji and Traditional', '中距離核戦力全廃条約', '中距離核戰力全廢條約'],
		['Simplified, Japanese and Traditional alike', '战 戦 戰', '戰 戰 戰'],
		['characters that are already one form', '普丁', '普丁']
	])('%s: %s → %s', (_name, text, folded) => {
		expect(foldText(text, chineseFold)).toBe(folded);
	});

	it('a table made from the texts folds a query the same way as the full conversion', () => {
		const texts = ['敘利亞內戰', '赫爾辛基峰會', '中距離核戦力全廃条約'].map((t) =>
			foldText(t, chineseFold)
		);
		const fold = tableFold(variantTable(texts));
		for (const query of ['叙利亚内战', '赫尔辛基峰会', '中距离核战力全废条约', '敘利亞', '条約']) {
			expect(foldText(query, fold)).toBe(foldText(query, chineseFold));
		}
	});

	it('the table holds only characters that differ from their folded form', () => {
		const table = variantTable(['敘利亞']);
		expect(table).toEqual({ 亚: '亞', 亜: '亞', 叙: '敘' });
	});
});
