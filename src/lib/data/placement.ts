/**
 * Where a date sits when one instant must stand for it: which era an event belongs to and where
 * it falls in date order. A date names a period — a day, a month or a year — and is placed at
 * that period's middle, so "1991" counts as 2 July 1991 and "2014-03" as mid-March 2014. An event
 * known only to the year then reads after the ones of its first months that it may answer, and a
 * year-only "after the Soviet collapse" lands in the era that began in December.
 */
import type { PartialDate } from './dates';

/** The instant a date is placed at: the middle of the period it names, UTC ms. */
export function placementTime(date: Pick<PartialDate, 'start' | 'end'>): number {
	return (date.start + date.end) / 2;
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
