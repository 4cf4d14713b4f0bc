/**
 * What an event page carries of the other events: enough for its chart and panel to be right
 * without JavaScript, and no more, so a page's size does not grow with the whole dataset.
 */
import type { Precision } from '$lib/data/dates';
import { midpoint } from './items';
import { NO_CLUSTER_SPAN_MS } from './layout';
import { centredSpan, type Span } from './view-state';

/**
 * At most this many events from around the event: in a dense stretch the year around it could
 * hold hundreds, and a page's size must not grow with how dense the data is. The nearest in time
 * are kept; in the real dataset no event has more than about two dozen around it.
 */
export const MAX_AROUND = 48;

export interface NeighbourhoodEntry {
	id: string;
	start: number;
	end: number;
	endDate?: unknown;
	date: { precision: Precision };
	related: readonly { id: string }[];
	answeredBy: readonly string[];
}

/** The year around an event, where it is its own mark: the view an event page opens on. */
export function openingSpan(
	event: Pick<NeighbourhoodEntry, 'start' | 'end' | 'endDate' | 'date'>
): Span {
	const middle = midpoint({
		start: event.start,
		end: event.end,
		precision: event.date.precision,
		isSpan: event.endDate != null
	});
	return centredSpan(middle, NO_CLUSTER_SPAN_MS);
}

/**
 * The event, its previous and next in date order, the events it is linked with either way, and
 * the events overlapping its opening span widened by one span on each side (the relations curve
 * at the span's edges weighs events just beyond them), at most MAX_AROUND of those, the nearest
 * first. In date order; empty for an unknown id.
 */
export function neighbourhood<T extends NeighbourhoodEntry>(events: readonly T[], id: string): T[] {
	const index = events.findIndex((e) => e.id === id);
	if (index < 0) return [];
	const event = events[index]!;
	const span = openingSpan(event);
	const width = span.to - span.from;
	const from = span.from - width;
	const to = span.to + width;
	const linked = new Set([...event.related.map((r) => r.id), ...event.answeredBy]);
	const middle = (span.from + span.to) / 2;
	const distance = (e: T) => Math.abs((e.start + e.end) / 2 - middle);
	const around = new Set(
		events
			.filter((e) => e.start < to && e.end >= from)
			.sort((a, b) => distance(a) - distance(b))
			.slice(0, MAX_AROUND)
	);
	return events.filter((e, i) => Math.abs(i - index) <= 1 || linked.has(e.id) || around.has(e));
}
