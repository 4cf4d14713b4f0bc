import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/data/dates';
import { MIN_SPAN_MS, type Span } from './view-state';
import { panBy, pinchSpan, tweenSpan, wheelZoomFactor, zoomAbout } from './zoom';

const YEAR = 365 * DAY_MS;
const domain: Span = { from: Date.UTC(1800, 0, 1), to: Date.UTC(2020, 0, 1) };
const view: Span = { from: Date.UTC(1900, 0, 1), to: Date.UTC(2000, 0, 1) };
const width = (s: Span) => s.to - s.from;
const fractionOf = (s: Span, time: number) => (time - s.from) / width(s);

describe('wheelZoomFactor', () => {
	it('zooms in on an upward wheel and out on a downward one, by the same factor', () => {
		expect(wheelZoomFactor(-100, 0, false)).toBeCloseTo(2 ** 0.2);
		expect(wheelZoomFactor(100, 0, false)).toBeCloseTo(2 ** -0.2);
	});

	it('counts lines more than pixels, and trackpad pinches (ctrlKey) ten times more', () => {
		expect(wheelZoomFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15);
		expect(wheelZoomFactor(-10, 0, true)).toBeCloseTo(2 ** 0.2);
	});
});

describe('zoomAbout', () => {
	it('keeps the moment under the pointer where it is on screen', () => {
		const time = Date.UTC(1925, 0, 1);
		const next = zoomAbout(view, time, 4, domain);
		expect(width(next)).toBeCloseTo(width(view) / 4, -3);
		expect(fractionOf(next, time)).toBeCloseTo(fractionOf(view, time), 9);
	});

	it('stops at the closest zoom and at the whole domain', () => {
		expect(width(zoomAbout(view, view.from, 1e9, domain))).toBe(MIN_SPAN_MS);
		expect(zoomAbout(view, view.from, 1e-9, domain)).toEqual(domain);
	});

	it('never leaves the domain, whatever the wheel does', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				(fraction, factor) => {
					const next = zoomAbout(view, view.from + fraction * width(view), factor, domain);
					return next.from >= domain.from && next.to <= domain.to && width(next) >= MIN_SPAN_MS - 1;
				}
			)
		);
	});
});

describe('panBy', () => {
	it('moves the view without changing its width, and stops at the ends', () => {
		expect(panBy(view, YEAR, domain)).toEqual({ from: view.from + YEAR, to: view.to + YEAR });
		expect(panBy(view, -1000 * YEAR, domain).from).toBe(domain.from);
		expect(width(panBy(view, 1000 * YEAR, domain))).toBe(width(view));
	});
});

describe('pinchSpan', () => {
	it('keeps the two moments touched under the two fingers', () => {
		const a = { time: Date.UTC(1950, 0, 1), fraction: 0.25 };
		const b = { time: Date.UTC(1960, 0, 1), fraction: 0.75 };
		const next = pinchSpan(a, b, domain)!;
		expect(fractionOf(next, a.time)).toBeCloseTo(0.25, 9);
		expect(fractionOf(next, b.time)).toBeCloseTo(0.75, 9);
	});

	it('ignores fingers too close together or crossed over', () => {
		const a = { time: Date.UTC(1950, 0, 1), fraction: 0.5 };
		expect(pinchSpan(a, { time: Date.UTC(1960, 0, 1), fraction: 0.502 }, domain)).toBeNull();
		expect(pinchSpan(a, { time: Date.UTC(1960, 0, 1), fraction: 0.2 }, domain)).toBeNull();
	});
});

describe('tweenSpan', () => {
	it('starts at one view, ends at the other, and narrows steadily in between', () => {
		const target = { from: Date.UTC(1940, 0, 1), to: Date.UTC(1941, 0, 1) };
		expect(tweenSpan(view, target, 0)).toEqual(view);
		const end = tweenSpan(view, target, 1);
		expect(end.from).toBeCloseTo(target.from, -2);
		expect(end.to).toBeCloseTo(target.to, -2);
		const half = tweenSpan(view, target, 0.5);
		expect(width(half)).toBeCloseTo(Math.sqrt(width(view) * width(target)), -3);
	});
});
