/**
 * Where an event's label goes beside its mark: which side, how much room the chart's edges leave
 * it, and its text once the room is known — whole, shortened to a readable start, or not drawn.
 */
import { breakLines, estimateTextWidth, fitLabel, MIN_LABEL_EMS } from './text-width';

export type LabelSide = 'left' | 'right';

/** Space between a mark and its label, px. */
export const LABEL_GAP = 4;
/** Space kept free at the chart's edges, px: no label runs to the very edge. */
export const EDGE = 4;
/** How much wider bold text (the open event's label) is than regular. */
const BOLD = 1.1;
/**
 * Labels are drawn in the reader's own sans-serif, which may be wider than the estimate (made for
 * Noto Sans): DejaVu Sans, a common fallback, sets Latin text up to 11% wider. Labels are measured
 * as if this much larger, so that one estimated to fit does fit.
 */
export const LABEL_WIDTH_MARGIN = 1.12;
/**
 * The open event's label is broken over at most this many lines rather than cut: enough for a
 * long title beside a mark in the middle of a phone's chart. Five lines reach no further than the
 * lanes above and below, whose labels yield to it.
 */
const MAX_LINES = 5;
/**
 * The narrowest room a label is given, in ems: broken over two lines of it, it still shows more
 * than the readable minimum.
 */
export const MIN_ROOM_EMS = 6;

export interface LabelExtent {
	/** The mark's centre, px. */
	x: number;
	/** The mark's own left and right ends, px. */
	a: number;
	b: number;
}

/** A label's width as drawn: the open event's is bold. */
export function labelWidth(text: string, fontSize: number, selected: boolean): number {
	return estimateTextWidth(text, fontSize) * (selected ? BOLD : 1);
}

/** Room between the mark and the chart's edge on one side, px. */
export function roomToEdge(side: LabelSide, mark: LabelExtent, width: number): number {
	return side === 'right' ? width - EDGE - (mark.b + LABEL_GAP) : mark.a - LABEL_GAP - EDGE;
}

/** Room on the right, in ems, below which a label that does not fit there turns left. */
export const NEAR_EDGE_EMS = 12;

/**
 * Labels go right of their mark. Near the chart's right edge — where the room left would not hold
 * the whole label, nor twelve ems of it (two readable minimums) — they turn to the mark's left,
 * when there is more room there.
 */
export function labelSide(
	mark: LabelExtent,
	fullWidth: number,
	width: number,
	fontSize: number
): LabelSide {
	const right = roomToEdge('right', mark, width);
	const near = right < Math.min(fullWidth, NEAR_EDGE_EMS * fontSize);
	return near && roomToEdge('left', mark, width) > right ? 'left' : 'right';
}

/** Where the label's text is anchored: its start on the right of the mark, its end on the left. */
export function labelAnchor(side: LabelSide, mark: LabelExtent): number {
	return side === 'right' ? mark.b + LABEL_GAP : mark.a - LABEL_GAP;
}

/** A mark whose centre is off the chart has no label: it would hang there without its mark. */
export function onChart(mark: LabelExtent, width: number): boolean {
	return mark.x >= 0 && mark.x <= width;
}

export interface LabelText {
	/** The label as shown; "" when none is drawn. */
	label: string;
	/** Its lines, when it is broken over several. */
	lines?: string[];
}

/**
 * The label for the room it was given. Others are shortened after a whole word, or dropped when
 * what fits would be too short to read; the open event's label is never cut: it is broken over
 * lines in the room the chart leaves on its side instead.
 */
export function labelText(
	title: string,
	room: number,
	fontSize: number,
	selected: boolean,
	roomOnItsSide: number
): LabelText {
	if (room <= 0 && !selected) return { label: '' };
	if (labelWidth(title, fontSize, selected) <= room) return { label: title };
	if (selected) {
		const lines = breakLines(title, fontSize * BOLD, Math.max(room, roomOnItsSide), MAX_LINES);
		return { label: lines.join(''), lines };
	}
	// Two lines when they show more of the title than one, and enough of it to read.
	const one = fitLabel(title, fontSize, room);
	const lines = breakLines(title, fontSize, room, 2);
	const two = lines.join('');
	const readable = estimateTextWidth(two.replace(/…$/u, ''), fontSize) >= MIN_LABEL_EMS * fontSize;
	return lines.length === 2 && readable && two.length > one.length
		? { label: two, lines }
		: { label: one };
}
