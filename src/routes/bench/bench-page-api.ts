/**
 * What a benchmarked page exposes as `window.benchPage`, so one driver can measure our timeline
 * and vis-timeline alike. The vis-timeline page (bench/vis-timeline.html) implements the same.
 */
export interface BenchPageApi {
	/** How many events the page loaded. */
	count: number;
	/** Client coordinates of `time` on the chart at its current zoom, mid-height of its visible part. */
	pointAt(time: number): { x: number; y: number };
	/** The span the chart shows now, UTC ms. */
	visibleSpan(): { from: number; to: number };
}

export type BenchWindow = Window & { benchPage?: BenchPageApi };
