/**
 * The relations "temperature": a kernel-smoothed balance of cooperation (+1) against conflict (−1)
 * over time. Mixed events count 0 but add weight. A prior weight pulls sparse stretches toward 0,
 * so one lone event does not read as a whole decade's climate.
 */
import type { Stance } from '$lib/data/schema';

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

export function relationsCurve(events: readonly CurveInput[], o: CurveOptions): CurvePoint[] {
	const prior = o.prior ?? 0.6;
	const n = Math.max(2, Math.floor(o.samples));
	const step = (o.to - o.from) / (n - 1);
	const cutoff = 4 * o.bandwidth;
	const sorted = [...events].sort((a, b) => a.time - b.time);
	const points: CurvePoint[] = [];
	let lo = 0;
	for (let i = 0; i < n; i++) {
		const time = o.from + i * step;
		while (lo < sorted.length && sorted[lo]!.time < time - cutoff) lo++;
		let sum = 0;
		let weight = 0;
		for (let j = lo; j < sorted.length && sorted[j]!.time <= time + cutoff; j++) {
			const e = sorted[j]!;
			const z = (e.time - time) / o.bandwidth;
			const w = Math.exp(-0.5 * z * z);
			sum += w * SCORE[e.stance];
			weight += w;
		}
		points.push({ time, value: sum / (weight + prior) });
	}
	return points;
}
