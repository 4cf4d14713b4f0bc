/**
 * The arithmetic between d3-zoom's transform and the timeline's span, and the rules the zoom
 * behaviour is given: its limits and which input events are its to handle. The transform applies
 * to a base scale that shows the whole domain across the chart's width; only x matters.
 */
import { MIN_SPAN_MS, type Span } from './view-state';

/** The part of a d3-zoom transform the timeline uses: a scale factor and an x offset, px. */
export interface ViewTransform {
	k: number;
	x: number;
}

/** The transform that shows `span` on a chart `width` px wide. */
export function transformFor(span: Span, domain: Span, width: number): ViewTransform {
	const full = domain.to - domain.from;
	const k = full / (span.to - span.from);
	return { k, x: -k * ((span.from - domain.from) / full) * width };
}

/** The span a transform shows on a chart `width` px wide. */
export function spanOf(transform: ViewTransform, domain: Span, width: number): Span {
	const full = domain.to - domain.from;
	const at = (px: number) => domain.from + ((px - transform.x) / transform.k / width) * full;
	return { from: at(0), to: at(width) };
}

/** A scale with its domain narrowed to what a transform shows: d3-zoom's transform.rescaleX. */
export function rescaleX<
	S extends { copy(): S; domain(d: Date[]): S; range(): number[]; invert(px: number): Date }
>(scale: S, transform: ViewTransform): S {
	const [r0 = 0, r1 = 0] = scale.range();
	const invertX = (px: number) => (px - transform.x) / transform.k;
	return scale.copy().domain([scale.invert(invertX(r0)), scale.invert(invertX(r1))]);
}

/** How far the behaviour may zoom: out to the whole domain, in to the closest view. */
export function scaleLimits(domain: Span): [number, number] {
	return [1, Math.max(1, (domain.to - domain.from) / MIN_SPAN_MS)];
}

/** The fields of an input event the filter reads (a WheelEvent, MouseEvent or TouchEvent). */
export interface ZoomInput {
	type: string;
	button?: number;
	ctrlKey?: boolean;
	metaKey?: boolean;
	deltaX?: number;
	deltaY?: number;
	touches?: { length: number };
}

/**
 * Which events d3-zoom handles. A plain wheel turned up or down is the browser's, so that the
 * page scrolls over the chart; with Ctrl or ⌘ held it zooms, and a trackpad pinch arrives as a
 * wheel with Ctrl. A wheel turned sideways pans (ours, see sidewaysWheelPx). One finger is the
 * browser's, so that a vertical swipe scrolls the page (touch-action: pan-y); two fingers
 * pinch. Mouse: the main button drags, a right or ctrl-click is the browser's.
 */
export function handledByZoom(event: ZoomInput): boolean {
	switch (event.type) {
		case 'wheel':
			return isZoomWheel(event);
		case 'touchstart':
			return (event.touches?.length ?? 0) >= 2;
		default:
			return !event.ctrlKey && !event.button;
	}
}

/** A wheel that zooms: turned up or down with Ctrl or ⌘ held (or a trackpad pinch). */
export function isZoomWheel(event: ZoomInput): boolean {
	const vertical = Math.abs(event.deltaX ?? 0) <= Math.abs(event.deltaY ?? 0);
	return vertical && !!(event.ctrlKey || event.metaKey);
}

/** A wheel that scrolls the page over the chart, where a reader may have meant to zoom. */
export function isPageWheel(event: ZoomInput): boolean {
	const vertical = Math.abs(event.deltaX ?? 0) <= Math.abs(event.deltaY ?? 0);
	return vertical && (event.deltaY ?? 0) !== 0 && !event.ctrlKey && !event.metaKey;
}

/** How far a sideways wheel pans, px, or 0 when the wheel turns mostly up or down. */
export function sidewaysWheelPx(
	event: { deltaX: number; deltaY: number; deltaMode: number },
	width: number
): number {
	if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return 0;
	return event.deltaX * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1);
}
