/**
 * The view's state as it lives in the URL: the visible span (from, to) and the filters.
 * Parsing never throws: unknown, repeated, malformed or out-of-range values are dropped or clamped.
 */
import { DAY_MS, isoDay, parsePartialDate } from '$lib/data/dates';
import { STANCES, type Stance, type Theme, type Actor } from '$lib/data/vocabulary';

export interface Span {
	/** UTC milliseconds. */
	from: number;
	to: number;
}

export interface ViewState {
	/** The visible span, or null for the default opening view. */
	span: Span | null;
	stances: readonly Stance[];
	themes: readonly Theme[];
	actors: readonly Actor[];
	query: string;
	/** Shown inside another site's <iframe>: the timeline and its panel only. */
	embed: boolean;
}

/** About two weeks across the screen at the closest zoom. */
export const MIN_SPAN_MS = 14 * DAY_MS;
export const MAX_QUERY_LENGTH = 200;

export const EMPTY_STATE: ViewState = {
	span: null,
	stances: [],
	themes: [],
	actors: [],
	query: '',
	embed: false
};

/** Keeps a span inside the domain and no narrower than the minimum, preserving its centre. */
export function clampSpan(span: Span, domain: Span): Span {
	const full = domain.to - domain.from;
	let width = Math.min(Math.max(span.to - span.from, MIN_SPAN_MS), full);
	if (!Number.isFinite(width)) width = full;
	const centre = Number.isFinite(span.from + span.to) ? (span.from + span.to) / 2 : domain.from;
	let from = centre - width / 2;
	from = Math.min(Math.max(from, domain.from), domain.to - width);
	return { from, to: from + width };
}

function day(value: string | null): number | null {
	if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	return parsePartialDate(value)?.start ?? null;
}

function listOf<T extends string>(
	params: URLSearchParams,
	key: string,
	allowed: readonly T[]
): T[] {
	const wanted = new Set(
		params
			.getAll(key)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim().toLowerCase())
	);
	return allowed.filter((value) => wanted.has(value));
}

/** The theme and actor ids the dataset declares; others in a URL are dropped. */
export interface FilterVocabulary {
	themes: readonly Theme[];
	actors: readonly Actor[];
}

export function parseViewState(
	params: URLSearchParams,
	domain: Span,
	vocabulary: FilterVocabulary
): ViewState {
	const from = day(params.get('from'));
	const to = day(params.get('to'));
	let span: Span | null = null;
	if (from !== null && to !== null) {
		// "to" names the last visible day, so the span runs to the end of that day.
		const [a, b] = from <= to ? [from, to + DAY_MS] : [to, from + DAY_MS];
		span = clampSpan({ from: a, to: b }, domain);
	}
	const query = (params.get('q') ?? '')
		.replace(/\p{Cc}/gu, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH);
	return {
		span,
		stances: listOf(params, 'stance', STANCES),
		themes: listOf(params, 'theme', vocabulary.themes),
		actors: listOf(params, 'actor', vocabulary.actors),
		query,
		embed: params.get('embed') === '1'
	};
}

/** The URL query for a state; defaults are left out so plain links stay plain. */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.span) {
		// Whole days: the nearest midnight at each end, "to" naming the last day shown.
		const from = Math.round(state.span.from / DAY_MS) * DAY_MS;
		const to = Math.max(from + DAY_MS, Math.round(state.span.to / DAY_MS) * DAY_MS);
		params.set('from', isoDay(from));
		params.set('to', isoDay(to - DAY_MS));
	}
	if (state.stances.length) params.set('stance', [...state.stances].sort().join(','));
	if (state.themes.length) params.set('theme', [...state.themes].sort().join(','));
	if (state.actors.length) params.set('actor', [...state.actors].sort().join(','));
	if (state.query) params.set('q', state.query);
	if (state.embed) params.set('embed', '1');
	return params;
}

/** "?from=…&to=…" or "" — for appending to a path. */
export function queryString(state: ViewState): string {
	const text = serializeViewState(state).toString();
	return text ? `?${text}` : '';
}

/** A query to share: the view without `embed`, so whoever opens the link gets the full site. */
export function shareableQuery(query: string): string {
	const params = new URLSearchParams(query);
	params.delete('embed');
	const rest = params.toString();
	return rest ? `?${rest}` : '';
}

/** A span of the given width centred on `time`. */
export function centredSpan(time: number, width: number): Span {
	return { from: time - width / 2, to: time + width / 2 };
}

/**
 * The span a set of periods covers, with `pad` (a fraction of it) of air at both ends, and at
 * least `minWidth` wide about its middle.
 */
export function extentOf(
	periods: readonly { start: number; end: number }[],
	pad: number,
	minWidth = 0
): Span {
	// A loop rather than Math.min(...list): spreading a long list overflows the call stack.
	let from = Infinity;
	let to = -Infinity;
	for (const period of periods) {
		from = Math.min(from, period.start);
		to = Math.max(to, period.end);
	}
	const air = (to - from) * pad;
	const span = { from: from - air, to: to + air };
	return span.to - span.from >= minWidth ? span : centredSpan((from + to) / 2, minWidth);
}

/** The domain a set of eras covers, with a little air at both ends. */
export function domainOf(periods: readonly { start: number; end: number }[]): Span {
	return extentOf(periods, 0.01);
}
