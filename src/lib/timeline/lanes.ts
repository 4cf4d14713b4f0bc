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

/**
 * Lanes being filled from left to right: how far each reaches, by its marks alone and with their
 * labels, and which stretches of lane 0 cluster badges hold.
 */
export class LaneFill<T> {
	#markEnd: number[] = [];
	#end: number[] = [];
	/** The last item placed in each lane. */
	readonly last: (T | undefined)[] = [];
	#gap: number;
	#badges: readonly (readonly [number, number])[];

	/** `badges`: the spans cluster badges cover in lane 0, in order. */
	constructor(gap: number, badges: readonly (readonly [number, number])[]) {
		this.#gap = gap;
		this.#badges = badges;
	}

	/** Lanes in use. */
	get count(): number {
		return Math.max(this.#markEnd.length, this.#badges.length ? 1 : 0);
	}

	/** Where a lane's content, labels included, ends. */
	end(lane: number): number {
		return this.#end[lane] ?? -Infinity;
	}

	#hitsBadge(lane: number, from: number, to: number): boolean {
		const gap = this.#gap;
		return lane === 0 && this.#badges.some(([s, e]) => s < to + gap && e > from - gap);
	}

	/** The first lane in [min, limit) with nothing between from and to; -1 if none. */
	firstFree(min: number, limit: number, from: number, to: number): number {
		for (let l = min; l < limit; l++) {
			if (from >= this.end(l) + this.#gap && !this.#hitsBadge(l, from, to)) return l;
		}
		return -1;
	}

	/**
	 * A lane with room for a mark between a and b, if not for its whole label: the lane in use
	 * whose content ends first, leaving the most room to the labels on either side. A new lane
	 * opens only when no lane in use has room. -1 if none.
	 */
	roomFor(min: number, limit: number, a: number, b: number): number {
		let best = -1;
		for (let l = min; l < limit; l++) {
			if (best !== -1 && l >= this.count) break;
			if (a < (this.#markEnd[l] ?? -Infinity) + this.#gap || this.#hitsBadge(l, a, b)) continue;
			if (best === -1 || this.end(l) < this.end(best)) best = l;
		}
		return best;
	}

	/** The lane in [min, limit) whose marks end first. */
	emptiest(min: number, limit: number): number {
		let lane = min;
		for (let l = min; l < limit; l++) {
			if ((this.#markEnd[l] ?? -Infinity) < (this.#markEnd[lane] ?? -Infinity)) lane = l;
		}
		return lane;
	}

	/** Room a label anchored at x has before the nearest badge on its side, in its lane. */
	badgeRoom(lane: number, side: 'left' | 'right', x: number): number {
		if (lane !== 0) return Infinity;
		let room = Infinity;
		for (const [s, e] of this.#badges) {
			if (side === 'right' && s >= x) room = Math.min(room, s - this.#gap - x);
			if (side === 'left' && e <= x) room = Math.min(room, x - this.#gap - e);
		}
		return room;
	}

	/** Places an item: nothing may be placed before markEnd; labels may not cross end. */
	take(lane: number, item: T, markEnd: number, end: number): void {
		this.#markEnd[lane] = Math.max(this.#markEnd[lane] ?? -Infinity, markEnd);
		this.#end[lane] = Math.max(this.end(lane), end);
		this.last[lane] = item;
	}
}
