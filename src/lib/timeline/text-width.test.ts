import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText } from './text-width';

const FONT = 12;
const widthOf = (text: string) => estimateTextWidth(text, FONT);

describe('fitText', () => {
	it.each([
		['keeps text that fits', 'Helsinki summit', 200, 'Helsinki summit'],
		[
			'cuts after a whole word, so the visible words begin the title',
			'Bush recognizes Russia as a market economy',
			widthOf('Bush recognizes Russ…'),
			'Bush recognizes…'
		],
		[
			'never cuts inside a word: a long word that does not fit gives nothing',
			'Internationalization',
			widthOf('Internat…') + 0.5,
			''
		],
		[
			'cuts Japanese between words, not inside one',
			'米露首脳会談ヘルシンキ',
			widthOf('米露首脳会…'),
			'米露首脳…'
		],
		[
			'drops the punctuation a cut falls after',
			'ロシア、中距離核戦力全廃条約の義務履行を停止',
			widthOf('ロシア、中距…'),
			'ロシア…'
		],
		[
			'cuts Chinese between words',
			'俄羅斯驅逐60名美國外交官並關閉總領事館',
			widthOf('俄羅斯驅逐60名美…'),
			'俄羅斯驅逐60名…'
		],
		['gives nothing rather than fewer than three characters', 'Helsinki summit', widthOf('He…'), '']
	])('%s', (_, text, maxWidth, expected) => {
		expect(fitText(text, FONT, maxWidth)).toBe(expected);
	});

	it('never returns text wider than the room given', () => {
		const title = 'Russia annexes Crimea after a disputed referendum';
		for (let room = 0; room < widthOf(title); room += 7) {
			expect(widthOf(fitText(title, FONT, room))).toBeLessThanOrEqual(room);
		}
	});
});
