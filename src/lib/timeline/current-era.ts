/** Which era the view is in, for the era row's pressed button. */
import type { Span } from './view-state';

export interface EraSpan {
	id: string;
	start: number;
	end: number;
}

/**
 * The era the view is in: the one that fills most of the view, if it fills at least half of it
 * and the view is not much wider than the era (at most 1.5 times). Otherwise none.
 */
export function currentEra(eras: readonly EraSpan[], view: Span): string | undefined {
	const viewMs = view.to - view.from;
	const overlap = (era: EraSpan) =>
		Math.max(0, Math.min(era.end, view.to) - Math.max(era.start, view.from));
	let best: EraSpan | undefined;
	for (const era of eras) if (!best || overlap(era) > overlap(best)) best = era;
	if (!best || overlap(best) < viewMs / 2 || viewMs > 1.5 * (best.end - best.start)) return;
	return best.id;
}
