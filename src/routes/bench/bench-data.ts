/**
 * The benchmark's synthetic events, from the page's query (?n=N or ?data=URL), in the shape the
 * real timeline takes.
 */
import { DAY_MS } from '$lib/data/dates';
import { standaloneText } from '$lib/data/identity';
import type { Messages } from '$lib/i18n/catalogue';
import { formatDate } from '$lib/i18n/format';
import type { TimelineItem } from '$lib/timeline/items';
import { domainOf } from '$lib/timeline/view-state';
import type { Span } from '$lib/timeline/view-state';
import { generate, type BenchEvent } from '../../../bench/gen-data.mjs';

/** Far beyond what the benchmark asks for, yet small enough not to hang a tab by a typo. */
export const MAX_EVENTS = 200_000;

export interface BenchTimeline {
	items: TimelineItem[];
	eras: { id: string; start: number; end: number; title: string }[];
	domain: Span;
}

/** Three centuries as eras, so era bands and buttons are drawn as on the real site. */
const ERAS = [
	{ id: 'c19', start: Date.UTC(1800, 0, 1), end: Date.UTC(1900, 0, 1), title: '19th century' },
	{ id: 'c20', start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1), title: '20th century' },
	{ id: 'c21', start: Date.UTC(2000, 0, 1), end: Date.UTC(2021, 0, 1), title: '21st century' }
];

/** The events the query names; throws a message fit to show when it names none or is wrong. */
export async function benchEvents(url: URL, fetch: typeof globalThis.fetch): Promise<BenchEvent[]> {
	const dataUrl = url.searchParams.get('data');
	if (dataUrl) {
		const response = await fetch(dataUrl);
		if (!response.ok) throw new Error(`?data=${dataUrl}: HTTP ${response.status}`);
		return checkEvents(await response.json(), `?data=${dataUrl}`);
	}
	const n = Number(url.searchParams.get('n'));
	if (!Number.isInteger(n) || n < 1 || n > MAX_EVENTS) {
		throw new Error(`Give ?n=N with N from 1 to ${MAX_EVENTS}, or ?data=URL of a JSON event list`);
	}
	return generate(n);
}

/** Checks a fetched list has the generator's shape; names the first bad entry. */
function checkEvents(value: unknown, source: string): BenchEvent[] {
	if (!Array.isArray(value) || value.length === 0) {
		throw new Error(`${source}: expected a non-empty JSON array of events`);
	}
	if (value.length > MAX_EVENTS) {
		throw new Error(`${source}: ${value.length} events; the benchmark takes at most ${MAX_EVENTS}`);
	}
	value.forEach((e: Partial<BenchEvent> | null, i) => {
		const ok =
			typeof e?.id === 'number' &&
			typeof e.date === 'string' &&
			/^\d{4}-\d{2}-\d{2}$/.test(e.date) &&
			typeof e.title === 'string' &&
			(e.category === 'conflict' || e.category === 'cooperation');
		if (!ok) {
			throw new Error(
				`${source}: event [${i}] should be { id: number, date: "YYYY-MM-DD", title, category: "conflict" | "cooperation" }`
			);
		}
		if (Number.isNaN(Date.parse(e.date!))) {
			throw new Error(`${source}: event [${i}] has date "${e.date}", not a real calendar date`);
		}
	});
	// The timeline keys its marks by id.
	const seen = new Map<number, number>();
	value.forEach((e: BenchEvent, i) => {
		const first = seen.get(e.id);
		if (first !== undefined) {
			throw new Error(`${source}: event [${i}] repeats the id ${e.id} of event [${first}]`);
		}
		seen.set(e.id, i);
	});
	return value;
}

/** Synthetic events belong to no dataset: the page's texts name the benchmark instead. */
export const BENCH_TEXT = standaloneText(
	'Timeline benchmark',
	'Synthetic events for measuring the timeline.'
);

/**
 * Each synthetic event as a one-day point with its category as stance and no relations, in date
 * order as the timeline expects, whatever order the list came in.
 */
export function toBenchTimeline(events: readonly BenchEvent[], m: Messages): BenchTimeline {
	const items = events.map((e): TimelineItem => {
		const start = Date.parse(e.date);
		return {
			id: String(e.id),
			start,
			end: start + DAY_MS,
			precision: 'day',
			isSpan: false,
			title: e.title,
			stance: e.category,
			dateLabel: formatDate(start, 'day', m),
			related: []
		};
	});
	items.sort((a, b) => a.start - b.start || Number(a.id) - Number(b.id));
	return { items, eras: ERAS, domain: domainOf(items) };
}
