/**
 * The timeline's view: the visible span, the span the marks are laid out for, and the commands
 * that move it. Moves go through the zoom behaviour while one is bound (`mover`), so that its
 * stored transform and this span never diverge; without one (on the server, in tests) they
 * happen at once.
 */
import { DAY_MS } from '$lib/data/dates';
import { NO_CLUSTER_SPAN_MS } from './layout';
import { centredSpan, clampSpan, MIN_SPAN_MS, type Span } from './view-state';
import type { TimelineCommand } from './keyboard';

/**
 * Shows a span: animated (when the reader allows motion) or at once. Returns whether it animates,
 * that is whether the view is still on its way.
 */
export type Mover = (span: Span, animate: boolean) => boolean;

export interface TimelineViewOptions {
	domain: () => Span;
	initial: Span;
	/**
	 * Hears every change of the visible span; `arriving` when it is a frame of a glide to a span
	 * chosen in one step (`jumpTo`, `glideTo`) rather than a move of the reader's own.
	 */
	onchange?: (span: Span, arriving: boolean) => void;
	/**
	 * Hears a move the reader asked for in one step (an era, the whole timeline, a cluster
	 * opened) before the view starts moving, so that Back can return to the view before it.
	 * Gestures, the zoom buttons and the keys are continuous and are only heard by `onchange`.
	 */
	onjump?: (target: Span) => void;
}

/** How near a zoom limit, as a fraction of the span, counts as at it (rounding in the transform). */
const LIMIT_TOLERANCE = 1e-3;

/** The width the chart is drawn at before it is measured (and without JavaScript). */
const UNMEASURED_WIDTH = 1000;

export class TimelineView {
	/** The chart's width, px: the default until measured. */
	width = $state(UNMEASURED_WIDTH);
	/** Whether the chart has been measured at least once. */
	sized = $state(false);
	/** Whether the zoom behaviour is bound, so that gestures move the view. */
	interactive = $state(false);
	current = $state<Span>({ from: 0, to: 1 });
	/**
	 * The span the marks were laid out for. While a gesture zooms in, marks keep that layout and
	 * only move, which costs one style property per mark; the layout is redone when the gesture
	 * ends, or at once if the view leaves the laid-out span (zooming out, panning).
	 */
	laidOut = $state<Span>({ from: 0, to: 1 });
	mover: Mover | null = null;
	#domain: () => Span;
	#onchange: ((span: Span, arriving: boolean) => void) | undefined;
	#onjump: ((target: Span) => void) | undefined;
	/** The last span reported, so that it is not mistaken for a change from outside. */
	#reported: Span | null = null;
	/** Gliding to a span chosen in one step: until the glide ends or is cut short. */
	#arriving = false;

	constructor({ domain, initial, onchange, onjump }: TimelineViewOptions) {
		this.#domain = domain;
		this.#onchange = onchange;
		this.#onjump = onjump;
		this.current = this.laidOut = clampSpan(initial, domain());
	}

	get domain(): Span {
		return this.#domain();
	}

	/** Whether the view is as close as it zooms, so that zooming in does nothing. */
	get closest(): boolean {
		return this.current.to - this.current.from <= MIN_SPAN_MS * (1 + LIMIT_TOLERANCE);
	}

	/** Whether the view shows the whole domain, so that zooming out does nothing. */
	get widest(): boolean {
		const { from, to } = this.domain;
		return this.current.to - this.current.from >= (to - from) * (1 - LIMIT_TOLERANCE);
	}

	get msPerPx(): number {
		return (this.current.to - this.current.from) / Math.max(this.width, 1);
	}

	/** The zoom behaviour moved the view (a gesture, or a frame of an animation). */
	show(span: Span): void {
		this.current = span;
		this.#reported = span;
		const half = this.msPerPx / 2;
		const covered = span.from >= this.laidOut.from - half && span.to <= this.laidOut.to + half;
		if (!covered) this.laidOut = span;
		this.#onchange?.(span, this.#arriving);
	}

	/** The gesture or animation is over: lay the marks out for what is on screen. */
	settle(): void {
		this.#arriving = false;
		const { current, laidOut } = this;
		if (laidOut.from !== current.from || laidOut.to !== current.to) this.laidOut = current;
	}

	/** Moves the view; returns whether it is still on its way (animating). */
	moveTo(target: Span, animate = true): boolean {
		const span = clampSpan(target, this.domain);
		if (this.mover) return this.mover(span, animate);
		this.show(span);
		this.settle();
		return false;
	}

	/** Zooms in by `factor` (out when below 1) about the middle of the view. */
	zoomBy(factor: number): void {
		const { from, to } = this.current;
		this.moveTo(centredSpan((from + to) / 2, (to - from) / factor));
	}

	/** Moves the view by a fraction of its width: later when positive. */
	pan(fraction: number): void {
		const shift = (this.current.to - this.current.from) * fraction;
		this.moveTo({ from: this.current.from + shift, to: this.current.to + shift });
	}

	/** The start (Home) or the end (End) of the timeline, at the same zoom. */
	toStart(): void {
		const { from } = this.domain;
		this.moveTo({ from, to: from + (this.current.to - this.current.from) });
	}

	toEnd(): void {
		const { to } = this.domain;
		this.moveTo({ from: to - (this.current.to - this.current.from), to });
	}

	/**
	 * Moves to a span chosen in one step. The frames on the way are reported as `arriving`: they
	 * are not where the reader chose to be, so nothing should be kept of them.
	 */
	glideTo(target: Span, animate = true): void {
		const span = clampSpan(target, this.domain);
		// Starting the move ends any glide before it, so the mark is set after.
		if (this.moveTo(span, animate)) this.#arriving = true;
	}

	/** A move the reader asked for in one step: heard by `onjump` first, then made. */
	jumpTo(target: Span, animate = true): void {
		const span = clampSpan(target, this.domain);
		this.#onjump?.(span);
		this.glideTo(span, animate);
	}

	whole(): void {
		this.jumpTo(this.domain);
	}

	era(era: { start: number; end: number }): void {
		this.jumpTo({ from: era.start, to: era.end });
	}

	/** Opens a cluster: its events with some air either side. */
	cluster(cluster: { from: number; to: number }): void {
		const pad = Math.max((cluster.to - cluster.from) * 0.15, MIN_SPAN_MS / 2);
		this.jumpTo({ from: cluster.from - pad, to: cluster.to + pad });
	}

	/**
	 * Brings a moment into view: kept at the same zoom when its event has its own mark, or
	 * zoomed in far enough for it to have one. Nothing moves when it is already on screen.
	 */
	reveal(time: number, hasOwnMark: boolean, animate = true): boolean {
		const { from, to } = this.current;
		if (hasOwnMark && time >= from && time <= to) return false;
		const width = hasOwnMark ? to - from : Math.min(to - from, NO_CLUSTER_SPAN_MS);
		this.moveTo(centredSpan(time, width), animate);
		return true;
	}

	/**
	 * Follows a span from outside (the URL, Back and Forward), unless it is only our own report
	 * coming back, which may lag behind a gesture or an animation.
	 */
	follow(wanted: Span): void {
		const tolerance = Math.max(this.msPerPx * 2, DAY_MS);
		const near = (a: Span | null) =>
			!!a && Math.abs(wanted.from - a.from) <= tolerance && Math.abs(wanted.to - a.to) <= tolerance;
		if (!near(this.#reported) && !near(this.current)) this.moveTo(wanted, false);
	}

	/** Runs the commands that only move the view; returns whether it was one of them. */
	run(command: TimelineCommand): boolean {
		if (command.type === 'pan') this.pan(command.fraction);
		else if (command.type === 'zoom') this.zoomBy(command.factor);
		else if (command.type === 'home') this.toStart();
		else if (command.type === 'end') this.toEnd();
		else return false;
		return true;
	}
}
