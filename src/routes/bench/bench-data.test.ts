import { describe, expect, it } from 'vitest';
import { loadInterface, type Messages } from '$lib/i18n/catalogue';
import { generate } from '../../../bench/gen-data.mjs';
import { BENCH_TEXT, benchEvents, MAX_EVENTS, toBenchTimeline } from './bench-data';

/** The benchmark page's texts, as it loads them. */
const en: Messages = { ...(await loadInterface('en')), ...BENCH_TEXT };

/** A fetch that answers every request with the given JSON. */
const serving = (body: unknown) => (async () => Response.json(body)) as typeof fetch;
const page = (query: string) => new URL(`https://example.org/bench/${query}`);

describe('the benchmark data', () => {
	it('builds the timeline for the stated maximum number of events', async () => {
		const events = await benchEvents(page(`?n=${MAX_EVENTS}`), fetch);
		const { items, domain } = toBenchTimeline(events, en);
		expect(items).toHaveLength(MAX_EVENTS);
		expect(domain.from).toBeLessThan(Date.UTC(1800, 0, 2));
		expect(domain.to).toBeGreaterThan(Date.UTC(2020, 11, 31));
		// 200,000 events take a few seconds on a busy 2-core machine.
	}, 30_000);

	it('refuses more than the stated maximum, saying what it takes', async () => {
		await expect(benchEvents(page(`?n=${MAX_EVENTS + 1}`), fetch)).rejects.toThrow(
			`Give ?n=N with N from 1 to ${MAX_EVENTS}`
		);
	});

	it('puts unsorted ?data= events in date order, keeping every one', async () => {
		const sorted = generate(500);
		const shuffled = [...sorted].reverse();
		const events = await benchEvents(page('?data=/events.json'), serving(shuffled));
		const { items, domain } = toBenchTimeline(events, en);
		expect(items.map((i) => i.id)).toEqual(toBenchTimeline(sorted, en).items.map((i) => i.id));
		expect(items).toHaveLength(500);
		expect(domain).toEqual(toBenchTimeline(sorted, en).domain);
	});

	it.each([
		[
			'repeated ids',
			[
				{ id: 1, date: '2001-01-01', title: 'a', category: 'conflict' },
				{ id: 1, date: '2002-01-01', title: 'b', category: 'cooperation' }
			],
			'event [1] repeats the id 1 of event [0]'
		],
		[
			'an impossible date',
			[{ id: 1, date: '2001-13-45', title: 'a', category: 'conflict' }],
			'event [0] has date "2001-13-45", not a real calendar date'
		],
		[
			'more events than the maximum',
			Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({ id: i })),
			`${MAX_EVENTS + 1} events; the benchmark takes at most ${MAX_EVENTS}`
		]
	])('refuses ?data= with %s', async (_name, body, message) => {
		await expect(benchEvents(page('?data=/x.json'), serving(body))).rejects.toThrow(message);
	});
});
