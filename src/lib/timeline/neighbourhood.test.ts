import { describe, expect, it } from 'vitest';
import { MAX_AROUND, neighbourhood, openingSpan } from './neighbourhood';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const event = (
	id: string,
	date: string,
	links: { related?: string[]; answeredBy?: string[] } = {}
) => ({
	id,
	start: at(date),
	end: at(date) + DAY,
	date: { precision: 'day' as const },
	related: (links.related ?? []).map((r) => ({ id: r })),
	answeredBy: links.answeredBy ?? []
});

// In date order, as the index is.
const EVENTS = [
	event('recognition', '1803-10-28'),
	event('alaska', '1867-03-30'),
	event('summit-a', '2014-01-10', { answeredBy: ['sanctions'] }),
	event('talks', '2014-04-01'),
	event('sanctions', '2014-06-15', { related: ['summit-a'] }),
	event('pact', '2015-09-01'),
	event('treaty', '2016-11-20'),
	event('exit', '2019-02-01', { related: ['alaska'] })
];
const ids = (id: string) => neighbourhood(EVENTS, id).map((e) => e.id);

describe('neighbourhood', () => {
	it.each([
		[
			'events within a year either side of the opening year',
			'talks',
			['summit-a', 'talks', 'sanctions', 'pact']
		],
		['an event linked from far away comes along', 'exit', ['alaska', 'treaty', 'exit']],
		[
			'an early event carries its next and no distant one',
			'recognition',
			['recognition', 'alaska']
		],
		['an unknown id carries nothing', 'nowhere', []]
	] as const)('%s', (_name, id, expected) => {
		expect(ids(id)).toEqual(expected);
	});

	it('opens on the year around the event', () => {
		const span = openingSpan(EVENTS[3]!);
		expect(span.to - span.from).toBe(366 * DAY);
		expect((span.from + span.to) / 2).toBe(EVENTS[3]!.start + DAY / 2);
	});

	it('keeps the events nearest in time when the year around is crowded', () => {
		const crowded = Array.from({ length: 200 }, (_, i) =>
			event(`day-${i}`, new Date(Date.UTC(2014, 0, 1) + i * DAY).toISOString().slice(0, 10))
		);
		const kept = neighbourhood(crowded, 'day-100').map((e) => e.id);
		expect(kept).toHaveLength(MAX_AROUND);
		expect(kept).toContain('day-100');
		expect(kept).toContain('day-120');
		expect(kept).not.toContain('day-0');
		expect(kept).not.toContain('day-199');
	});
});
