/**
 * The chart's vertical geometry: where the relations band, the era labels and the lanes sit, how
 * tall the chart is, and the response arcs' paths between two marks.
 */
import { bisectRight } from 'd3-array';

/** The relations band at the top of the chart, under its key. */
export const CURVE = { top: 16, height: 30 } as const;
/** The baseline of the band's key, above the band. */
export const CURVE_KEY_BASELINE = 11;
export const ERA_LABELS_TOP = 50;
export const LANES_TOP = 76;
/**
 * A lane holds a label of two lines with a clear gap to the labels above and below, wider than
 * the gap between its own lines, so each label reads as one block beside its own mark.
 */
export const LANE_HEIGHT = 34;
/**
 * Lanes the chart is always tall enough for. Zoomed out, crowded stretches become clusters rather
 * than need more; in a view of a year or less, where every event is its own mark, further lanes
 * scroll inside the chart. So the chart's height does not depend on the page's width, and the
 * page reserves it before any script runs. Eight lanes hold the busiest years of a decade as
 * marks rather than clusters on a laptop's screen, with a lane for each of their labels, and the
 * chart still ends above the fold at 1280×800 and 1366×768.
 */
export const LANE_BUDGET = 8;
const AXIS_GAP = 8;
/** The axis labels' own strip under the chart. */
export const AXIS_HEIGHT = 26;

/** The middle of a lane, px from the top of the chart. */
export function laneY(lane: number): number {
	return LANES_TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
}

/** The chart's height for a number of lanes: never less than the lane budget. */
export function chartHeight(lanes: number): number {
	return LANES_TOP + Math.max(lanes, LANE_BUDGET) * LANE_HEIGHT + AXIS_GAP;
}

/** The height the page reserves for the chart: more lanes than the budget scroll inside it. */
export const STAGE_HEIGHT = chartHeight(LANE_BUDGET);
/**
 * The chart's width on paper: a column of A4 or US Letter inside the usual margins (about 180 mm).
 * Browsers lay a page out for print before they know the paper, and shrink whatever is wider.
 */
export const PRINT_WIDTH = 680;

export interface ArcEnd {
	x: number;
	lane: number;
}

/**
 * A response arc from one mark to another: a curve that rises above both, higher the farther
 * apart they are, but never into the era labels. It starts and ends just above the symbols.
 */
export function arcPath(a: ArcEnd, b: ArcEnd): string {
	const ya = laneY(a.lane);
	const yb = laneY(b.lane);
	const lift = Math.min(60, 18 + Math.abs(b.x - a.x) * 0.35);
	const top = Math.max(LANES_TOP - 24, Math.min(ya, yb) - lift);
	return `M${a.x},${ya - 8} Q${(a.x + b.x) / 2},${top} ${b.x},${yb - 8}`;
}

/** A mark's target for a pointer or a finger: as wide as this, px, centred on the symbol. */
export const HIT_WIDTH = 24;
/** The target's height where the lanes above and below leave room: a fingertip's. */
export const HIT_HEIGHT = 44;

/** How far a mark's target reaches above and below the middle of its lane, px. */
export interface HitReach {
	up: number;
	down: number;
}

/**
 * Each mark's target: 44 px tall, unless a mark in the lane above or below stands close enough
 * beside it that the targets would overlap; then it stops at the lane's edge on that side, so
 * a target is never less than a lane (34 px) tall and never covers another mark's.
 */
export function hitReaches(marks: readonly { x: number; lane: number }[]): HitReach[] {
	const xsByLane = new Map<number, number[]>();
	for (const { x, lane } of marks) {
		const xs = xsByLane.get(lane) ?? [];
		xs.push(x);
		xsByLane.set(lane, xs);
	}
	for (const xs of xsByLane.values()) xs.sort((a, b) => a - b);
	const crowded = (lane: number, x: number) => {
		const xs = xsByLane.get(lane);
		if (!xs) return false;
		const i = bisectRight(xs, x - HIT_WIDTH);
		return i < xs.length && xs[i]! < x + HIT_WIDTH;
	};
	return marks.map(({ x, lane }) => ({
		up: crowded(lane - 1, x) ? LANE_HEIGHT / 2 : HIT_HEIGHT / 2,
		down: crowded(lane + 1, x) ? LANE_HEIGHT / 2 : HIT_HEIGHT / 2
	}));
}
