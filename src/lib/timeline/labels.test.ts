import { describe, expect, it } from 'vitest';
import { labelSide, labelText } from './labels';
import { estimateTextWidth } from './text-width';

const FONT = 12;
const TITLE = 'Trump and Putin hold their first formal summit in Helsinki';
const FULL = estimateTextWidth(TITLE, FONT);

describe('labelSide', () => {
	it.each([
		['right where the whole label fits', 100, 1000, 'right'],
		['right where twelve ems are left, though the label is cut', 700, 1000, 'right'],
		['left near the right edge', 900, 1000, 'left'],
		['right on a narrow chart where the left has less room', 100, 351, 'right'],
		['left on a narrow chart near its right edge', 300, 351, 'left']
	] as const)('%s', (_, x, width, side) => {
		expect(labelSide({ x, a: x - 12, b: x + 12 }, FULL, width, FONT)).toBe(side);
	});
});

describe('labelText', () => {
	it.each([
		['the whole title where it fits', FULL + 1, false, TITLE],
		[
			'a start cut after a word, on two lines, where one would show less',
			140,
			false,
			'Trump and Putin hold their first formal…'
		],
		['nothing where only a stub would fit', 50, false, ''],
		['the whole title, broken over lines, for the open event', 150, true, TITLE]
	] as const)('%s', (_, room, selected, expected) => {
		expect(labelText(TITLE, room, FONT, selected, room).label).toBe(expected);
	});

	it('keeps the space between lines, so the lines read together are the title', () => {
		const { lines } = labelText(TITLE, 200, FONT, true, 200);
		expect(lines!.length).toBeGreaterThan(1);
		expect(lines!.join('')).toBe(TITLE);
		expect(lines![0]!.endsWith(' ')).toBe(true);
	});
});
