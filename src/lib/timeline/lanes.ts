/** Stacking intervals into lanes so that none overlap: greedy first-fit in start order. */

export interface Interval {
	start: number;
	end: number;
}

/**
 * How many lanes the intervals (sorted by start) need, counting no further than `cap`: enough to
 * tell a crowded stretch from one that fits, without stacking thousands of marks to find out.
 */
export function lanesNeeded(intervals: readonly Interval[], gap = 0, cap = Infinity): number {
	const laneEnds: number[] = [];
	for (const { start, end } of intervals) {
		const lane = laneEnds.findIndex((laneEnd) => start >= laneEnd + gap);
		if (lane === -1) {
			laneEnds.push(end);
			if (laneEnds.length >= cap) return cap;
		} else laneEnds[lane] = end;
	}
	return laneEnds.length;
}
