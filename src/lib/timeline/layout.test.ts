import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '$lib/data/dates';
import { layoutTimeline, type LayoutItem, type TimelineLayout } from './layout';
import { LABEL_WIDTH_MARGIN } from './labels';
import { estimateTextWidth, MIN_LABEL_EMS } from './text-width';

/** The size labels are measured at. */
const SIZE = 12 * LABEL_WIDTH_MARGIN;
import { scaleUtc } from 'd3-scale';

const timeScale = (span: { from: number; to: number }, width: number) =>
	scaleUtc().domain([span.from, span.to]).range([0, width]);

const WIDTH = 1000;

function day(iso: string): LayoutItem {
	const start = Date.parse(iso);
	return {
		id: iso,
		start,
		end: start + DAY_MS,
		precision: 'day',
		isSpan: false,
		title: `Event ${iso}`
	};
}

function layout(
	items: LayoutItem[],
	from: string,
	to: string,
	maxLanes = 4,
	labelLanes?: number
): TimelineLayout {
	const span = { from: Date.parse(from), to: Date.parse(to) };
	return layoutTimeline(items, {
		x: timeScale(span, WIDTH),
		msPerPx: (span.to - span.from) / WIDTH,
		width: WIDTH,
		maxLanes,
		labelLanes
	});
}

/** Every mark's extent including its label, per lane. */
function overlapsInLanes(result: TimelineLayout): string[] {
	const problems: string[] = [];
	const boxes = result.marks.map((m) => {
		const w = Math.max(...(m.lines ?? [m.label]).map((line) => estimateTextWidth(line, SIZE)));
		const [labelFrom, labelTo] =
			m.labelSide === 'right' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
		return {
			id: m.id,
			lane: m.lane,
			from: Math.min(m.x - 12, m.x0, m.label ? labelFrom : Infinity),
			to: Math.max(m.x + 12, m.shape === 'bar' ? m.x1 : m.x + 12, m.label ? labelTo : -Infinity)
		};
	});
	for (const a of boxes) {
		for (const b of boxes) {
			if (a.id < b.id && a.lane === b.lane && a.from < b.to && b.from < a.to)
				problems.push(`${a.id} × ${b.id}`);
		}
	}
	return problems;
}

describe('layoutTimeline', () => {
	it('stacks three events of one week in separate lanes, none merged', () => {
		const week = ['2018-03-26', '2018-03-29', '2018-03-30'].map(day);
		const result = layout(week, '2018-01-01', '2019-01-01');
		expect(result.clusters).toEqual([]);
		expect(result.marks.map((m) => m.id).sort()).toEqual(week.map((e) => e.id));
		expect(overlapsInLanes(result)).toEqual([]);
	});

	it('never merges events in a view of a year or less, however crowded', () => {
		const crowded = Array.from({ length: 40 }, (_, i) =>
			day(`2018-06-${String((i % 28) + 1).padStart(2, '0')}`)
		).map((e, i) => ({ ...e, id: `${e.id}-${i}` }));
		const result = layout(crowded, '2018-01-01', '2018-12-31');
		expect(result.clusters).toEqual([]);
		expect(result.marks).toHaveLength(40);
		expect(overlapsInLanes(result)).toEqual([]);
	});

	it('keeps a very dense year a few lanes tall by dropping labels, not by stacking them', () => {
		// 300 events in one year: about 7 px apart, with labels over 100 px long.
		const year = Array.from({ length: 300 }, (_, i) => {
			const start = Date.UTC(2018, 0, 1) + Math.floor((i * 364) / 300) * DAY_MS;
			return { ...day('2018-01-01'), id: `e${i}`, start, end: start + DAY_MS };
		});
		const roomy = layout(year, '2018-01-01', '2019-01-01', 4, Infinity);
		const capped = layout(year, '2018-01-01', '2019-01-01', 4, 8);
		expect(roomy.laneCount).toBeGreaterThan(20);
		expect(capped.laneCount).toBeLessThanOrEqual(10);
		expect(capped.clusters).toEqual([]);
		expect(capped.marks.map((m) => m.id).sort()).toEqual(year.map((e) => e.id).sort());
		expect(overlapsInLanes(capped)).toEqual([]);
		// Marks 7 px apart leave no room for a readable label: none is drawn rather than stubs.
		expect(capped.marks.filter((m) => m.label !== '').map((m) => m.label)).toEqual([]);
	});

	it('merges only the stretch that would need more lanes than fit when zoomed far out', () => {
		const dense = Array.from({ length: 12 }, (_, i) => ({
			...day(`2015-0${(i % 9) + 1}-10`),
			id: `dense-${i}`
		}));
		const lone = day('1850-06-01');
		const result = layout([lone, ...dense], '1800-01-01', '2020-01-01');
		expect(result.marks.map((m) => m.id)).toContain(lone.id);
		const merged = result.clusters.flatMap((c) => c.ids);
		expect(merged).not.toContain(lone.id);
		expect(merged.length + result.marks.filter((m) => m.id.startsWith('dense')).length).toBe(12);
		expect(result.clusters.length).toBeGreaterThan(0);
	});

	it('keeps sparse events as marks even far out', () => {
		const sparse = ['1803-10-28', '1809-06-01', '1933-11-06', '1991-12-25'].map(day);
		const result = layout(sparse, '1800-01-01', '2020-01-01');
		expect(result.clusters).toEqual([]);
		expect(result.marks).toHaveLength(4);
	});

	it('culls events outside the view', () => {
		const result = layout([day('1803-10-28'), day('2018-07-16')], '2018-01-01', '2018-12-31');
		expect(result.marks.map((m) => m.id)).toEqual(['2018-07-16']);
	});

	it('draws a month-precision event over its month, hollow, and an endDate span as a bar marked at the middle of its first month', () => {
		const month: LayoutItem = {
			id: 'crimea',
			start: Date.parse('2014-03-01'),
			end: Date.parse('2014-04-01'),
			precision: 'month',
			isSpan: false,
			title: 'Crimea'
		};
		const span: LayoutItem = {
			id: 'talks',
			start: Date.parse('2015-09-01'),
			end: Date.parse('2015-12-01'),
			precision: 'month',
			isSpan: true,
			title: 'Talks'
		};
		const result = layout([month, span], '2014-01-01', '2016-01-01');
		const [m, s] = [
			result.marks.find((x) => x.id === 'crimea')!,
			result.marks.find((x) => x.id === 'talks')!
		];
		expect(m.shape).toBe('period');
		expect(m.x).toBeCloseTo((m.x0 + m.x1) / 2);
		expect(m.x1 - m.x0).toBeGreaterThan(30);
		expect(s.shape).toBe('bar');
		// September 1 to December 1 is 91 days; the middle of September is 15 days in.
		expect((s.x - s.x0) / (s.x1 - s.x0)).toBeCloseTo(15 / 91, 2);
	});

	/** Events of one day in 2018 at these day offsets, laid out over a view of spanDays days. */
	const crowding = (days: readonly number[], spanDays: number, labelLanes?: number) => {
		const items = days.map((d, i) => {
			const start = Date.UTC(2018, 0, 1) + d * DAY_MS;
			return {
				id: `e${i}`,
				start,
				end: start + DAY_MS,
				precision: 'day' as const,
				isSpan: false,
				title: `A fairly long event title number ${i}`
			};
		});
		const from = new Date(Date.UTC(2018, 0, 1)).toISOString();
		const to = new Date(Date.UTC(2018, 0, 1) + spanDays * DAY_MS).toISOString();
		return layout(items, from, to, 5, labelLanes);
	};

	// Crowdings once found. In the last two a label broken over two lines kept the space it broke
	// at, drawn at the end of its first line, which had been measured without it.
	it.each([
		[[64, 16, 0], 395],
		[[97, 97, 97, 97, 97, 145, 0], 395],
		[[152, 227, 152, 152, 152, 152, 0], 371]
	])('lets no two labels meet in the crowding of days %j over %i days', (days, spanDays) => {
		expect(overlapsInLanes(crowding(days, spanDays))).toEqual([]);
	});

	it('shortens or hides labels rather than letting them collide', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 365 }), { minLength: 1, maxLength: 50 }),
				fc.integer({ min: 30, max: 400 }),
				(days, spanDays) => {
					expect(overlapsInLanes(crowding(days, spanDays))).toEqual([]);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('takes the default allowance of label lanes for an option given as undefined', () => {
		// Six events of one day: each has a lane of its own for its whole label.
		const items = [0, 1, 2, 3, 4, 5].map((i) => ({ ...day('2018-03-10'), id: `e${i}` }));
		const span = { from: Date.parse('2018-03-01'), to: Date.parse('2018-04-10') };
		const options = {
			x: timeScale(span, WIDTH),
			msPerPx: (span.to - span.from) / WIDTH,
			width: WIDTH,
			maxLanes: 5
		};
		const omitted = layoutTimeline(items, options);
		expect(layoutTimeline(items, { ...options, labelLanes: undefined })).toEqual(omitted);
		expect(omitted.marks.map((m) => [m.lane, m.label])).toEqual(
			items.map((item, i) => [i, item.title])
		);
	});
});

describe('layoutTimeline with a visible window', () => {
	it('culls by binary search without changing what is drawn', () => {
		const items = Array.from({ length: 400 }, (_, i) => ({
			...day(new Date(Date.UTC(2000, 0, 1) + i * 9 * DAY_MS).toISOString().slice(0, 10)),
			id: `e${i}`
		}));
		const span = { from: Date.parse('2005-01-01'), to: Date.parse('2006-01-01') };
		const options = {
			x: timeScale(span, WIDTH),
			msPerPx: (span.to - span.from) / WIDTH,
			width: WIDTH,
			maxLanes: 4
		};
		const all = layoutTimeline(items, options);
		const culled = layoutTimeline(items, { ...options, window: span });
		expect(culled).toEqual(all);
		expect(culled.marks.length).toBeGreaterThan(30);
	});

	it('finds every event when they come in placement order, a year-only one after its March', () => {
		const year = (id: string, y: number): LayoutItem => ({
			id,
			start: Date.UTC(y, 0, 1),
			end: Date.UTC(y + 1, 0, 1),
			precision: 'year',
			isSpan: false,
			title: id
		});
		// Placed at their middles: the year-only events sit at 2 July, after the days before it.
		const items = [
			day('2014-01-10'),
			day('2014-03-18'),
			day('2014-06-20'),
			year('g8', 2014),
			year('nato', 2014),
			day('2014-07-30'),
			day('2014-12-01')
		];
		for (const [from, to] of [
			['2014-06-01', '2014-08-01'],
			['2014-01-01', '2014-04-01'],
			['2014-07-01', '2015-01-01']
		] as const) {
			const span = { from: Date.parse(from), to: Date.parse(to) };
			const options = {
				x: timeScale(span, WIDTH),
				msPerPx: (span.to - span.from) / WIDTH,
				width: WIDTH,
				maxLanes: 4
			};
			expect(layoutTimeline(items, { ...options, window: span })).toEqual(
				layoutTimeline(items, options)
			);
		}
	});
});

describe('layoutTimeline labels', () => {
	const titled = (iso: string, title: string): LayoutItem => ({ ...day(iso), id: title, title });
	/** A label's left and right ends as estimated, px. */
	const box = (m: TimelineLayout['marks'][number]) => {
		const w = Math.max(...(m.lines ?? [m.label]).map((line) => estimateTextWidth(line, SIZE)));
		return m.labelSide === 'right' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
	};
	const shown = (label: string) => label.replace(/…$/u, '');

	it('turns a label near the right edge to the left of its mark, whole', () => {
		const title = 'Trump and Putin hold their first formal summit in Helsinki';
		const [mark] = layout([titled('2018-12-20', title)], '2018-01-01', '2019-01-01').marks;
		expect(mark!.labelSide).toBe('left');
		expect(mark!.label).toBe(title);
		expect(mark!.labelX).toBeLessThan(mark!.x);
	});

	it('keeps a label on the right where there is room for it there', () => {
		const [mark] = layout(
			[titled('2018-02-01', 'Helsinki summit')],
			'2018-01-01',
			'2019-01-01'
		).marks;
		expect(mark!.labelSide).toBe('right');
		expect(mark!.labelX).toBeGreaterThan(mark!.x);
	});

	it('draws no label for a mark whose centre has left the chart', () => {
		const title = 'Russia annexes Crimea after a disputed referendum';
		const result = layout([titled('2018-01-01', title)], '2018-01-03', '2018-03-01');
		expect(result.marks.map((m) => [m.id, m.label])).toEqual([[title, '']]);
	});

	it('breaks the open event’s label over lines rather than cutting it, even in a crowd', () => {
		const titles = [
			'Russia expels 60 U.S. diplomats and closes St. Petersburg consulate',
			'U.S. expels 60 Russian diplomats and closes Seattle consulate',
			'U.S. Treasury sanctions Russians over election interference'
		];
		const items = titles.map((t, i) => titled(`2018-03-${String(20 + i).padStart(2, '0')}`, t));
		for (const open of titles) {
			const span = { from: Date.parse('2018-03-01'), to: Date.parse('2018-04-30') };
			const result = layoutTimeline(items, {
				// A phone's chart.
				x: timeScale(span, 351),
				msPerPx: (span.to - span.from) / 351,
				width: 351,
				maxLanes: 5,
				selectedId: open
			});
			const mark = result.marks.find((m) => m.id === open)!;
			expect(mark.label).toBe(open);
			const [from, to] = box(mark);
			expect(from).toBeGreaterThanOrEqual(0);
			expect(to).toBeLessThanOrEqual(351);
		}
	});

	it('keeps a long open event’s label whole beside a mark in the middle of a phone’s chart', () => {
		const title = 'Russia expels 60 U.S. diplomats and closes St. Petersburg consulate';
		const span = { from: Date.parse('2018-01-01'), to: Date.parse('2018-12-31') };
		const { marks } = layoutTimeline([titled('2018-07-01', title)], {
			x: timeScale(span, 351),
			msPerPx: (span.to - span.from) / 351,
			width: 351,
			maxLanes: 8,
			selectedId: title
		});
		expect(marks[0]!.label).toBe(title);
		expect(marks[0]!.lines!.length).toBeGreaterThan(3);
	});

	it('cuts Japanese labels between words, never inside one', () => {
		const title = 'ロシア、中距離核戦力全廃条約の義務履行を停止し米の新型ミサイル開発を非難';
		// A month before the view's end: room to the chart's edge for a readable start, not for all.
		const result = layout(
			[titled('2018-06-22', '米露首脳会談'), titled('2018-08-01', title)],
			'2018-05-01',
			'2018-09-01'
		);
		const mark = result.marks.find((m) => m.id === title)!;
		expect(mark.labelSide).toBe('right');
		const label = mark.label;
		expect(label.endsWith('…')).toBe(true);
		expect(title.startsWith(shown(label))).toBe(true);
		expect(shown(label).at(-1)).not.toBe('、');
		const boundaries = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(title)].map(
			(s) => s.index
		);
		expect(boundaries).toContain(shown(label).length);
	});

	/** Checks that every label is inside the chart, whole or long enough to read, for its mark. */
	function expectReadableInside(days: readonly number[], spanDays: number, width: number) {
		const items = days
			.map((d, i) => {
				const start = Date.UTC(2018, 0, 1) + d * DAY_MS;
				const title = ['Russia expels', 'U.S. imposes', 'Talks'][i % 3]!;
				return {
					...day('2018-01-01'),
					id: `e${i}`,
					start,
					end: start + DAY_MS,
					title: `${title} measure number ${i} in a long series`
				};
			})
			.sort((a, b) => a.start - b.start);
		const span = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2018, 0, 1) + spanDays * DAY_MS };
		const result = layoutTimeline(items, {
			x: timeScale(span, width),
			msPerPx: (span.to - span.from) / width,
			width,
			maxLanes: 5
		});
		for (const mark of result.marks.filter((m) => m.label)) {
			const [from, to] = box(mark);
			expect(from).toBeGreaterThanOrEqual(0);
			expect(to).toBeLessThanOrEqual(width);
			expect(mark.x).toBeGreaterThanOrEqual(0);
			expect(mark.x).toBeLessThanOrEqual(width);
			const title = items.find((i) => i.id === mark.id)!.title;
			expect(title.startsWith(shown(mark.label))).toBe(true);
			if (mark.label !== title) {
				expect(estimateTextWidth(shown(mark.label), SIZE)).toBeGreaterThanOrEqual(
					MIN_LABEL_EMS * SIZE
				);
			}
		}
	}

	// Found once: a label broken over two lines ran past the chart's edge by the space it kept.
	it('keeps a label broken over lines inside the chart with the space it keeps', () => {
		expectReadableInside([0, 120], 396, 351);
	});

	it('keeps every label inside the chart, whole or long enough to read, for its own mark', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -60, max: 420 }), { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 20, max: 400 }),
				fc.constantFrom(351, 1176),
				expectReadableInside
			),
			{ numRuns: 300 }
		);
	});

	/** Every label's box, as drawn (the open event's bold), that meets another. */
	function labelsMeeting(result: TimelineLayout, openId: string | null): string[] {
		const boxes = result.marks
			.filter((m) => m.label)
			.map((m) => {
				const bold = m.id === openId ? 1.1 : 1;
				const lines = m.lines ?? [m.label];
				const w = Math.max(...lines.map((line) => estimateTextWidth(line, SIZE) * bold));
				const [from, to] =
					m.labelSide === 'right' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
				return { id: m.id, lane: m.lane, lines: lines.length, from, to };
			});
		const met: string[] = [];
		for (const a of boxes) {
			for (const b of boxes) {
				// A label of three or more lines reaches into the lanes above and below.
				const reach = Math.max(a.lines, b.lines) > 2 ? 1 : 0;
				const near = Math.abs(a.lane - b.lane) <= reach;
				if (a.id < b.id && near && a.from < b.to && b.from < a.to) met.push(`${a.id} × ${b.id}`);
			}
		}
		return met;
	}

	const openCrowding = (
		events: readonly { day: number; month: boolean }[],
		spanDays: number,
		width: number,
		open: number
	) => {
		const items = events
			.map(({ day: d, month }, i) => {
				const start = Date.UTC(2018, 0, 1) + d * DAY_MS;
				return {
					id: `e${i}`,
					start,
					end: start + (month ? 30 : 1) * DAY_MS,
					precision: month ? ('month' as const) : ('day' as const),
					isSpan: false,
					title: `A fairly long event title number ${i}`
				};
			})
			.sort((a, b) => a.start - b.start);
		const span = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2018, 0, 1) + spanDays * DAY_MS };
		const openId = `e${open % events.length}`;
		const result = layoutTimeline(items, {
			x: timeScale(span, width),
			msPerPx: (span.to - span.from) / width,
			width,
			maxLanes: 5,
			selectedId: openId
		});
		return labelsMeeting(result, openId);
	};

	// Found once: the open event's label, turned left and never cut, ran over the label before it.
	it('lets no label run under the open event’s, turned left near the edge', () => {
		const days = [0, 0, 184, 0, 0, 0].map((d) => ({ day: d, month: false }));
		expect(openCrowding(days, 367, 351, 2)).toEqual([]);
	});

	it('lets no label meet the open event’s', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ day: fc.integer({ min: -30, max: 400 }), month: fc.boolean() }), {
					minLength: 1,
					maxLength: 40
				}),
				fc.integer({ min: 20, max: 800 }),
				fc.constantFrom(351, 1176),
				fc.nat(),
				(events, spanDays, width, open) => {
					expect(openCrowding(events, spanDays, width, open)).toEqual([]);
				}
			),
			{ numRuns: 300 }
		);
	});
});
