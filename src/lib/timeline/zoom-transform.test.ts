/**
 * The zoom behaviour's contract, checked with d3-zoom's own transform arithmetic: what its wheel,
 * pinch and drag handlers compute, turned into spans the way the timeline turns them.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { MIN_SPAN_MS } from './view-state';
import {
	handledByZoom,
	isPageWheel,
	scaleLimits,
	sidewaysWheelPx,
	spanOf,
	transformFor,
	type ViewTransform
} from './zoom-transform';

const year = (y: number) => Date.UTC(y, 0, 1);
const domain = { from: year(1800), to: year(2020) };
const WIDTH = 1000;
const d3Transform = (t: ViewTransform) => zoomIdentity.translate(t.x, 0).scale(t.k);
const timeAt = (t: ZoomTransform, px: number) =>
	spanOf(t, domain, WIDTH).from + (px / WIDTH) * width(t);
const width = (t: ZoomTransform) => {
	const s = spanOf(t, domain, WIDTH);
	return s.to - s.from;
};
describe('transformFor and spanOf', () => {
	it.each([
		['the whole domain', domain],
		['a decade', { from: year(1990), to: year(2000) }],
		['two weeks', { from: year(2018), to: year(2018) + MIN_SPAN_MS }]
	])('turn %s into a transform and back', (_name, span) => {
		const back = spanOf(transformFor(span, domain, WIDTH), domain, WIDTH);
		expect(back.from).toBeCloseTo(span.from, -1);
		expect(back.to).toBeCloseTo(span.to, -1);
	});

	it('the identity transform shows the whole domain', () => {
		expect(transformFor(domain, domain, WIDTH)).toEqual({ k: 1, x: -0 });
	});

	it('the same span needs a different offset on a chart of another width', () => {
		const span = { from: year(1990), to: year(2000) };
		const narrow = transformFor(span, domain, 500);
		expect(spanOf(narrow, domain, 500).from).toBeCloseTo(span.from, -1);
		expect(narrow.k).toBe(transformFor(span, domain, WIDTH).k);
		expect(narrow.x).toBeCloseTo(transformFor(span, domain, WIDTH).x / 2, 6);
	});
});

describe('the zoom behaviour, as d3-zoom computes it', () => {
	const start = d3Transform(transformFor({ from: year(1990), to: year(2000) }, domain, WIDTH));

	it('a wheel zooms about the pointer: the moment under it stays put', () => {
		// d3-zoom's wheel handler: scale by k, then translate so the point under the pointer is kept.
		const pointer = 300;
		const before = timeAt(start, pointer);
		const after = zoomIdentity.translate(pointer - (pointer - start.x) * 2, 0).scale(start.k * 2);
		expect(timeAt(after, pointer)).toBeCloseTo(before, -3);
		expect(width(after)).toBeCloseTo(width(start) / 2, -3);
	});

	it('two fingers spread four times apart show a quarter of the span about their middle', () => {
		// d3-zoom scales by the ratio of the fingers' distances, then keeps their midpoint put.
		const [a, b] = [470, 530];
		const middle = timeAt(start, (a + b) / 2);
		const k = (4 * (b - a)) / (b - a);
		const mid = (a + b) / 2;
		const after = zoomIdentity.translate(mid - (mid - start.x) * k, 0).scale(start.k * k);
		expect(width(after)).toBeCloseTo(width(start) / 4, -3);
		expect(timeAt(after, mid)).toBeCloseTo(middle, -3);
	});

	it('a drag moves the view by as much time as the pointer moved across it', () => {
		const after = start.translate(-100 / start.k, 0);
		expect(spanOf(after, domain, WIDTH).from - spanOf(start, domain, WIDTH).from).toBeCloseTo(
			width(start) / 10,
			-3
		);
	});

	it('the limits run from the whole domain to the closest view', () => {
		const [out, inward] = scaleLimits(domain);
		expect(out).toBe(1);
		expect(width(zoomIdentity.scale(inward))).toBeCloseTo(MIN_SPAN_MS, -3);
	});

	it('a domain narrower than the closest view cannot be zoomed', () => {
		expect(scaleLimits({ from: 0, to: MIN_SPAN_MS / 2 })).toEqual([1, 1]);
	});
});

describe('handledByZoom', () => {
	it.each([
		[
			'a plain wheel turned up or down, which scrolls the page',
			{ type: 'wheel', deltaX: 0, deltaY: 100 },
			false
		],
		[
			'a wheel turned with Ctrl held',
			{ type: 'wheel', deltaX: 0, deltaY: 100, ctrlKey: true },
			true
		],
		['a wheel turned with ⌘ held', { type: 'wheel', deltaX: 0, deltaY: 100, metaKey: true }, true],
		['a trackpad pinch (ctrl + wheel)', { type: 'wheel', deltaY: -3, ctrlKey: true }, true],
		[
			'a sideways wheel with Ctrl held',
			{ type: 'wheel', deltaX: 40, deltaY: 5, ctrlKey: true },
			false
		],
		['a wheel turned sideways', { type: 'wheel', deltaX: 40, deltaY: 5 }, false],
		['a press of the main mouse button', { type: 'mousedown', button: 0 }, true],
		['a right click', { type: 'mousedown', button: 2 }, false],
		['a ctrl-click', { type: 'mousedown', button: 0, ctrlKey: true }, false],
		['a double click', { type: 'dblclick', button: 0 }, true],
		[
			'one finger, which may be scrolling the page',
			{ type: 'touchstart', touches: { length: 1 } },
			false
		],
		['two fingers', { type: 'touchstart', touches: { length: 2 } }, true]
	])('%s → %s', (_name, event, handled) => {
		expect(handledByZoom(event)).toBe(handled);
	});
});

describe('sidewaysWheelPx', () => {
	it.each([
		['pixels', { deltaX: 30, deltaY: 2, deltaMode: 0 }, 30],
		['lines', { deltaX: 3, deltaY: 0, deltaMode: 1 }, 48],
		['pages', { deltaX: -1, deltaY: 0, deltaMode: 2 }, -WIDTH],
		['a wheel turned mostly down', { deltaX: 3, deltaY: 30, deltaMode: 0 }, 0]
	])('in %s', (_name, event, px) => {
		expect(sidewaysWheelPx(event, WIDTH)).toBe(px);
	});
});

describe('isPageWheel', () => {
	it.each([
		['a plain wheel turned down', { type: 'wheel', deltaX: 0, deltaY: 100 }, true],
		['a plain wheel turned up', { type: 'wheel', deltaX: 0, deltaY: -100 }, true],
		['a wheel with Ctrl held, which zooms', { type: 'wheel', deltaY: 100, ctrlKey: true }, false],
		['a wheel with ⌘ held, which zooms', { type: 'wheel', deltaY: 100, metaKey: true }, false],
		['a sideways wheel, which pans', { type: 'wheel', deltaX: 40, deltaY: 5 }, false]
	])('%s → %s', (_name, event, scrolls) => {
		expect(isPageWheel(event)).toBe(scrolls);
	});
});
