/**
 * The zoom's arithmetic on spans: one axis (time), no DOM. Every result is kept inside the domain
 * and no narrower than the closest zoom by clampSpan.
 */
import { clampSpan, MIN_SPAN_MS, type Span } from './view-state';

/**
 * How far one wheel event zooms in (above 1) or out (below 1). Pixel deltas count 0.002 each, as
 * in d3-zoom and most maps; line and page deltas count more, and trackpad pinches (which arrive
 * as wheel events with ctrlKey) ten times as much.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	const unit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
	return 2 ** (-deltaY * unit * (ctrlKey ? 10 : 1));
}

/** The view `width` wide that shows `time` at `fraction` of the way across. */
export function spanAt(time: number, fraction: number, width: number, domain: Span): Span {
	const from = time - fraction * width;
	return clampSpan({ from, to: from + width }, domain);
}

/** Zooms in by `factor` (out when below 1), keeping `time` where it is on screen. */
export function zoomAbout(view: Span, time: number, factor: number, domain: Span): Span {
	const width = view.to - view.from;
	const full = domain.to - domain.from;
	const next = Math.min(Math.max(width / factor, MIN_SPAN_MS), full);
	return spanAt(time, (time - view.from) / width, next, domain);
}

/** Moves the view later by `ms` (earlier when negative). */
export function panBy(view: Span, ms: number, domain: Span): Span {
	return clampSpan({ from: view.from + ms, to: view.to + ms }, domain);
}

/**
 * The view that puts time a at fraction fa of the width and time b at fraction fb: two fingers
 * keep the moments they touched under them. Null when the fingers are too close to tell apart.
 */
export function pinchSpan(
	a: { time: number; fraction: number },
	b: { time: number; fraction: number },
	domain: Span
): Span | null {
	const apart = b.fraction - a.fraction;
	if (Math.abs(apart) < 0.01 || (b.time - a.time) / apart <= 0) return null;
	return spanAt(a.time, a.fraction, (b.time - a.time) / apart, domain);
}

/** The view a fraction t of the way from a to b: the centre moves evenly, the width geometrically. */
export function tweenSpan(a: Span, b: Span, t: number): Span {
	const centre = (a.from + a.to) / 2 + ((b.from + b.to) / 2 - (a.from + a.to) / 2) * t;
	const width = (a.to - a.from) ** (1 - t) * (b.to - b.from) ** t;
	return { from: centre - width / 2, to: centre + width / 2 };
}

export function easeCubicInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
