/**
 * The strip along a card's foot: the whole span of the timeline (1803–2019) with its eras as
 * alternating tints, and a pin where the event falls.
 */
import type { Stance } from '$lib/data/schema';
import { INK, INNER, labelWidth, MARGIN, MUTED, r, stanceSymbol, text } from './draw';

/** Era tints, dark enough to tell apart in a thumbnail; the event's own era is darker still. */
const ERA_TINTS = ['#ebe6da', '#f4f1ea'] as const;
const ERA_CURRENT = '#d3cbb8';

/** A period in UTC milliseconds, end exclusive (as TimelineEvent and TimelineEra carry them). */
export interface Span {
	start: number;
	end: number;
}

/** The strip's extent: the first era's start to the last era's end. */
function stripDomain(eras: Span[]): Span {
	if (eras.length === 0) throw new Error('A share card needs at least one era for its strip');
	return { start: eras[0]!.start, end: eras.at(-1)!.end };
}

/** Horizontal position of a moment on the strip, which spans the card's text column. */
export function stripX(time: number, eras: Span[]): number {
	const { start, end } = stripDomain(eras);
	const t = Math.min(1, Math.max(0, (time - start) / (end - start)));
	return MARGIN + t * INNER;
}

const year = (time: number) => new Date(time).getUTCFullYear();

/** The strip's band, from the top of the card. */
export const STRIP_TOP = 466;
const STRIP_HEIGHT = 20;

/** The eras as alternating tints, century ticks below, and the ends' years. */
export function strip(eras: Span[], current?: Span): string {
	const { start, end } = stripDomain(eras);
	const bands = eras.map((era, i) => {
		const x0 = stripX(era.start, eras);
		const x1 = stripX(era.end, eras);
		const isCurrent =
			current !== undefined && current.start >= era.start && current.start < era.end;
		const fill = isCurrent ? ERA_CURRENT : ERA_TINTS[i % 2];
		return `<rect x="${r(x0)}" y="${STRIP_TOP}" width="${r(x1 - x0)}" height="${STRIP_HEIGHT}" fill="${fill}"/>`;
	});
	const below = STRIP_TOP + STRIP_HEIGHT;
	const ticks: string[] = [];
	for (let century = Math.ceil(year(start) / 100) * 100; century < year(end - 1); century += 100) {
		const x = stripX(Date.UTC(century, 0, 1), eras);
		// Skip a century label that would crowd the end labels.
		if (x - MARGIN < 70 || MARGIN + INNER - x < 70) continue;
		ticks.push(
			`<line x1="${r(x)}" x2="${r(x)}" y1="${below}" y2="${below + 7}" stroke="${MUTED}" stroke-width="1.5"/>`,
			text(x, below + 28, String(century), { size: 18, fill: MUTED, anchor: 'middle' })
		);
	}
	return [
		`<g class="strip">`,
		...bands,
		`<line x1="${MARGIN}" x2="${MARGIN + INNER}" y1="${below}" y2="${below}" stroke="${INK}" stroke-width="1.5"/>`,
		...ticks,
		text(MARGIN, below + 28, String(year(start)), { size: 18, fill: MUTED }),
		text(MARGIN + INNER, below + 28, String(year(end - 1)), {
			size: 18,
			fill: MUTED,
			anchor: 'end'
		}),
		`</g>`
	].join('');
}

/** The event's place on the strip: a pin with its year, its symbol, and its span as a bar. */
export function marker(
	eras: Span[],
	at: Span,
	stance: Stance,
	/** Hollow when the date is known only to the month or year. */
	hollow: boolean
): string {
	const x = stripX(at.start, eras);
	const xEnd = stripX(at.end, eras);
	const mid = STRIP_TOP + STRIP_HEIGHT / 2;
	const first = year(at.start);
	const last = year(at.end - 1);
	const label = first === last ? String(first) : `${first}–${last}`;
	// Keep the year label inside the column when the pin is near either end.
	const half = labelWidth(label, 20) / 2 + 2;
	const anchor = x - half < MARGIN ? 'start' : x + half > MARGIN + INNER ? 'end' : 'middle';
	const labelX = anchor === 'start' ? x - 6 : anchor === 'end' ? x + 6 : x;
	return [
		`<g class="marker" transform="translate(${r(x)} 0)">`,
		`<line x1="0" x2="0" y1="${STRIP_TOP - 12}" y2="${STRIP_TOP + STRIP_HEIGHT}" stroke="${INK}" stroke-width="2"/>`,
		xEnd - x > 3
			? `<rect x="0" y="${mid - 3}" width="${r(xEnd - x)}" height="6" fill="${INK}"/>`
			: '',
		stanceSymbol(stance, 0, mid, 10, hollow),
		`</g>`,
		text(labelX, STRIP_TOP - 20, label, { size: 20, weight: 700, anchor })
	].join('');
}
