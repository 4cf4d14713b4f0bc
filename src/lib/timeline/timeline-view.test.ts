import { describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '$lib/data/dates';
import { NO_CLUSTER_SPAN_MS } from './layout';
import { TimelineView } from './timeline-view.svelte';
import { MIN_SPAN_MS, type Span } from './view-state';

const year = (y: number) => Date.UTC(y, 0, 1);
const domain = { from: year(1800), to: year(2020) };
const years = (from: number, to: number) => ({ from: year(from), to: year(to) });
const width = (s: Span) => s.to - s.from;
const centre = (s: Span) => (s.from + s.to) / 2;

function viewAt(span: Span, onchange = vi.fn()) {
	const view = new TimelineView({ domain: () => domain, initial: span, onchange });
	return { view, onchange };
}

describe('TimelineView', () => {
	it('opens on the span it is given, kept inside the domain', () => {
		expect(viewAt(years(1990, 2000)).view.current).toEqual(years(1990, 2000));
		expect(viewAt(years(1700, 1710)).view.current.from).toBe(domain.from);
	});

	it('zooming in by 2 halves the span about its middle, and reports it', () => {
		const { view, onchange } = viewAt(years(1990, 2010));
		view.zoomBy(2);
		expect(width(view.current)).toBe(width(years(1990, 2010)) / 2);
		expect(centre(view.current)).toBe(centre(years(1990, 2010)));
		expect(onchange).toHaveBeenLastCalledWith(view.current, false);
	});

	it('zooming never goes closer than the closest view nor wider than the domain', () => {
		const { view } = viewAt(years(2000, 2001));
		for (let i = 0; i < 20; i++) view.zoomBy(2);
		expect(width(view.current)).toBe(MIN_SPAN_MS);
		for (let i = 0; i < 40; i++) view.zoomBy(0.5);
		expect(view.current).toEqual(domain);
	});

	it('panning moves by a fraction of the width and stops at the ends', () => {
		const { view } = viewAt(years(1990, 2000));
		view.pan(0.5);
		expect(view.current.from).toBe(year(1990) + width(years(1990, 2000)) / 2);
		view.pan(100);
		expect(view.current.to).toBe(domain.to);
	});

	it('Home and End keep the zoom and go to either end of the timeline', () => {
		const { view } = viewAt(years(1990, 2000));
		view.toStart();
		expect(view.current).toEqual({ from: domain.from, to: domain.from + width(years(1990, 2000)) });
		view.toEnd();
		expect(view.current).toEqual({ from: domain.to - width(years(1990, 2000)), to: domain.to });
	});

	it('the whole timeline, an era and a cluster are each one move', () => {
		const { view } = viewAt(years(1990, 2000));
		view.era({ start: year(1947), end: year(1991) });
		expect(view.current).toEqual(years(1947, 1991));
		view.cluster({ from: year(1962), to: year(1962) + DAY_MS });
		expect(view.current.from).toBeLessThan(year(1962));
		expect(width(view.current)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
		view.whole();
		expect(view.current).toEqual(domain);
	});

	it('an era, the whole timeline and a cluster are jumps, heard before the view moves', () => {
		const heard: { target: Span; shown: Span }[] = [];
		const view: TimelineView = new TimelineView({
			domain: () => domain,
			initial: years(1990, 2000),
			onjump: (target) => heard.push({ target, shown: view.current })
		});
		view.era({ start: year(1947), end: year(1991) });
		view.whole();
		view.cluster({ from: year(1962), to: year(1963) });
		expect(heard.map((h) => h.shown)).toEqual([years(1990, 2000), years(1947, 1991), domain]);
		expect(heard.map((h) => h.target).slice(0, 2)).toEqual([years(1947, 1991), domain]);
		expect(heard[2]!.target).toEqual(view.current);
	});

	it('gestures, the zoom buttons and the keys are not jumps', () => {
		const onjump = vi.fn();
		const view = new TimelineView({ domain: () => domain, initial: years(1990, 2000), onjump });
		view.zoomBy(2);
		view.pan(0.5);
		view.run({ type: 'end' });
		view.show(years(1995, 1996));
		expect(onjump).not.toHaveBeenCalled();
	});

	it.each([
		['the whole domain', domain, { closest: false, widest: true }],
		['a decade', years(1990, 2000), { closest: false, widest: false }],
		[
			'the closest view',
			{ from: year(2000), to: year(2000) + MIN_SPAN_MS },
			{ closest: true, widest: false }
		]
	])('knows when %s is at a zoom limit', (_name, span, limits) => {
		const { view } = viewAt(span);
		expect({ closest: view.closest, widest: view.widest }).toEqual(limits);
	});

	it('runs the keyboard commands that move the view, and no others', () => {
		const { view } = viewAt(years(1990, 2000));
		expect(view.run({ type: 'zoom', factor: 2 })).toBe(true);
		expect(width(view.current)).toBe(width(years(1990, 2000)) / 2);
		expect(view.run({ type: 'home' })).toBe(true);
		expect(view.current.from).toBe(domain.from);
		expect(view.run({ type: 'step', direction: 1 })).toBe(false);
	});

	it('moves through the zoom behaviour while one is bound, animated unless asked not to be', () => {
		const { view, onchange } = viewAt(years(1990, 2000));
		const mover = vi.fn();
		view.mover = mover;
		view.zoomBy(2);
		expect(mover).toHaveBeenCalledWith(
			{
				from: year(1990) + width(years(1990, 2000)) / 4,
				to: year(2000) - width(years(1990, 2000)) / 4
			},
			true
		);
		// The behaviour reports back through show(); until then nothing has moved.
		expect(view.current).toEqual(years(1990, 2000));
		expect(onchange).not.toHaveBeenCalled();
	});
});

describe('layout during a gesture', () => {
	it('zooming in keeps the laid-out span until the gesture ends', () => {
		const { view } = viewAt(years(1990, 2000));
		view.show(years(1992, 1998));
		expect(view.laidOut).toEqual(years(1990, 2000));
		view.settle();
		expect(view.laidOut).toEqual(years(1992, 1998));
	});

	it('leaving the laid-out span lays out again at once', () => {
		const { view } = viewAt(years(1990, 2000));
		view.show(years(1985, 2005));
		expect(view.laidOut).toEqual(years(1985, 2005));
	});
});

describe('frames of a glide', () => {
	/** A bound behaviour that animates: it reports frames only when told to. */
	function gliding(view: TimelineView) {
		view.mover = () => true;
	}

	it('are reported as arriving, until the glide ends, and moves after it as the reader’s', () => {
		const { view, onchange } = viewAt(years(1990, 2000));
		gliding(view);
		view.jumpTo(years(1930, 1990));
		view.show(years(1950, 2000));
		expect(onchange).toHaveBeenLastCalledWith(years(1950, 2000), true);
		view.show(years(1930, 1990));
		view.settle();
		view.show(years(1935, 1985));
		expect(onchange).toHaveBeenLastCalledWith(years(1935, 1985), false);
	});

	it('are the reader’s once a gesture cuts the glide short', () => {
		const { view, onchange } = viewAt(years(1990, 2000));
		gliding(view);
		view.glideTo(years(1930, 1990));
		view.show(years(1960, 1995));
		// d3-zoom ends the interrupted glide before the gesture's first frame.
		view.settle();
		view.show(years(1961, 1994));
		expect(onchange).toHaveBeenLastCalledWith(years(1961, 1994), false);
	});

	it('a move made at once is never arriving', () => {
		const { view, onchange } = viewAt(years(1990, 2000));
		view.jumpTo(years(1930, 1990), false);
		expect(onchange).toHaveBeenLastCalledWith(years(1930, 1990), false);
	});
});

describe('following the URL', () => {
	it('moves to a span from outside at once', () => {
		const { view } = viewAt(years(1990, 2000));
		const mover = vi.fn();
		view.mover = mover;
		view.follow(years(1960, 1970));
		expect(mover).toHaveBeenCalledWith(years(1960, 1970), false);
	});

	it('ignores a span within a day of the one on screen (our own report, rounded to days)', () => {
		const { view } = viewAt(years(1990, 2000));
		const mover = vi.fn();
		view.mover = mover;
		view.follow({ from: year(1990) + DAY_MS / 2, to: year(2000) - DAY_MS / 3 });
		expect(mover).not.toHaveBeenCalled();
	});

	it('ignores its own last report arriving after the view has moved on', () => {
		const { view } = viewAt(years(1990, 2000));
		view.show(years(1991, 1999));
		view.mover = (span) => {
			view.show(span);
			return false;
		};
		view.show(years(1993, 1997));
		const mover = vi.fn();
		view.mover = mover;
		view.follow(years(1993, 1997));
		expect(mover).not.toHaveBeenCalled();
	});
});

describe('reveal', () => {
	it('leaves the view alone when the moment is on screen with its own mark', () => {
		const { view } = viewAt(years(1990, 2000));
		expect(view.reveal(year(1995), true)).toBe(false);
		expect(view.current).toEqual(years(1990, 2000));
	});

	it('centres a moment off screen at the same zoom', () => {
		const { view } = viewAt(years(1990, 2000));
		view.reveal(year(1970), true);
		expect(centre(view.current)).toBe(year(1970));
		expect(width(view.current)).toBe(width(years(1990, 2000)));
	});

	it('zooms in to a year when the event is merged into a cluster', () => {
		const { view } = viewAt(domain);
		view.reveal(year(1962), false);
		expect(width(view.current)).toBe(NO_CLUSTER_SPAN_MS);
		expect(centre(view.current)).toBe(year(1962));
	});
});
