import { describe, expect, it } from 'vitest';
import { curveInputs, relationsCurve, type CurveInput } from './relations-curve';

const YEAR = 365 * 86_400_000;
const at = (year: number, stance: CurveInput['stance']): CurveInput => ({
	time: (year - 1970) * YEAR,
	stance
});
const options = {
	from: (2000 - 1970) * YEAR,
	to: (2020 - 1970) * YEAR,
	samples: 21,
	bandwidth: YEAR
};
const valueAt = (points: ReturnType<typeof relationsCurve>, year: number) =>
	points.find((p) => Math.abs(p.time - (year - 1970) * YEAR) < YEAR / 2)!.value;

describe('relationsCurve', () => {
	it('is warm over a run of cooperation and cold over a run of conflict', () => {
		const events = [
			...[2009, 2010, 2010, 2011, 2012].map((y) => at(y, 'cooperation')),
			...[2014, 2015, 2016, 2017, 2018].map((y) => at(y, 'conflict'))
		];
		const points = relationsCurve(events, options);
		expect(valueAt(points, 2010)).toBeGreaterThan(0.5);
		expect(valueAt(points, 2016)).toBeLessThan(-0.5);
	});

	it('is zero where there are no events and stays within −1…1', () => {
		const points = relationsCurve([at(2018, 'conflict')], options);
		expect(valueAt(points, 2002)).toBeCloseTo(0, 5);
		for (const p of points) expect(Math.abs(p.value)).toBeLessThanOrEqual(1);
	});

	it('shrinks a lone event toward zero, less so a crowd', () => {
		const lone = valueAt(relationsCurve([at(2010, 'cooperation')], options), 2010);
		const crowd = valueAt(
			relationsCurve(
				[2010, 2010, 2010, 2010].map((y) => at(y, 'cooperation')),
				options
			),
			2010
		);
		expect(lone).toBeGreaterThan(0);
		expect(crowd).toBeGreaterThan(lone);
	});

	it('balances mixed and opposing stances to zero', () => {
		const points = relationsCurve(
			[at(2010, 'cooperation'), at(2010, 'conflict'), at(2010, 'mixed')],
			options
		);
		expect(valueAt(points, 2010)).toBeCloseTo(0, 5);
	});
});

describe('curveInputs', () => {
	const item = (year: number, stance: CurveInput['stance'], context = false) => ({
		start: (year - 1970) * YEAR,
		end: (year - 1969) * YEAR,
		precision: 'year' as const,
		isSpan: false,
		stance,
		context
	});

	it('leaves background events out of the curve, whatever their stance', () => {
		const items = [
			item(2015, 'cooperation'),
			item(2015, 'conflict', true),
			item(2015, 'mixed', true)
		];
		expect(curveInputs(items)).toEqual([{ time: (2015.5 - 1970) * YEAR, stance: 'cooperation' }]);
		expect(valueAt(relationsCurve(curveInputs(items), options), 2015)).toBeGreaterThan(0);
	});

	it('weighs each other event at its middle, in time order', () => {
		const inputs = curveInputs([item(2012, 'conflict'), item(2010, 'cooperation')]);
		expect(inputs.map((i) => i.time)).toEqual([(2010.5 - 1970) * YEAR, (2012.5 - 1970) * YEAR]);
	});
});
