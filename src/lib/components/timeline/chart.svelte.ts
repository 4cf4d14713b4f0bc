/**
 * Everything the chart's layers draw from, computed once per change of the view or the events:
 * the scales, the layout, the ticks, the eras' positions. Layers read it through useChart().
 */
import { scaleUtc } from 'd3-scale';
import type { Messages } from '$lib/i18n/catalogue';
import { formatPattern } from '$lib/i18n/format';
import { currentEra } from '$lib/timeline/current-era';
import { chartHeight, hitReaches, LANE_BUDGET, laneY, type HitReach } from '$lib/timeline/geometry';
import type { TimelineItem } from '$lib/timeline/items';
import { layoutTimeline } from '$lib/timeline/layout';
import { chooseTicks, labelCache } from '$lib/timeline/ticks';
import { indexBy } from '$lib/timeline/index-by';
import type { TimelineView } from '$lib/timeline/timeline-view.svelte';
import { rescaleX, transformFor } from '$lib/timeline/zoom-transform';

export interface Era {
	id: string;
	start: number;
	end: number;
	title: string;
}

/** What the chart is given: the events and the words, from the container's props. */
export interface ChartInputs {
	/** Events in placement (date) order. */
	items: TimelineItem[];
	/** When filtering, all events: their relations curve is drawn faintly behind. */
	backgroundItems?: TimelineItem[];
	eras: Era[];
	selectedId: string | null;
	hrefFor: (id: string) => string;
	m: Messages;
}

export class Chart {
	#view: TimelineView;
	#inputs: () => ChartInputs;
	/** The event under the pointer or focus. */
	hovered = $state<string | null>(null);

	constructor(view: TimelineView, inputs: () => ChartInputs) {
		this.#view = view;
		this.#inputs = inputs;
	}

	get view(): TimelineView {
		return this.#view;
	}
	get inputs(): ChartInputs {
		return this.#inputs();
	}
	get m(): Messages {
		return this.#inputs().m;
	}
	get width(): number {
		return this.view.width;
	}
	readonly laneY = laneY;

	/** The whole domain across the chart: the scale the zoom transform applies to. */
	base = $derived(
		scaleUtc().domain([this.view.domain.from, this.view.domain.to]).range([0, this.width])
	);
	/** The zoom transform of the base scale that shows the current view. */
	transform = $derived(transformFor(this.view.current, this.view.domain, this.width));
	/**
	 * The current view's scale: the base scale rescaled by the transform, as d3-zoom's
	 * transform.rescaleX does (d3-zoom itself is loaded after the page, see zoom-behaviour).
	 */
	x = $derived(rescaleX(this.base, this.transform));
	/** The scale the marks were laid out with; see TimelineView.laidOut. */
	layoutX = $derived(
		scaleUtc().domain([this.view.laidOut.from, this.view.laidOut.to]).range([0, this.width])
	);
	/** Laid-out x to x in the current view: the two linear scales differ by a stretch and a shift. */
	stretch = $derived(
		(this.view.laidOut.to - this.view.laidOut.from) /
			(this.view.current.to - this.view.current.from)
	);
	shift = $derived((this.view.laidOut.from - this.view.current.from) / this.view.msPerPx);
	toView = (px: number): number => px * this.stretch + this.shift;

	byId = $derived(indexBy(this.inputs.items, (item) => item.id));
	layout = $derived(
		layoutTimeline(this.inputs.items, {
			x: this.layoutX,
			msPerPx: (this.view.laidOut.to - this.view.laidOut.from) / Math.max(this.width, 1),
			width: this.width,
			maxLanes: LANE_BUDGET,
			window: this.view.laidOut,
			selectedId: this.inputs.selectedId
		})
	);
	height = $derived(chartHeight(this.layout.laneCount));
	/** Marks in the order of the events, so Tab and the arrow keys follow the list's order. */
	marks = $derived.by(() => {
		const order = indexBy(
			this.inputs.items.map((item, i) => ({ id: item.id, i })),
			(entry) => entry.id
		);
		return [...this.layout.marks].sort((a, b) => order.get(a.id)!.i - order.get(b.id)!.i);
	});
	markById = $derived(indexBy(this.layout.marks, (mark) => mark.id));
	/** How far each mark's target reaches up and down: as tall as the lanes around it allow. */
	hitById = $derived.by(() => {
		const { marks, clusters } = this.layout;
		const reaches = hitReaches([...marks, ...clusters]);
		const byMark = marks.map((mark, i): HitReach & { id: string } => ({
			id: mark.id,
			...reaches[i]!
		}));
		return indexBy(byMark, (reach) => reach.id);
	});

	/** Tick labels by time and pattern, kept while the language stays the same. */
	#tickLabel = $derived.by(() => {
		const m = this.m;
		return labelCache((time, pattern) => formatPattern(time, pattern, m));
	});
	ticks = $derived(
		chooseTicks(this.view.current, this.width).map((t) => {
			const f = this.m.tickFormats;
			const format =
				t.unit === 'year'
					? f.year
					: t.unit === 'month'
						? t.major
							? f.monthWithYear
							: f.month
						: t.major
							? f.dayWithMonth
							: f.day;
			return { ...t, x: this.x(t.time), label: this.#tickLabel(t.time, format) };
		})
	);

	eraBands = $derived(
		this.inputs.eras.map((era, i) => {
			const x0 = this.x(era.start);
			const x1 = this.x(era.end);
			const left = Math.max(x0, 0);
			return { ...era, i, x0, x1, left, room: Math.min(x1, this.width) - left };
		})
	);
	currentEra = $derived(currentEra(this.inputs.eras, this.view.current));
	/** The laid-out span's first and last days, for what is said about the view. */
	laidOutDays = $derived([
		formatPattern(this.view.laidOut.from, this.m.dateFormats.day, this.m),
		formatPattern(this.view.laidOut.to - 1, this.m.dateFormats.day, this.m)
	] as const);
}

/** The event a mark stands for, from any element inside it. */
export const eventIdOf = (target: EventTarget | null): string | null =>
	(target as Element | null)?.closest?.('[data-event-id]')?.getAttribute('data-event-id') ?? null;
