/**
 * The one place d3 touches the DOM: d3-zoom on the chart, for Ctrl/⌘ + wheel and trackpad
 * pinches (which arrive as ctrl + wheel), mouse drags, two-finger pinches, double clicks and
 * every programmatic move. A sideways wheel and a one-finger sideways drag pan through the same
 * behaviour; a plain vertical wheel and a one-finger vertical swipe are left to the browser,
 * which scrolls the page (touch-action: pan-y).
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { TimelineView } from '$lib/timeline/timeline-view.svelte';
import type { Span } from '$lib/timeline/view-state';
import {
	handledByZoom,
	isZoomWheel,
	scaleLimits,
	sidewaysWheelPx,
	spanOf,
	transformFor
} from '$lib/timeline/zoom-transform';

const MOVE_MS = 600;
const DOUBLE_CLICK_MS = 250;
/** A finger that moves less than this is a tap, not a drag. */
const TAP_DISTANCE_PX = 3;

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ZoomBinding {
	/** Re-applies the limits and the span on screen after the width or the domain changed. */
	rebase(): void;
	destroy(): void;
}

export function bindZoom(node: SVGSVGElement, view: TimelineView): ZoomBinding {
	const selection = select(node);
	const width = () => Math.max(view.width, 1);
	const transformOf = (span: Span) => {
		const t = transformFor(span, view.domain, width());
		return zoomIdentity.translate(t.x, 0).scale(t.k);
	};

	// Wheels and trackpads fire faster than the screen redraws: draw once per frame.
	let pending: Span | null = null;
	let frame = 0;
	const apply = () => {
		cancelAnimationFrame(frame);
		frame = 0;
		if (pending) view.show(pending);
		pending = null;
	};
	/** While a finger pans, the layout waits for it to lift, as it does for d3's gestures. */
	let finger: { id: number; x: number; moved: boolean } | null = null;

	const behaviour = zoom<SVGSVGElement, unknown>()
		.filter(handledByZoom)
		.extent(() => [
			[0, 0],
			[width(), 1]
		])
		.clickDistance(TAP_DISTANCE_PX)
		// Long animated moves zoom out, across and in again (van Wijk and Nuij's smooth zoom).
		.interpolate(interpolateZoom)
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			pending = spanOf(event.transform, view.domain, width());
			frame ||= requestAnimationFrame(apply);
		})
		.on('end', () => {
			apply();
			if (!finger?.moved) view.settle();
		});
	// A double click zooms in (out with Shift) about the pointer, with the reader's motion preference.
	behaviour.duration(reducedMotion() ? 0 : DOUBLE_CLICK_MS);
	selection.call(behaviour);

	view.mover = (span, animate) => {
		selection.interrupt();
		if (animate && !reducedMotion()) {
			selection
				.transition()
				.duration(MOVE_MS)
				.ease(easeCubicInOut)
				.call(behaviour.transform, transformOf(span));
			return true;
		}
		behaviour.transform(selection, transformOf(span));
		return false;
	};

	// The limits follow the domain and the width; on resize the span on screen is re-applied
	// as a transform, quietly, so that d3's stored state matches the new width.
	function rebase() {
		behaviour.scaleExtent(scaleLimits(view.domain)).translateExtent([
			[0, -Infinity],
			[width(), Infinity]
		]);
		selection.property('__zoom', transformOf(view.current));
	}
	rebase();

	function onwheel(event: WheelEvent) {
		// Ctrl/⌘ + wheel over the chart zooms the chart only, also at a zoom limit, where d3 lets
		// the event through and the browser would zoom the whole page instead.
		if (isZoomWheel(event)) {
			event.preventDefault();
			return;
		}
		const px = sidewaysWheelPx(event, width());
		if (!px) return;
		event.preventDefault();
		behaviour.translateBy(selection, -px / zoomTransform(node).k, 0);
	}
	function onpointerdown(event: PointerEvent) {
		if (event.pointerType !== 'touch') return;
		// A second finger makes it a pinch, which is d3-zoom's.
		finger = event.isPrimary ? { id: event.pointerId, x: event.clientX, moved: false } : null;
	}
	function onpointermove(event: PointerEvent) {
		if (!finger || event.pointerId !== finger.id) return;
		const dx = event.clientX - finger.x;
		if (!finger.moved && Math.abs(dx) < TAP_DISTANCE_PX) return;
		finger.moved = true;
		finger.x = event.clientX;
		behaviour.translateBy(selection, dx / zoomTransform(node).k, 0);
	}
	function onpointerup(event: PointerEvent) {
		if (!finger || event.pointerId !== finger.id) return;
		const moved = finger.moved;
		finger = null;
		if (moved) view.settle();
	}
	node.addEventListener('wheel', onwheel, { passive: false });
	node.addEventListener('pointerdown', onpointerdown);
	node.addEventListener('pointermove', onpointermove);
	node.addEventListener('pointerup', onpointerup);
	// The browser took the finger over to scroll: what was panned so far stays.
	node.addEventListener('pointercancel', onpointerup);

	const destroy = () => {
		cancelAnimationFrame(frame);
		view.mover = null;
		selection.interrupt().on('.zoom', null);
		node.removeEventListener('wheel', onwheel);
		node.removeEventListener('pointerdown', onpointerdown);
		node.removeEventListener('pointermove', onpointermove);
		node.removeEventListener('pointerup', onpointerup);
		node.removeEventListener('pointercancel', onpointerup);
	};
	return { rebase, destroy };
}
