/**
 * Places event marks for one view: culls to the visible window, stacks close marks in lanes,
 * gives labels the room that is free, and — only when zoomed out past a year and a stretch
 * would need more lanes than fit — merges that stretch into cluster marks with a count.
 */
import type { Precision } from '$lib/data/dates';
import { DAY_MS } from '$lib/data/dates';
import { eventPlacement, MAX_PLACEMENT_LEAD_MS } from '$lib/data/placement';
import { bisector } from 'd3-array';
import { lanesNeeded } from './lanes';
import { estimateTextWidth, fitText } from './text-width';

export interface LayoutItem {
	id: string;
	/** Start of the date's period, UTC ms. */
	start: number;
	/** End (exclusive) of the date's period, or of the endDate's period for spans. */
	end: number;
	precision: Precision;
	/** Has an explicit endDate: drawn as a bar. */
	isSpan: boolean;
	/** The label's text. */
	title: string;
}

export type MarkShape = 'point' | 'period' | 'bar';

export interface MarkLayout {
	id: string;
	/** Centre of the symbol. */
	x: number;
	/** The period or span the mark covers, in pixels. */
	x0: number;
	x1: number;
	shape: MarkShape;
	lane: number;
	/** Label text as it fits, possibly shortened; "" when there is no room. */
	label: string;
	labelX: number;
}

export interface ClusterLayout {
	key: string;
	x: number;
	lane: number;
	count: number;
	/** Time range of the merged events, to zoom into. */
	from: number;
	to: number;
	ids: string[];
}

export interface TimelineLayout {
	marks: MarkLayout[];
	clusters: ClusterLayout[];
	laneCount: number;
}

export interface LayoutOptions {
	/** Maps a time to x in pixels. */
	x: (time: number) => number;
	/** Milliseconds per pixel at this zoom. */
	msPerPx: number;
	width: number;
	maxLanes: number;
	/** Radius of a mark's hit area: half its width. */
	markRadius?: number;
	gap?: number;
	fontSize?: number;
	clusterWidth?: number;
	/**
	 * Lanes that may be opened to give a label room. Beyond them a new lane opens only when the
	 * mark itself would overlap another, and labels are shortened instead: a year of a very dense
	 * history stays a few lanes tall rather than dozens.
	 */
	labelLanes?: number;
	/**
	 * The visible time span. When given, items (which must then be in date order: by start, or by
	 * where their dates are placed, see placement.ts) are culled by binary search before any work,
	 * so a view costs what it shows, not the whole dataset.
	 */
	window?: { from: number; to: number };
}

/** Views of a year or less never merge events. */
export const NO_CLUSTER_SPAN_MS = 366 * DAY_MS;

interface Placed {
	item: LayoutItem;
	x: number;
	x0: number;
	x1: number;
	/** Extent of the mark alone. */
	a: number;
	b: number;
}

function place(item: LayoutItem, o: { x: (t: number) => number; markRadius: number }): Placed {
	const x0 = o.x(item.start);
	const x1 = o.x(item.end);
	// Marked where it is placed in date order: a day, month or year at its middle, a span at the
	// middle of the date it starts on.
	const x = item.isSpan ? o.x(eventPlacement(item)) : (x0 + x1) / 2;
	const r = o.markRadius;
	return { item, x, x0, x1, a: Math.min(x - r, x0), b: Math.max(x + r, item.isSpan ? x1 : x + r) };
}

/** Consecutive runs of marks that touch or overlap (within gap). */
function touchingGroups(placed: Placed[], gap: number): Placed[][] {
	const groups: Placed[][] = [];
	let reach = -Infinity;
	for (const p of placed) {
		if (p.a >= reach + gap || groups.length === 0) groups.push([p]);
		else groups[groups.length - 1]!.push(p);
		reach = groups[groups.length - 1]!.length === 1 ? p.b : Math.max(reach, p.b);
	}
	return groups;
}

/** First index whose start is at least a time, in items sorted by start. */
const firstStartingAt = bisector((item: LayoutItem) => item.start).left;

/**
 * The items that can touch the window: those starting in it, and longer ones starting before.
 * Items in placement order have starts out of order by at most the placement lead; widening both
 * ends of the search by that lead still finds every one of them (and a few more, dropped later).
 */
function cull(items: readonly LayoutItem[], window: { from: number; to: number }, slack: number) {
	let longest = 0;
	for (const item of items) longest = Math.max(longest, item.end - item.start);
	const from = firstStartingAt(items, window.from - slack - longest - MAX_PLACEMENT_LEAD_MS);
	const to = firstStartingAt(items, window.to + slack + MAX_PLACEMENT_LEAD_MS);
	return items.slice(from, to);
}

export function layoutTimeline(
	items: readonly LayoutItem[],
	options: LayoutOptions
): TimelineLayout {
	const o = {
		markRadius: 12,
		gap: 4,
		fontSize: 12,
		clusterWidth: 34,
		labelLanes: 8,
		...options
	};
	const margin = o.markRadius * 2;
	const candidates = o.window ? cull(items, o.window, margin * 2 * o.msPerPx) : items;
	const placed = candidates
		.map((item) => place(item, o))
		.filter((p) => p.b >= -margin && p.a <= o.width + margin)
		.sort((p, q) => p.a - q.a || p.item.start - q.item.start);

	const allowClusters = o.msPerPx * o.width > NO_CLUSTER_SPAN_MS;
	const singles: { p: Placed; minLane: number }[] = [];
	const clusters: ClusterLayout[] = [];

	for (const group of touchingGroups(placed, o.gap)) {
		const crowded =
			allowClusters &&
			lanesNeeded(
				group.map((p) => ({ start: p.a, end: p.b })),
				o.gap,
				o.maxLanes + 1
			) > o.maxLanes;
		if (!crowded) {
			for (const p of group) singles.push({ p, minLane: 0 });
			continue;
		}
		// Bins are fixed in time for a given zoom, so clusters hold still while panning.
		const binMs = o.clusterWidth * o.msPerPx;
		const bins = new Map<number, Placed[]>();
		for (const p of group) {
			const bin = Math.floor(p.item.start / binMs);
			const members = bins.get(bin);
			if (members) members.push(p);
			else bins.set(bin, [p]);
		}
		for (const [bin, members] of bins) {
			if (members.length === 1) {
				singles.push({ p: members[0]!, minLane: 1 });
				continue;
			}
			clusters.push({
				key: `${Math.round(binMs)}:${bin}`,
				x: o.x((bin + 0.5) * binMs),
				lane: 0,
				count: members.length,
				from: members.reduce((t, m) => Math.min(t, m.item.start), Infinity),
				to: members.reduce((t, m) => Math.max(t, m.item.end), -Infinity),
				ids: members.map((m) => m.item.id)
			});
		}
	}

	// Marks and their labels share lanes with the cluster badges, which always sit in lane 0.
	const laneMarkEnd: number[] = [];
	const laneLabelEnd: number[] = [];
	const laneLast: (MarkLayout | null)[] = [];
	const clusterHalf = o.clusterWidth / 2 - 2;
	for (const c of clusters) {
		laneMarkEnd[0] = Math.max(laneMarkEnd[0] ?? -Infinity, c.x + clusterHalf);
	}
	const lanesAllowed = allowClusters ? o.maxLanes : Infinity;
	const marks: MarkLayout[] = [];
	const clusterSpans = clusters.map((c) => [c.x - clusterHalf, c.x + clusterHalf] as const);
	const hitsCluster = (lane: number, from: number, to: number) =>
		lane === 0 && clusterSpans.some(([s, e]) => s < to + o.gap && e > from - o.gap);

	for (const { p, minLane } of singles.sort((s, t) => s.p.a - t.p.a)) {
		const text = p.item.title;
		const labelX = p.b + 4;
		const labelEnd = labelX + estimateTextWidth(text, o.fontSize);
		const free = (lane: number, until: number[]) => p.a >= (until[lane] ?? -Infinity) + o.gap;
		let lane = -1;
		const limit = Math.min(Math.max(laneMarkEnd.length + 1, minLane + 1), lanesAllowed);
		const labelLimit = Math.min(limit, Math.max(o.labelLanes, laneMarkEnd.length));
		for (let l = minLane; l < labelLimit && lane === -1; l++) {
			if (free(l, laneLabelEnd) && !hitsCluster(l, p.a, labelEnd)) lane = l;
		}
		for (let l = minLane; l < limit && lane === -1; l++) {
			if (free(l, laneMarkEnd) && !hitsCluster(l, p.a, p.b)) lane = l;
		}
		if (lane === -1) {
			// No free lane within the limit (only possible beside clusters): take the emptiest.
			lane = minLane;
			for (let l = minLane; l < limit; l++) {
				if ((laneMarkEnd[l] ?? -Infinity) < (laneMarkEnd[lane] ?? -Infinity)) lane = l;
			}
		}
		const previous = laneLast[lane];
		if (previous?.label) {
			// Shorten the previous label in this lane so it ends before this mark.
			previous.label = fitText(previous.label, o.fontSize, p.a - o.gap - previous.labelX);
		}
		const mark: MarkLayout = {
			id: p.item.id,
			x: p.x,
			x0: p.x0,
			x1: p.x1,
			shape: p.item.isSpan ? 'bar' : p.item.precision === 'day' ? 'point' : 'period',
			lane,
			// Full for now: a later mark in this lane, or the chart's edge, may shorten it.
			label: text,
			labelX
		};
		laneMarkEnd[lane] = Math.max(laneMarkEnd[lane] ?? -Infinity, p.b);
		laneLabelEnd[lane] = mark.label ? labelEnd : p.b;
		laneLast[lane] = mark;
		marks.push(mark);
	}

	// A label ends at the right edge of the chart, with an ellipsis if it is cut.
	for (const mark of marks) {
		if (mark.label) mark.label = fitText(mark.label, o.fontSize, o.width - 2 - mark.labelX);
	}

	// A label never runs into a cluster badge in its lane.
	for (const mark of marks) {
		if (!mark.label || mark.lane !== 0) continue;
		const next = clusterSpans.find(([s]) => s > mark.x);
		if (next) mark.label = fitText(mark.label, o.fontSize, next[0] - o.gap - mark.labelX);
	}

	const laneCount = Math.max(clusters.length ? 1 : 0, ...marks.map((m) => m.lane + 1), 0);
	return { marks, clusters, laneCount };
}
