import { describe, expect, it } from 'vitest';
import { currentEra } from './current-era';

const year = (y: number) => Date.UTC(y, 0, 1);
const eras = [
	{ id: 'cold-war', start: year(1947), end: year(1991) },
	{ id: 'nineties', start: year(1991), end: year(2000) },
	{ id: 'putin', start: year(2000), end: year(2020) }
];
const view = (from: number, to: number) => ({ from: year(from), to: year(to) });

describe('currentEra', () => {
	it.each([
		['exactly an era', view(1991, 2000), 'nineties'],
		['a year inside an era', view(2005, 2006), 'putin'],
		['mostly one era, a little of the next', view(1995, 2001), 'nineties'],
		['an era with some air either side', view(1990, 2001), 'nineties'],
		['far wider than any one era', view(1947, 2020), undefined],
		['split evenly across no era with half of it', view(1800, 1948), undefined],
		['before every era', view(1900, 1910), undefined]
	])('%s → %s', (_name, span, id) => {
		expect(currentEra(eras, span)).toBe(id);
	});

	it('names no era when there are none', () => {
		expect(currentEra([], view(2000, 2001))).toBeUndefined();
	});
});
