/**
 * Which events a view shows: stance, theme and actor filters, and what the search finds (see
 * $lib/search).
 */
import type { Actor, Stance, Theme } from '$lib/data/vocabulary';
import { STANCES } from '$lib/data/vocabulary';

export interface Filterable {
	stance: Stance;
	themes: readonly Theme[];
	actors: readonly Actor[];
}

export interface Filters {
	stances: readonly Stance[];
	themes: readonly Theme[];
	actors: readonly Actor[];
	query: string;
}

function matchesFacets(item: Filterable, filters: Filters, ignore?: 'stance'): boolean {
	return (
		(ignore === 'stance' ||
			filters.stances.length === 0 ||
			filters.stances.includes(item.stance)) &&
		(filters.themes.length === 0 || item.themes.some((t) => filters.themes.includes(t))) &&
		(filters.actors.length === 0 || item.actors.some((a) => filters.actors.includes(a)))
	);
}

export interface FilterResult<T> {
	shown: T[];
	/** For each stance, how many events the view would show with that stance selected alone. */
	stanceCounts: Record<Stance, number>;
}

/** Applies the filters; `found` says whether the search finds an item, when there is a search. */
export function applyFilters<T extends Filterable>(
	items: readonly T[],
	filters: Filters,
	found?: (item: T) => boolean
): FilterResult<T> {
	const stanceCounts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
	const shown: T[] = [];
	for (const item of items) {
		if (found && !found(item)) continue;
		if (!matchesFacets(item, filters, 'stance')) continue;
		stanceCounts[item.stance]++;
		if (filters.stances.length === 0 || filters.stances.includes(item.stance)) shown.push(item);
	}
	return { shown, stanceCounts };
}

export function hasFilters(filters: Filters): boolean {
	return (
		filters.stances.length > 0 ||
		filters.themes.length > 0 ||
		filters.actors.length > 0 ||
		filters.query.trim() !== ''
	);
}
