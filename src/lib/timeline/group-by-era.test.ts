import { describe, expect, it } from 'vitest';
import { groupByEra } from './group-by-era';

describe('groupByEra', () => {
	it('puts each event under its era, eras and events in date order, empty eras kept', () => {
		const eras = [
			{ id: 'b', start: 20 },
			{ id: 'a', start: 0 },
			{ id: 'c', start: 40 }
		];
		const events = [
			{ id: 'x2', era: 'a', start: 5 },
			{ id: 'y', era: 'b', start: 25 },
			{ id: 'x1', era: 'a', start: 1 }
		];
		const groups = groupByEra(eras, events);
		expect(groups.map((g) => [g.era.id, g.events.map((e) => e.id)])).toEqual([
			['a', ['x1', 'x2']],
			['b', ['y']],
			['c', []]
		]);
	});
});
