import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lanesNeeded } from './lanes';

describe('lanesNeeded', () => {
	it('counts the lanes a stack needs, stopping at the cap', () => {
		const stack = Array.from({ length: 50 }, (_, i) => ({ start: i, end: i + 100 }));
		expect(lanesNeeded(stack, 0)).toBe(50);
		expect(lanesNeeded(stack, 0, 6)).toBe(6);
		expect(
			lanesNeeded(
				[
					{ start: 0, end: 1 },
					{ start: 5, end: 6 }
				],
				0,
				6
			)
		).toBe(1);
	});

	it('needs as many lanes as intervals overlap at the most crowded moment', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 80 })), {
					maxLength: 60
				}),
				(pairs) => {
					const gap = 2;
					const intervals = pairs
						.map(([start, length]) => ({ start, end: start + length }))
						.sort((a, b) => a.start - b.start);
					// Each interval, with the gap after it, is busy from its start to end + gap.
					const crowd = Math.max(
						0,
						...intervals.map(
							(a) => intervals.filter((b) => b.start <= a.start && a.start < b.end + gap).length
						)
					);
					expect(lanesNeeded(intervals, gap)).toBe(crowd);
				}
			)
		);
	});
});
