import { describe, expect, it } from 'vitest';
import { breakLines, estimateTextWidth, fitText } from './text-width';

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

describe('breakLines', () => {
	it('fits every line in the room given, with the space it keeps at its end', () => {
		const title = 'A fairly long event title number 0';
		// Room for "A fairly long" but not for the space after it: the line breaks a word earlier.
		const room = widthOf('A fairly long') + 1;
		const lines = breakLines(title, FONT, room, 2);
		expect(lines[0]).toBe('A fairly ');
		for (let w = widthOf('A fairly '); w < widthOf(title); w += 3) {
			for (const line of breakLines(title, FONT, w, 2)) {
				expect(widthOf(line)).toBeLessThanOrEqual(w);
			}
		}
	});

	it('keeps the text whole across its lines, spaces included', () => {
		const title = 'Russia annexes Crimea after a disputed referendum';
		expect(breakLines(title, FONT, widthOf('Russia annexes Crimea after '), 3).join('')).toBe(
			title
		);
	});
});
