import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-placement';

const viewport = { width: 1280, height: 800 };
const tip = { width: 240, height: 60 };

describe('placeTooltip', () => {
	it.each([
		['goes centred below a point with room under it', { x: 600, y: 300 }, 'below', 480, 316],
		['goes above a point near the bottom of the screen', { x: 600, y: 760 }, 'above', 480, 684],
		['moves right to stay whole near the left edge', { x: 20, y: 300 }, 'below', 8, 316],
		['moves left to stay whole near the right edge', { x: 1270, y: 300 }, 'below', 1032, 316]
	] as const)('%s', (_, point, side, left, top) => {
		expect(placeTooltip(point, tip, viewport)).toEqual({ side, left, top });
	});

	it('takes the roomier side when it fits on neither', () => {
		const short = { width: 375, height: 100 };
		const tall = { width: 240, height: 90 };
		expect(placeTooltip({ x: 180, y: 30 }, tall, short).side).toBe('below');
		expect(placeTooltip({ x: 180, y: 70 }, tall, short).side).toBe('above');
	});

	it('keeps the tooltip inside the viewport wherever the point is', () => {
		for (let x = 0; x <= 1280; x += 40) {
			for (let y = 0; y <= 800; y += 40) {
				const { left, top } = placeTooltip({ x, y }, tip, viewport);
				expect(left).toBeGreaterThanOrEqual(0);
				expect(left + tip.width).toBeLessThanOrEqual(viewport.width);
				expect(top).toBeGreaterThanOrEqual(0);
				expect(top + tip.height).toBeLessThanOrEqual(viewport.height);
			}
		}
	});
});
