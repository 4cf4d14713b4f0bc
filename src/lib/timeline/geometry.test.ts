import { describe, expect, it } from 'vitest';
import {
	arcPath,
	chartHeight,
	HIT_HEIGHT,
	HIT_WIDTH,
	hitReaches,
	LANE_BUDGET,
	LANE_HEIGHT,
	LANES_TOP,
	laneY
} from './geometry';

describe('lane geometry', () => {
	it.each([
		[0, LANES_TOP + LANE_HEIGHT / 2],
		[1, LANES_TOP + LANE_HEIGHT * 1.5],
		[4, LANES_TOP + LANE_HEIGHT * 4.5]
	])('lane %i is centred %f px from the top', (lane, y) => {
		expect(laneY(lane)).toBe(y);
	});

	it('the chart is as tall as the lane budget when fewer lanes are used', () => {
		expect(chartHeight(0)).toBe(chartHeight(LANE_BUDGET));
		expect(chartHeight(2)).toBe(chartHeight(LANE_BUDGET));
	});

	it('each lane past the budget adds one lane height', () => {
		expect(chartHeight(LANE_BUDGET + 3) - chartHeight(LANE_BUDGET)).toBe(3 * LANE_HEIGHT);
	});
});

describe('arcPath', () => {
	const control = (d: string) =>
		d
			.match(/Q([\d.-]+),([\d.-]+)/)!
			.slice(1)
			.map(Number);

	it('runs from just above one mark to just above the other', () => {
		const d = arcPath({ x: 10, lane: 0 }, { x: 110, lane: 2 });
		expect(d.startsWith(`M10,${laneY(0) - 8} `)).toBe(true);
		expect(d.endsWith(` 110,${laneY(2) - 8}`)).toBe(true);
	});

	it('rises higher the farther apart its ends are', () => {
		const near = control(arcPath({ x: 0, lane: 3 }, { x: 20, lane: 3 }))[1]!;
		const far = control(arcPath({ x: 0, lane: 3 }, { x: 100, lane: 3 }))[1]!;
		expect(far).toBeLessThan(near);
	});

	it('never rises into the era labels above the lanes', () => {
		const [cx, cy] = control(arcPath({ x: 0, lane: 0 }, { x: 900, lane: 0 }));
		expect(cx).toBe(450);
		expect(cy).toBe(LANES_TOP - 24);
	});
});

describe('mark targets', () => {
	const tall = { up: HIT_HEIGHT / 2, down: HIT_HEIGHT / 2 };
	it.each([
		{ case: 'a mark alone is a fingertip tall', marks: [{ x: 100, lane: 0 }], reach: [tall] },
		{
			case: 'marks in neighbouring lanes far apart keep their full height',
			marks: [
				{ x: 100, lane: 0 },
				{ x: 100 + HIT_WIDTH, lane: 1 }
			],
			reach: [tall, tall]
		},
		{
			case: 'marks stacked one above the other meet at the lanes’ edge',
			marks: [
				{ x: 100, lane: 0 },
				{ x: 110, lane: 1 },
				{ x: 95, lane: 2 }
			],
			reach: [
				{ up: HIT_HEIGHT / 2, down: LANE_HEIGHT / 2 },
				{ up: LANE_HEIGHT / 2, down: LANE_HEIGHT / 2 },
				{ up: LANE_HEIGHT / 2, down: HIT_HEIGHT / 2 }
			]
		},
		{
			case: 'a mark two lanes away does not shorten a target',
			marks: [
				{ x: 100, lane: 0 },
				{ x: 100, lane: 2 }
			],
			reach: [tall, tall]
		}
	])('$case', ({ marks, reach }) => {
		expect(hitReaches(marks)).toEqual(reach);
	});

	it('targets are never under 24 px tall, nor over 44', () => {
		const marks = Array.from({ length: 60 }, (_, i) => ({ x: (i * 37) % 200, lane: i % 5 }));
		for (const { up, down } of hitReaches(marks)) {
			expect(up + down).toBeGreaterThanOrEqual(24);
			expect(up + down).toBeLessThanOrEqual(44);
		}
	});
});
