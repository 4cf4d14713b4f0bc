/** What the timeline needs of an event, independent of where the events come from. */
import type { Precision } from '$lib/data/dates';
import type { RelationKind, Stance } from '$lib/data/vocabulary';
import { eventPlacement, MAX_PLACEMENT_LEAD_MS } from '$lib/data/placement';
import { bisector } from 'd3-array';
import type { EventIndexEntry } from '$lib/data/localize';
import type { Span } from './view-state';

export interface TimelineItem {
	id: string;
	start: number;
	end: number;
	precision: Precision;
	isSpan: boolean;
	title: string;
	stance: Stance;
	/** The date as the reader sees it, e.g. "July 16, 2018". */
	dateLabel: string;
	related: readonly { id: string; kind: RelationKind }[];
	/** Background the article mentions (an inauguration, a recession): not weighed in the relations curve. */
	context?: boolean;
}

/** An event of the page's index as the timeline draws it. */
export function itemOf(e: EventIndexEntry): TimelineItem {
	return {
		id: e.id,
		start: e.start,
		end: e.end,
		precision: e.date.precision,
		isSpan: !!e.endDate,
		title: e.title,
		stance: e.stance,
		dateLabel: e.when,
		related: e.related,
		context: e.context
	};
}

/** Responses drawn as arcs: [from the earlier event, to the one answering it]. */
export function responsePairs(items: readonly TimelineItem[]): [string, string][] {
	const ids = new Set(items.map((i) => i.id));
	return items.flatMap((item) =>
		item.related
			.filter((r) => r.kind === 'response-to' && ids.has(r.id))
			.map((r): [string, string] => [r.id, item.id])
	);
}

/**
 * Where an item is placed (placement.ts): where its mark is drawn, where the view centres on it
 * and where it weighs in the relations curve.
 */
export function midpoint(
	item: Pick<TimelineItem, 'start' | 'end' | 'precision' | 'isSpan'>
): number {
	return eventPlacement(item);
}

const firstStartingAt = bisector((item: { start: number }) => item.start).right;

/**
 * How many events overlap a span. Events are in placement order, which is start order give or
 * take the placement lead, so a binary search over starts finds them without reading them all.
 */
export function countInSpan(items: readonly { start: number; end: number }[], span: Span): number {
	const longest = items.reduce((most, i) => Math.max(most, i.end - i.start), 0);
	const from = firstStartingAt(items, span.from - longest - MAX_PLACEMENT_LEAD_MS);
	const to = firstStartingAt(items, span.to + MAX_PLACEMENT_LEAD_MS, from);
	let count = 0;
	for (let i = from; i < to; i++) {
		if (items[i]!.start < span.to && items[i]!.end >= span.from) count++;
	}
	return count;
}
