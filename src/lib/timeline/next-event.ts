/**
 * One meaning of "next event", for the timeline's arrow keys and the panel's Previous/Next
 * links: the neighbour in date order among the events the filters show. An open event the
 * filters hide steps through all events instead, so the reader is never stuck on it.
 */
export function neighbourOf<T extends { id: string }>(
	shown: readonly T[],
	all: readonly T[],
	id: string,
	direction: -1 | 1
): T | undefined {
	const list = shown.some((e) => e.id === id) ? shown : all;
	const index = list.findIndex((e) => e.id === id);
	return index < 0 ? undefined : list[index + direction];
}
