/**
 * The time scale for a view, and conversions between a view's span and d3-zoom's transform.
 * Times are UTC milliseconds on a linear scale: the calendar (ticks, labels) is d3-time's and
 * date-fns's job, which keeps d3's own date formatting out of the page.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Span } from './view-state';

export function timeScale(span: Span, width: number): ScaleLinear<number, number> {
	return scaleLinear().domain([span.from, span.to]).range([0, width]);
}

/** The zoom transform that shows `span` when the whole `domain` is drawn across `width`. */
export function transformForSpan(span: Span, domain: Span, width: number): ZoomTransform {
	const base = timeScale(domain, width);
	const k = width / Math.max(base(span.to) - base(span.from), 1e-9);
	return zoomIdentity.scale(k).translate(-base(span.from), 0);
}

/** The span a zoom transform shows. */
export function spanForTransform(transform: ZoomTransform, domain: Span, width: number): Span {
	const [from, to] = transform.rescaleX(timeScale(domain, width)).domain();
	return { from: from!, to: to! };
}

/** A span of the given width centred on `time`. */
export function centredSpan(time: number, width: number): Span {
	return { from: time - width / 2, to: time + width / 2 };
}

/** The domain a set of eras covers, with a little air at both ends. */
export function domainOf(periods: readonly { start: number; end: number }[]): Span {
	const from = Math.min(...periods.map((p) => p.start));
	const to = Math.max(...periods.map((p) => p.end));
	const pad = (to - from) * 0.01;
	return { from: from - pad, to: to + pad };
}
