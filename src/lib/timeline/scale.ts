/**
 * The time scale for a view. Times are UTC milliseconds on a linear scale: the calendar (ticks,
 * labels) is d3-time's and date-fns's job.
 */
import type { Span } from './view-state';

/** Maps a time (UTC ms) to x in pixels; `invert` maps back. */
export interface TimeScale {
	(time: number): number;
	invert(x: number): number;
}

export function timeScale(span: Span, width: number): TimeScale {
	const pxPerMs = width / Math.max(span.to - span.from, 1);
	const scale = (time: number) => (time - span.from) * pxPerMs;
	scale.invert = (x: number) => span.from + x / pxPerMs;
	return scale;
}

/** A span of the given width centred on `time`. */
export function centredSpan(time: number, width: number): Span {
	return { from: time - width / 2, to: time + width / 2 };
}

/** The domain a set of eras covers, with a little air at both ends. */
export function domainOf(periods: readonly { start: number; end: number }[]): Span {
	// A loop rather than Math.min(...list): spreading a long list overflows the call stack.
	let from = Infinity;
	let to = -Infinity;
	for (const period of periods) {
		from = Math.min(from, period.start);
		to = Math.max(to, period.end);
	}
	const pad = (to - from) * 0.01;
	return { from: from - pad, to: to + pad };
}
