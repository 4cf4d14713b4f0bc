import { describe, expect, it } from 'vitest';
import { loadInterface } from '$lib/i18n/catalogue';
import { parsePartialDate } from './dates';
import { loadDataset } from './load.server';
import { localizeEvents } from './localize';
import { byPlacement, eventPlacement, MAX_PLACEMENT_LEAD_MS, placementTime } from './placement';

const placed = (text: string) => new Date(placementTime(parsePartialDate(text)!)).toISOString();

describe('placementTime', () => {
	it.each([
		['1991', '1991-07-02T12:00:00.000Z'],
		['2016', '2016-07-02T00:00:00.000Z'],
		['2014-03', '2014-03-16T12:00:00.000Z'],
		['2018-02', '2018-02-15T00:00:00.000Z'],
		['2016-02', '2016-02-15T12:00:00.000Z'],
		['2018-07-16', '2018-07-16T12:00:00.000Z'],
		['1803-10-28', '1803-10-28T12:00:00.000Z']
	])('places %s at the middle of its period, %s', (text, instant) => {
		expect(placed(text)).toBe(instant);
	});

	it.each(['1991', '2016', '2014-03', '2016-02', '2018-07-16'])(
		'places %s no further from its start than the lead a sorted search allows',
		(text) => {
			const date = parsePartialDate(text)!;
			expect(placementTime(date) - date.start).toBeLessThanOrEqual(MAX_PLACEMENT_LEAD_MS);
		}
	);
});

describe('eventPlacement', () => {
	const placedEvent = (date: string, endDate?: string) => {
		const d = parsePartialDate(date)!;
		const end = endDate ? parsePartialDate(endDate)!.end : d.end;
		const time = eventPlacement({ ...d, end, isSpan: !!endDate });
		return new Date(time).toISOString();
	};
	it.each([
		['2014', undefined, '2014-07-02T12:00:00.000Z'],
		['2015', '2016', '2015-07-02T12:00:00.000Z'],
		['2015-09', '2015-11', '2015-09-16T00:00:00.000Z'],
		['2016-01', '2016-07', '2016-01-16T12:00:00.000Z'],
		['2018-07-16', '2018-07-20', '2018-07-16T12:00:00.000Z']
	])('places %s (to %s) where its first date is placed, %s', (date, endDate, instant) => {
		expect(placedEvent(date, endDate)).toBe(instant);
		expect(placedEvent(date, endDate)).toBe(placed(date));
	});
});

describe('byPlacement', () => {
	const event = (date: string, endDate?: string) => {
		const d = parsePartialDate(date)!;
		return {
			id: date + (endDate ?? ''),
			date: d,
			end: endDate ? parsePartialDate(endDate)!.end : d.end
		};
	};

	it.each([
		[
			'a year-only event after a day in its first half',
			['2014', '2014-03-18'],
			['2014-03-18', '2014']
		],
		[
			'a year-only event before a day in its second half',
			['2014-08-01', '2014'],
			['2014', '2014-08-01']
		],
		[
			'a month-only event after the first days of that month',
			['2019-02', '2019-02-01'],
			['2019-02-01', '2019-02']
		],
		[
			'a month-only event before the last days of that month',
			['2018-03-26', '2018-03'],
			['2018-03', '2018-03-26']
		],
		['a day before the next day', ['2012-12-28', '2012-12-14'], ['2012-12-14', '2012-12-28']]
	])('orders %s', (_name, input, expected) => {
		expect(
			input
				.map((d) => event(d))
				.sort(byPlacement)
				.map((e) => e.id)
		).toEqual(expected);
	});

	it('puts the shorter of two events placed alike first', () => {
		const sorted = [event('2015', '2016'), event('2015')].sort(byPlacement);
		expect(sorted.map((e) => e.id)).toEqual(['2015', '20152016']);
	});
});

describe('the project’s events in date order', () => {
	it('never list a response or a follow-up before the event it answers', async () => {
		const events = localizeEvents(loadDataset(), 'en', await loadInterface('en'));
		const position = new Map(events.map((e, i) => [e.id, i]));
		const early = events.flatMap((e) =>
			e.related
				.filter((r) => r.kind !== 'see-also' && position.get(r.id)! > position.get(e.id)!)
				.map(
					(r) =>
						`${e.id} comes before ${r.id}, which it ${r.kind === 'follows' ? 'follows' : 'answers'}`
				)
		);
		expect(early).toEqual([]);
	});

	it('list the four year-only 2014 responses after the annexation of Crimea', async () => {
		const events = localizeEvents(loadDataset(), 'en', await loadInterface('en'));
		const ids = events.map((e) => e.id);
		for (const id of [
			'bilateral-commission-suspended',
			'russia-excluded-from-g8',
			'pace-voting-rights-suspended',
			'nato-suspends-cooperation'
		]) {
			expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf('crimea-annexation'));
		}
	});

	it.each([
		['us-engagement-strategy-after-soviet-collapse', 'post-soviet-partnership'],
		['october-revolution-interrupts-relations', 'revolution-and-non-recognition'],
		['crimea-annexation', 'crimea-and-sanctions'],
		['trump-inauguration', 'strategic-competition']
	])('put %s in the era %s', async (id, era) => {
		const events = localizeEvents(loadDataset(), 'en', await loadInterface('en'));
		expect(events.find((e) => e.id === id)?.era).toBe(era);
	});
});
