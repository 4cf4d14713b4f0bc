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
			'cuts a single long word where it must',
			'Internationalization',
			widthOf('Internat…') + 0.5,
			'Internat…'
		],
		['cuts CJK text by character', '米露首脳会談ヘルシンキ', widthOf('米露首脳…'), '米露首脳…'],
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
