import { describe, expect, it } from 'vitest';
import { yearRanges } from './year-ranges';

describe('yearRanges', () => {
	it.each([
		{
			title: 'U.S.–Russia Relations, 1803–2019',
			runs: [
				{ text: 'U.S.–Russia Relations, ', range: false },
				{ text: '1803–2019', range: true }
			]
		},
		{
			title: '米露関係 1803–2019',
			runs: [
				{ text: '米露関係 ', range: false },
				{ text: '1803–2019', range: true }
			]
		},
		{ title: 'Aurelia and Borealia', runs: [{ text: 'Aurelia and Borealia', range: false }] },
		{
			title: '1991-2019: a chronicle',
			runs: [
				{ text: '1991-2019', range: true },
				{ text: ': a chronicle', range: false }
			]
		}
	])('marks the years of "$title" to keep together', ({ title, runs }) => {
		expect(yearRanges(title)).toEqual(runs);
	});
});
