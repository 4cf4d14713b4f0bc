import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '$lib/data/dates';
import { groupByEra } from './group-by-era';

const on = (id: string, era: string, date: string) => ({ id, era, date: parsePartialDate(date)! });

describe('groupByEra', () => {
	it('puts each event under its era, eras and events in date order, empty eras kept', () => {
		const eras = [
			{ id: 'b', start: 20 },
			{ id: 'a', start: 0 },
			{ id: 'c', start: 40 }
		];
		const events = [on('x2', 'a', '2001-05-01'), on('y', 'b', '2010'), on('x1', 'a', '2001-01-10')];
		const groups = groupByEra(eras, events);
		expect(groups.map((g) => [g.era.id, g.events.map((e) => e.id)])).toEqual([
			['a', ['x1', 'x2']],
			['b', ['y']],
			['c', []]
		]);
	});

	it.each([
		[
			'a year-only event after the days of its first half',
			['2014', '2014-03-18'],
			['2014-03-18', '2014']
		],
		[
			'a month-only event after the first days of its month',
			['2019-02', '2019-02-02'],
			['2019-02-02', '2019-02']
		],
		[
			'a year-only event before the days of its second half',
			['2014-09-01', '2014'],
			['2014', '2014-09-01']
		]
	])('lists %s', (_name, dates, expected) => {
		const [group] = groupByEra(
			[{ id: 'a', start: 0 }],
			dates.map((d) => on(d, 'a', d))
		);
		expect(group!.events.map((e) => e.id)).toEqual(expected);
	});
});
