/**
 * Places event marks for one view: culls to the visible window, stacks close marks in lanes,
 * gives labels the room that is free, and — only when zoomed out past a year and a stretch
 * would need more lanes than fit — merges that stretch into cluster marks with a count.
 */
import type { Precision } from '$lib/data/dates';
import { DAY_MS } from '$lib/data/dates';
import { eventPlacement, MAX_PLACEMENT_LEAD_MS } from '$lib/data/placement';
import { bisector } from 'd3-array';
import {
	labelAnchor,
	labelSide,
	labelText,
	LABEL_WIDTH_MARGIN,
	labelWidth,
	MIN_ROOM_EMS,
	onChart,
	roomToEdge,
	type LabelSide
} from './labels';
import { LaneFill, lanesNeeded } from './lanes';
import { estimateTextWidth } from './text-width';

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
	/** Label text as it fits, possibly shortened; "" when there is no room or it is off the chart. */
	label: string;
	/** The label's lines, when it is broken over two (or, the open event's only, up to five). */
	lines?: string[];
	/** Which side of the mark the label is on. */
	labelSide: LabelSide;
	/** Where the label's text is anchored: its start when on the right, its end when on the left. */
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
	/** The open event: its label is never cut. */
	selectedId?: string | null;
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

interface PlacedLabel {
	title: string;
	/** The whole title's width. */
	full: number;
	/** Room the label has: the chart's edges and its neighbours allow no more. */
	room: number;
	/** Room between the mark and the chart's edge on the label's side. */
	edgeRoom: number;
	/** The right end of the mark itself. */
	markEnd: number;
}

/** Where a label placed on the right will end at most; a label on the left ends at its mark. */
function labelEnd(mark: MarkLayout, placed: PlacedLabel): number {
	return mark.labelSide === 'right' ? mark.labelX + Math.min(placed.full, placed.room) : -Infinity;
}

/** A label's left and right ends, px. */
function labelBox(mark: MarkLayout, fontSize: number, selectedId: string): [number, number] {
	const lines = mark.lines ?? [mark.label];
	const bold = mark.id === selectedId ? 1.1 : 1;
	const w = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize) * bold));
	return mark.labelSide === 'right'
		? [mark.labelX, mark.labelX + w]
		: [mark.labelX - w, mark.labelX];
}

/**
 * The open event's label is never cut, so labels it meets yield to it: those in its lane and, when
 * it is of three or more lines and reaches into the lanes above and below, those there.
 */
function clearAround(open: MarkLayout, marks: MarkLayout[], fontSize: number, gap: number) {
	const [from, to] = labelBox(open, fontSize, open.id);
	const reach = (open.lines?.length ?? 1) > 2 ? 1 : 0;
	for (const mark of marks) {
		if (mark === open || !mark.label || Math.abs(mark.lane - open.lane) > reach) continue;
		const [s, e] = labelBox(mark, fontSize, open.id);
		if (s < to + gap && e > from - gap) {
			mark.label = '';
			delete mark.lines;
		}
	}
}

export function layoutTimeline(
	items: readonly LayoutItem[],
	options: LayoutOptions
): TimelineLayout {
	// An option given as undefined takes its default, as one left out does.
	const o = {
		...options,
		markRadius: options.markRadius ?? 12,
		gap: options.gap ?? 4,
		fontSize: options.fontSize ?? 12,
		clusterWidth: options.clusterWidth ?? 34,
		labelLanes: options.labelLanes ?? 8
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
	const size = o.fontSize * LABEL_WIDTH_MARGIN;
	const clusterHalf = o.clusterWidth / 2 - 2;
	const clusterSpans = clusters.map((c) => [c.x - clusterHalf, c.x + clusterHalf] as const);
	const lanes = new LaneFill<MarkLayout>(o.gap, clusterSpans);
	const lanesAllowed = allowClusters ? o.maxLanes : Infinity;
	const marks: MarkLayout[] = [];
	/** Each mark's label as placed so far: the text is fitted to its room at the end. */
	const labels = new Map<MarkLayout, PlacedLabel>();
	/** A label that could only be too short to read takes no room. */
	const usable = (room: number, full: number) =>
		room >= full || room >= MIN_ROOM_EMS * size ? room : 0;

	for (const { p, minLane } of singles.sort((s, t) => s.p.a - t.p.a)) {
		const title = p.item.title;
		const selected = p.item.id === o.selectedId;
		const full = labelWidth(title, size, selected);
		const side = labelSide(p, full, o.width, size);
		const labelX = labelAnchor(side, p);
		const edgeRoom = onChart(p, o.width) ? Math.max(roomToEdge(side, p, o.width), 0) : 0;
		let room = usable(edgeRoom, full);
		const want = Math.min(full, room);
		const from = side === 'right' ? p.a : Math.min(p.a, labelX - want);
		const to = side === 'right' ? Math.max(p.b, labelX + want) : p.b;

		const limit = Math.min(Math.max(lanes.count + 1, minLane + 1), lanesAllowed);
		const labelLimit = selected ? limit : Math.min(limit, Math.max(o.labelLanes, lanes.count));
		let lane = lanes.firstFree(minLane, labelLimit, from, to);
		if (lane === -1) lane = lanes.roomFor(minLane, limit, p.a, p.b);
		if (lane === -1) lane = lanes.emptiest(minLane, limit);

		// The previous label in this lane yields to this mark; a label on its left takes what is left.
		const previous = lanes.last[lane];
		const before = previous && labels.get(previous);
		let reached = lanes.end(lane);
		if (previous && before) {
			if (previous.labelSide === 'right') {
				before.room = usable(Math.min(before.room, p.a - o.gap - previous.labelX), before.full);
			}
			reached = Math.max(before.markEnd, labelEnd(previous, before));
		}
		if (side === 'left') room = Math.min(room, labelX - o.gap - reached);
		room = usable(Math.min(room, lanes.badgeRoom(lane, side, labelX)), full);

		const mark: MarkLayout = {
			id: p.item.id,
			x: p.x,
			x0: p.x0,
			x1: p.x1,
			shape: p.item.isSpan ? 'bar' : p.item.precision === 'day' ? 'point' : 'period',
			lane,
			label: '',
			labelSide: side,
			labelX
		};
		const placed = { title, full, room, edgeRoom, markEnd: p.b };
		labels.set(mark, placed);
		const end = Math.max(p.b, labelEnd(mark, placed));
		// The open event's label is part of its mark: nothing is placed over it.
		lanes.take(lane, mark, selected ? end : p.b, end);
		marks.push(mark);
	}

	for (const [mark, { title, room, edgeRoom }] of labels) {
		Object.assign(mark, labelText(title, room, size, mark.id === o.selectedId, edgeRoom));
	}
	const open = marks.find((m) => m.id === o.selectedId && m.label);
	if (open) clearAround(open, marks, size, o.gap);

	const laneCount = Math.max(clusters.length ? 1 : 0, ...marks.map((m) => m.lane + 1), 0);
	return { marks, clusters, laneCount };
}
