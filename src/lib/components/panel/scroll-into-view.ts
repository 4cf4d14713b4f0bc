/**
 * Bringing an opened event on screen together with the chart it was opened from. On a wide
 * screen the panel sits below the chart, so the page scrolls until the event's title is in view
 * while keeping as much of the chart as it can; on a phone the panel is a sheet over the bottom of
 * the screen, so the page scrolls until the chart, or at least the event's mark, is above it.
 */

/** A box's top and bottom edges, px from the top of the window. */
export interface Edges {
	top: number;
	bottom: number;
}

export interface ScrollNeeds {
	/** What the reader should see from its top down, if it fits: the chart. */
	want: Edges;
	/** What has to be in view whatever else moves out: the event's title, or its mark. */
	must: Edges;
	/** The part of the window that is seen: all of it, or what the sheet leaves above itself. */
	room: Edges;
}

/**
 * How far to scroll the page down (negative: up) so that `must` is in `room`, with `want`
 * starting at the room's top when both fit. Nothing moves when `must` is already in the room and
 * `want` does not start above it, so stepping between events leaves a settled page alone.
 */
export function scrollDelta({ want, must, room }: ScrollNeeds): number {
	const inRoom = must.top >= room.top && must.bottom <= room.bottom;
	if (inRoom && want.top >= room.top) return 0;
	let delta = want.top - room.top;
	if (must.bottom - delta > room.bottom) delta = must.bottom - room.bottom;
	if (must.top - delta < room.top) delta = must.top - room.top;
	return delta;
}

/** Space kept between what is brought into view and the edge of what is seen, px. */
const MARGIN = 8;

const edges = (element: Element, pad = 0): Edges => {
	const box = element.getBoundingClientRect();
	return { top: box.top - pad, bottom: box.bottom + pad };
};

/**
 * Scrolls the page so the open event is seen with the chart: its title below the chart, or its
 * mark above the sheet. Smoothly, unless the reader prefers less motion. On a page just opened,
 * it waits for the chart to be laid out at the screen's width, which moves what is below it.
 */
export function bringEventIntoView(panel: HTMLElement, heading: HTMLElement, id: string): void {
	const timeline = document.getElementById('timeline');
	const stage = timeline?.querySelector('.stage');
	if (!timeline || !stage) return;
	if (!timeline.hasAttribute('data-ready')) {
		const observer = new MutationObserver(() => {
			if (!timeline.hasAttribute('data-ready')) return;
			observer.disconnect();
			bringEventIntoView(panel, heading, id);
		});
		observer.observe(timeline, { attributes: true, attributeFilter: ['data-ready'] });
		return;
	}
	const sheet = getComputedStyle(panel).position === 'fixed';
	let needs: ScrollNeeds;
	if (sheet) {
		const mark = stage.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
		const want = edges(stage);
		needs = {
			want,
			must: mark ? edges(mark, MARGIN) : want,
			room: { top: MARGIN, bottom: panel.getBoundingClientRect().top - MARGIN }
		};
	} else {
		needs = {
			want: edges(timeline),
			must: edges(heading, MARGIN),
			room: { top: MARGIN, bottom: window.innerHeight - MARGIN }
		};
	}
	const delta = scrollDelta(needs);
	if (Math.abs(delta) < 1) return;
	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({ top: delta, behavior: still ? 'instant' : 'smooth' });
}
