/**
 * Which events a view shows: stance, theme and actor filters and a text search that ignores
 * case, accents and full-/half-width differences, and works on Japanese and Chinese text,
 * which has no spaces between words.
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

/** Folds text for matching: NFKC (full-width → half-width), no accents, lower case. */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
}

/** Query terms: split on spaces (including the ideographic space), each folded. */
export function queryTerms(query: string): string[] {
	// Most views have no query: skip the Unicode work (and its costly first run on page load).
	if (!query.trim()) return [];
	return foldText(query)
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
}

/** True when every term occurs somewhere in the folded haystack. */
export function matchesQuery(haystack: string, terms: readonly string[]): boolean {
	return terms.every((term) => haystack.includes(term));
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

/**
 * Applies the filters. `haystackOf` gives each item's folded searchable text; pass a cached
 * function so typing does not re-fold every text on every keystroke.
 */
export function applyFilters<T extends Filterable>(
	items: readonly T[],
	filters: Filters,
	haystackOf: (item: T) => string
): FilterResult<T> {
	const terms = queryTerms(filters.query);
	const stanceCounts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
	const shown: T[] = [];
	for (const item of items) {
		if (terms.length && !matchesQuery(haystackOf(item), terms)) continue;
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
