/** What the timeline needs of an event, independent of where the events come from. */
import type { Precision } from '$lib/data/dates';
import type { RelationKind, Stance } from '$lib/data/vocabulary';

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

/** Responses drawn as arcs: [from the earlier event, to the one answering it]. */
export function responsePairs(items: readonly TimelineItem[]): [string, string][] {
	const ids = new Set(items.map((i) => i.id));
	return items.flatMap((item) =>
		item.related
			.filter((r) => r.kind === 'response-to' && ids.has(r.id))
			.map((r): [string, string] => [r.id, item.id])
	);
}

/** The middle of an item's period: where it weighs in the relations curve. */
export function midpoint(item: Pick<TimelineItem, 'start' | 'end' | 'isSpan'>): number {
	return item.isSpan ? item.start : (item.start + item.end) / 2;
}
