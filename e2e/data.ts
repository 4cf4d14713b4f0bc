/** The dataset as tests see it: read straight from the file the site is built from. */
import { readFileSync } from 'node:fs';
import { parsePartialDate } from '../src/lib/data/dates';
import { byPlacement } from '../src/lib/data/placement';
import type { Dataset } from '../src/lib/data/schema';

export const dataset: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));

export const eventById = (id: string) => {
	const event = dataset.events.find((e) => e.id === id);
	if (!event) throw new Error(`no event ${id}`);
	return event;
};

/** The events in the site's one date order (src/lib/data/placement.ts), not the file's. */
export const eventsInDateOrder = dataset.events
	.map((event) => {
		const date = parsePartialDate(event.date)!;
		const end = event.endDate ? parsePartialDate(event.endDate)!.end : date.end;
		return { event, date, end };
	})
	.sort(byPlacement)
	.map(({ event }) => event);

/** The event after (+1) or before (−1) another in date order, among those a test keeps. */
export function neighbourInDateOrder(
	id: string,
	direction: -1 | 1,
	keep: (event: (typeof dataset.events)[number]) => boolean = () => true
) {
	const list = eventsInDateOrder.filter(keep);
	return list[list.findIndex((e) => e.id === id) + direction]!;
}
