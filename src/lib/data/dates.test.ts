import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './dates';

describe('parsePartialDate', () => {
	it.each([
		['1809', 'year', '1809-01-01', '1810-01-01'],
		['2014-03', 'month', '2014-03-01', '2014-04-01'],
		['2018-07-16', 'day', '2018-07-16', '2018-07-17'],
		['2016-02-29', 'day', '2016-02-29', '2016-03-01']
	])('reads %s as a %s from %s up to %s', (text, precision, start, end) => {
		const date = parsePartialDate(text);
		expect(date?.precision).toBe(precision);
		expect(new Date(date!.start).toISOString().slice(0, 10)).toBe(start);
		expect(new Date(date!.end).toISOString().slice(0, 10)).toBe(end);
	});

	it.each(['2019-02-30', '2019-13-01', '2019-00', '2018-7-16', '18', '', '2018-07-16T00:00'])(
		'rejects %j',
		(text) => {
			expect(parsePartialDate(text)).toBeNull();
		}
	);
});
