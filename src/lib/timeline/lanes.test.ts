import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes, lanesNeeded } from './lanes';

describe('assignLanes', () => {
	it.each([
		[
			'disjoint intervals share lane 0',
			[
				[0, 10],
				[20, 30]
			],
			[0, 0]
		],
		[
			'an overlap goes to the next lane',
			[
				[0, 10],
				[5, 15]
			],
			[0, 1]
		],
		[
			'a freed lane is reused',
			[
				[0, 10],
				[5, 15],
				[16, 20]
			],
			[0, 1, 0]
		],
		[
			'touching within the gap still collides',
			[
				[0, 10],
				[12, 20]
			],
			[0, 1]
		]
	])('%s', (_name, intervals, lanes) => {
		const input = intervals.map(([start, end]) => ({ start: start!, end: end! }));
		expect(assignLanes(input, 4)).toEqual(lanes);
	});

	it('never puts two overlapping intervals in the same lane', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 80 })), {
					maxLength: 60
				}),
				(pairs) => {
					const intervals = pairs
						.map(([start, length]) => ({ start, end: start + length }))
						.sort((a, b) => a.start - b.start);
					const lanes = assignLanes(intervals, 2);
					for (let i = 0; i < intervals.length; i++) {
						for (let j = i + 1; j < intervals.length; j++) {
							if (lanes[i] !== lanes[j]) continue;
							const [a, b] = [intervals[i]!, intervals[j]!];
							expect(b.start >= a.end + 2 || a.start >= b.end + 2).toBe(true);
						}
					}
				}
			)
		);
	});
});

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
});
