/**
 * The timeline's view as the reader has it: the filters and span the address holds, the span the
 * page opens on, where filters move the view, and which moves get an entry in the browser's
 * history (see view-history.ts). The layout shared by the home and event pages owns one.
 */
import { DAY_MS } from '$lib/data/dates';
import { hasFilters, type Filters } from '$lib/timeline/filter';
import { NO_CLUSTER_SPAN_MS } from '$lib/timeline/layout';
import {
	clampSpan,
	EMPTY_STATE,
	extentOf,
	parseViewState,
	queryString,
	type FilterVocabulary,
	type Span,
	type ViewState
} from '$lib/timeline/view-state';
import { ViewHistory } from './view-history';

export interface ReaderViewSource {
	/** The whole span the timeline can show. */
	domain: Span;
	/** The dataset's themes and actors, and the period it is chiefly about. */
	site: FilterVocabulary & { focus?: Span };
	/** The events the filters keep, in date order. */
	shown: readonly { start: number; end: number }[];
}

export interface ReaderViewActions {
	/** The span to open on at an event, when the address names none. */
	spanAround: () => Span | null;
	/** Moves the chart to a span, animated when the reader allows motion. */
	glide: (span: Span) => void;
	/** Settles once a search can be answered (its index is in). */
	searchReady: () => Promise<unknown>;
}

const near = (a: Span, b: Span) => Math.abs(a.from - b.from) + Math.abs(a.to - b.to) < DAY_MS;

export class ReaderView {
	/** The filters and span as the address holds them (a null span: the default view). */
	state = $state<ViewState>(EMPTY_STATE);
	/**
	 * Opened at an event, with no span in the URL, the timeline starts on the year around it
	 * (where it is its own mark), already in the prerendered page, rather than gliding there after
	 * load. Once the reader moves the view, that is the view.
	 */
	openingSpan = $state<Span | null>(null);
	/** A span the address the reader arrived by named: filters leave it be until the reader moves. */
	#fixedSpan: Span | null = null;
	/** Whether the reader is typing a search: one entry for the search, not one per key. */
	#searching = false;
	#history = new ViewHistory(() => this.state);
	#source: () => ReaderViewSource;
	#actions: ReaderViewActions;

	constructor(source: () => ReaderViewSource, actions: ReaderViewActions) {
		this.#source = source;
		this.#actions = actions;
		this.openingSpan = actions.spanAround();
	}

	filtered = $derived(hasFilters(this.state));

	/** The period the dataset is chiefly about (its meta's focus), or the whole timeline. */
	focus = $derived.by(() => {
		const { domain, site } = this.#source();
		if (!site.focus) return domain;
		const { from, to } = site.focus;
		return clampSpan(extentOf([{ start: from, end: to }], 0.02), domain);
	});

	/** What the filters show, with room for their labels: where a filter or search moves the view. */
	matchesSpan = $derived.by(() => {
		const { domain, shown } = this.#source();
		if (!this.filtered || !shown.length) return null;
		const { from, to } = extentOf(shown, 0.08, NO_CLUSTER_SPAN_MS);
		// Labels run to the right of their marks: the last ones need room for theirs.
		return clampSpan({ from, to: to + (to - from) * 0.25 }, domain);
	});

	/** The view when the address names none: the matches while filtering, else the focus. */
	defaultSpan = $derived(this.matchesSpan ?? this.focus);

	/** What the chart shows. */
	span = $derived(this.state.span ?? this.openingSpan ?? this.defaultSpan);

	/** The view's query; the opening span is part of it, so links made while it shows keep it. */
	query = $derived(queryString({ ...this.state, span: this.state.span ?? this.openingSpan }));

	/** The address is the truth, after a navigation and after Back or Forward. */
	readAddress(): void {
		this.#history.cancel();
		const { domain, site } = this.#source();
		// Read once and dropped: nothing reactive needs to watch it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(location.search);
		this.state = parseViewState(params, domain, site);
		if (!this.state.span) this.openingSpan = this.#actions.spanAround();
		this.#searching = false;
	}

	/** After a navigation: a span in the address the reader came in by stays until they move. */
	arrived(entering: boolean): void {
		this.readAddress();
		this.#fixedSpan = entering ? this.state.span : null;
	}

	/** A link is followed: the view it leaves gets its entry first. */
	leaving(): void {
		this.#history.flush();
	}

	/** The chart moved: a gesture rewrites the entry; a glide's frames leave its entry be. */
	moved(span: Span, arriving: boolean): void {
		// The default view needs no from/to in the URL.
		this.state.span = near(span, this.defaultSpan) ? null : span;
		this.openingSpan = null;
		if (this.#fixedSpan && !near(span, this.#fixedSpan)) this.#fixedSpan = null;
		if (!arriving) this.#history.soon();
	}

	/** An era, the whole timeline or a cluster: an entry of its own, for Back to return from. */
	jumped(target: Span): void {
		this.#fixedSpan = null;
		this.#searching = false;
		this.#history.push({ ...this.state, span: near(target, this.defaultSpan) ? null : target });
	}

	/** The filters changed: the view holds still, then moves to what they show. */
	filter(change: Partial<Filters>): void {
		const typing = Object.keys(change).every((key) => key === 'query');
		const continuing = typing && this.#searching;
		this.#searching = typing;
		const before = this.span;
		if (!continuing) this.#history.flush();
		this.state = { ...this.state, ...change, span: before };
		this.openingSpan = null;
		const moves = !this.#fixedSpan;
		if (continuing) this.#history.soon();
		else this.#history.push(moves ? { ...this.state, span: null } : this.state);
		if (!moves) return;
		// A search reads every language's texts: the view moves once they are there.
		const glide = () => {
			if (!this.filtered || this.matchesSpan) this.#actions.glide(this.defaultSpan);
		};
		if (this.state.query.trim()) this.#actions.searchReady().then(glide, glide);
		else glide();
	}
}
