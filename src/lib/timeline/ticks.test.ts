import { describe, expect, it } from 'vitest';
import { chooseTicks } from './ticks';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('chooseTicks', () => {
	it.each([
		['two centuries', '1800-01-01', '2020-01-01', 'year', ['1800-01-01', '1820-01-01']],
		['a decade', '2009-01-01', '2019-01-01', 'year', ['2009-01-01', '2010-01-01']],
		['a year', '2018-01-01', '2019-01-01', 'month', ['2018-01-01', '2018-02-01']],
		['a month', '2018-03-01', '2018-04-01', 'day', ['2018-03-01', '2018-03-08']],
		['two weeks', '2018-03-20', '2018-04-03', 'day', ['2018-03-21', '2018-03-23']]
	])('%s across 1000 px uses %s ticks', (_name, from, to, unit, firstTwo) => {
		const ticks = chooseTicks({ from: Date.parse(from), to: Date.parse(to) }, 1000);
		expect(ticks[0]!.unit).toBe(unit);
		expect(ticks.slice(0, 2).map((t) => iso(t.time))).toEqual(firstTwo);
		expect(ticks[0]!.major).toBe(true);
	});

	it('keeps labels at least the minimum spacing apart', () => {
		const span = { from: Date.parse('1800-01-01'), to: Date.parse('2020-01-01') };
		const ticks = chooseTicks(span, 375);
		const px = (t: number) => ((t - span.from) / (span.to - span.from)) * 375;
		for (let i = 1; i < ticks.length; i++) {
			expect(px(ticks[i]!.time) - px(ticks[i - 1]!.time)).toBeGreaterThanOrEqual(60);
		}
	});

	it('marks January as major among month ticks, to carry the year', () => {
		const ticks = chooseTicks(
			{ from: Date.parse('2017-10-01'), to: Date.parse('2018-06-01') },
			1000
		);
		const jan = ticks.find((t) => iso(t.time) === '2018-01-01');
		expect(jan?.major).toBe(true);
		expect(ticks.find((t) => iso(t.time) === '2018-02-01')?.major).toBe(false);
	});
});
