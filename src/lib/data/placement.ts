/**
 * Where a date sits when one instant must stand for it: which era an event belongs to and where
 * it falls in date order. A date names a period — a day, a month or a year — and is placed at
 * that period's middle, so "1991" counts as 2 July 1991 and "2014-03" as mid-March 2014. An event
 * known only to the year then reads after the ones of its first months that it may answer, and a
 * year-only "after the Soviet collapse" lands in the era that began in December.
 */
import { addDays, addMonths, addYears } from 'date-fns';
import type { PartialDate, Precision } from './dates';

/** The instant a date is placed at: the middle of the period it names, UTC ms. */
export function placementTime(date: Pick<PartialDate, 'start' | 'end'>): number {
	return (date.start + date.end) / 2;
}

const STEP = { day: addDays, month: addMonths, year: addYears };

/**
 * Where an event is placed, given where its dates start and end: the middle of its date; for a
 * span, the middle of the date it starts on, so a span that began "in 2015" sits with the other
 * events of 2015 and not at New Year. Its mark is drawn there, and it is ordered by it.
 */
export function eventPlacement(event: {
	start: number;
	end: number;
	/** The precision of the (first) date. */
	precision: Precision;
	isSpan: boolean;
}): number {
	if (!event.isSpan) return placementTime(event);
	const first = STEP[event.precision](new Date(event.start), 1).getTime();
	return placementTime({ start: event.start, end: first });
}

/**
 * Date order for events: by where their dates are placed, then the shorter first. Equal events
 * keep the order they have in the data file, as `Array.prototype.sort` is stable.
 */
export function byPlacement(
	a: { date: Pick<PartialDate, 'start' | 'end'>; end: number },
	b: { date: Pick<PartialDate, 'start' | 'end'>; end: number }
): number {
	return placementTime(a.date) - placementTime(b.date) || a.end - b.end;
}

/**
 * Furthest a date's start lies before its placement: half a leap year. Lists in placement order
 * are in start order give or take this much, which is what a binary search over starts needs.
 */
export const MAX_PLACEMENT_LEAD_MS = 183 * 86_400_000;
