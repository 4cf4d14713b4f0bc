/** Events grouped under their eras, both in date order: the list view's structure. */
import { placementTime } from '$lib/data/placement';

export interface EraLike {
	id: string;
	start: number;
}
export interface EventLike {
	era: string;
	/** The event's date as a period, UTC ms; it is ordered by that period's middle. */
	date: { start: number; end: number };
}

export function groupByEra<A extends EraLike, E extends EventLike>(
	eras: readonly A[],
	events: readonly E[]
): { era: A; events: E[] }[] {
	return [...eras]
		.sort((a, b) => a.start - b.start)
		.map((era) => ({
			era,
			events: events
				.filter((e) => e.era === era.id)
				.sort((a, b) => placementTime(a.date) - placementTime(b.date))
		}));
}
