/**
 * The relations "temperature": a kernel-smoothed balance of cooperation (+1) against conflict (−1)
 * over time. Mixed events count 0 but add weight; background (context) events do not count. A prior weight pulls sparse stretches toward 0,
 * so one lone event does not read as a whole decade's climate.
 *
 * Events are first summed into fine bins, then the bins are smoothed: the cost follows the
 * number of samples, not the number of events, so 10,000 events cost about what 50 do.
 */
import { bisector } from 'd3-array';
import type { Stance } from '$lib/data/vocabulary';
import { midpoint, type TimelineItem } from './items';

export interface CurveInput {
	/** Middle of the event's period, UTC ms. */
	time: number;
	stance: Stance;
}

export interface CurvePoint {
	time: number;
	/** −1 (all conflict) … +1 (all cooperation). */
	value: number;
}

export interface CurveOptions {
	from: number;
	to: number;
	samples: number;
	/** Kernel standard deviation, ms. */
	bandwidth: number;
	/** Weight of the neutral prior, in events. */
	prior?: number;
}

const SCORE: Record<Stance, number> = { cooperation: 1, conflict: -1, mixed: 0 };
/**
 * Bins: an eighth of a sample step or of the bandwidth, whichever is coarser. Moving an event by
 * at most half a bin (a sixteenth of the bandwidth) does not show in the curve.
 */
const BINS_PER_STEP = 8;
const BINS_PER_BANDWIDTH = 8;
/** The kernel is cut at three bandwidths, where it has fallen to 1% of its peak. */
const REACH = 3;

/** First index whose time is at least a time, in events sorted by time. */
const firstAtOrAfter = bisector((event: CurveInput) => event.time).left;

/**
 * What the curve weighs, sorted by time: every event at its middle, except background (`context`)
 * events. An inauguration or a recession is not an act between the two countries, so it neither
 * warms nor cools their relations.
 */
export function curveInputs(
	items: readonly Pick<
		TimelineItem,
		'start' | 'end' | 'precision' | 'isSpan' | 'stance' | 'context'
	>[]
): CurveInput[] {
	return items
		.filter((item) => !item.context)
		.map((item) => ({ time: midpoint(item), stance: item.stance }))
		.sort((a, b) => a.time - b.time);
}

/** The curve over [from, to]. `events` must be sorted by time. */
export function relationsCurve(events: readonly CurveInput[], o: CurveOptions): CurvePoint[] {
	const prior = o.prior ?? 0.6;
	const n = Math.max(2, Math.floor(o.samples));
	const step = (o.to - o.from) / (n - 1);
	const reach = REACH * o.bandwidth;
	// Bins no finer than the kernel needs, or a narrow view with a wide kernel costs millions.
	const binMs = Math.max(step / BINS_PER_STEP, o.bandwidth / BINS_PER_BANDWIDTH);
	const firstBinTime = o.from - reach;
	const binCount = Math.ceil((o.to - o.from + 2 * reach) / binMs) + 1;
	const score = new Float64Array(binCount);
	const weight = new Float64Array(binCount);
	const end = firstAtOrAfter(events, o.to + reach);
	for (let i = firstAtOrAfter(events, o.from - reach); i < end; i++) {
		const e = events[i]!;
		const bin = Math.round((e.time - firstBinTime) / binMs);
		score[bin]! += SCORE[e.stance];
		weight[bin]! += 1;
	}
	const radius = Math.ceil(reach / binMs);
	const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) => {
		const z = ((k - radius) * binMs) / o.bandwidth;
		return Math.exp(-0.5 * z * z);
	});
	const points: CurvePoint[] = [];
	for (let i = 0; i < n; i++) {
		const time = o.from + i * step;
		const centre = Math.round((time - firstBinTime) / binMs);
		let sum = 0;
		let total = 0;
		for (let k = -radius; k <= radius; k++) {
			const bin = centre + k;
			if (bin < 0 || bin >= binCount || weight[bin] === 0) continue;
			const w = kernel[k + radius]!;
			sum += w * score[bin]!;
			total += w * weight[bin]!;
		}
		points.push({ time, value: sum / (total + prior) });
	}
	return points;
}
