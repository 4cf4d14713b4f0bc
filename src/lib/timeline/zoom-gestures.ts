/**
 * The timeline's zoom behaviour on an element: the wheel zooms about the pointer (a sideways
 * wheel pans), a drag pans (and, with a mouse, scrolls tall charts), two fingers pinch, a double
 * click zooms in (out with Shift). Programmatic moves may be animated. The span is the only
 * state: the caller hears every change (`onzoom`) and the end of every gesture or animation
 * (`onend`).
 */
import { clampSpan, type Span } from './view-state';
import {
	easeCubicInOut,
	panBy,
	pinchSpan,
	spanAt,
	tweenSpan,
	wheelZoomFactor,
	zoomAbout
} from './zoom';

export interface ZoomGestureOptions {
	/** The span on screen when the behaviour is attached. */
	initial: Span;
	domain: () => Span;
	onzoom: (span: Span) => void;
	onend: () => void;
	/** The element that scrolls when a drag moves up or down. */
	scroller?: () => HTMLElement | null | undefined;
}

export interface ZoomGestures {
	/** Shows a span: at once, or over `ms` milliseconds. Interrupts any gesture's animation. */
	set(span: Span, ms?: number): void;
	destroy(): void;
}

/** A wheel gesture ends when no wheel event has come for this long (as in d3-zoom). */
const WHEEL_END_MS = 150;
/** A press that moves less than this is a click, not a drag. */
const CLICK_DISTANCE_PX = 3;
const DOUBLE_CLICK_MS = 250;

export function zoomGestures(node: Element, o: ZoomGestureOptions): ZoomGestures {
	let view = o.initial;
	let animation = 0;
	let wheelTimer: ReturnType<typeof setTimeout> | undefined;
	/** Pointers down on the element: where each is now, and the moment it held when pressed. */
	const pointers = new Map<number, { x: number; y: number; time: number; fraction: number }>();
	let dragged = false;
	let pressX = 0;

	const box = () => node.getBoundingClientRect();
	const fractionAt = (clientX: number) => {
		const b = box();
		return (clientX - b.left) / Math.max(b.width, 1);
	};
	const timeAt = (fraction: number) => view.from + fraction * (view.to - view.from);

	function show(span: Span) {
		view = span;
		o.onzoom(span);
	}

	function stopAnimation() {
		cancelAnimationFrame(animation);
		animation = 0;
	}

	function set(target: Span, ms = 0) {
		stopAnimation();
		const to = clampSpan(target, o.domain());
		if (ms <= 0) {
			show(to);
			o.onend();
			return;
		}
		const from = view;
		const start = performance.now();
		const step = (now: number) => {
			const t = Math.min((now - start) / ms, 1);
			show(t < 1 ? tweenSpan(from, to, easeCubicInOut(t)) : to);
			if (t < 1) animation = requestAnimationFrame(step);
			else {
				animation = 0;
				o.onend();
			}
		};
		animation = requestAnimationFrame(step);
	}

	function onwheel(event: WheelEvent) {
		event.preventDefault();
		stopAnimation();
		const b = box();
		if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
			const px = event.deltaX * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? b.width : 1);
			show(panBy(view, (px / Math.max(b.width, 1)) * (view.to - view.from), o.domain()));
		} else {
			const factor = wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey);
			show(zoomAbout(view, timeAt(fractionAt(event.clientX)), factor, o.domain()));
		}
		clearTimeout(wheelTimer);
		wheelTimer = setTimeout(o.onend, WHEEL_END_MS);
	}

	/** Each pointer holds on to the moment under it when the set of pointers last changed. */
	function anchorPointers() {
		for (const p of pointers.values()) {
			p.fraction = fractionAt(p.x);
			p.time = timeAt(p.fraction);
		}
	}

	function onpointerdown(event: PointerEvent) {
		if (event.button !== 0 || (event.pointerType === 'mouse' && event.ctrlKey)) return;
		stopAnimation();
		if (pointers.size === 0) {
			dragged = false;
			pressX = event.clientX;
			window.addEventListener('pointermove', onpointermove);
			window.addEventListener('pointerup', onpointerup);
			window.addEventListener('pointercancel', onpointerup);
		}
		pointers.set(event.pointerId, { x: event.clientX, y: event.clientY, time: 0, fraction: 0 });
		anchorPointers();
	}

	function onpointermove(event: PointerEvent) {
		const p = pointers.get(event.pointerId);
		if (!p) return;
		const dy = event.clientY - p.y;
		p.x = event.clientX;
		p.y = event.clientY;
		if (!dragged && pointers.size === 1 && Math.abs(p.x - pressX) < CLICK_DISTANCE_PX) return;
		if (!dragged) {
			dragged = true;
			// Captured only now: capturing on press would take the click away from the mark pressed.
			node.setPointerCapture?.(event.pointerId);
		}
		const [a, b] = [...pointers.values()];
		const domain = o.domain();
		if (a && b) {
			const next = pinchSpan(
				{ time: a.time, fraction: fractionAt(a.x) },
				{ time: b.time, fraction: fractionAt(b.x) },
				domain
			);
			if (next) show(next);
		} else if (a) {
			show(spanAt(a.time, fractionAt(a.x), view.to - view.from, domain));
			// A finger's vertical movement is the browser's to scroll with (touch-action: pan-y).
			const scroller = event.pointerType === 'touch' ? null : o.scroller?.();
			if (scroller) scroller.scrollTop -= dy;
		}
	}

	function onpointerup(event: PointerEvent) {
		if (!pointers.delete(event.pointerId)) return;
		if (pointers.size > 0) {
			anchorPointers();
			return;
		}
		window.removeEventListener('pointermove', onpointermove);
		window.removeEventListener('pointerup', onpointerup);
		window.removeEventListener('pointercancel', onpointerup);
		if (!dragged) return;
		// A drag that ends on a mark is not a click on it.
		const block = (e: Event) => {
			e.preventDefault();
			e.stopPropagation();
		};
		window.addEventListener('click', block, { capture: true, once: true });
		setTimeout(() => window.removeEventListener('click', block, { capture: true }), 0);
		o.onend();
	}

	function ondblclick(event: MouseEvent) {
		event.preventDefault();
		const factor = event.shiftKey ? 0.5 : 2;
		set(zoomAbout(view, timeAt(fractionAt(event.clientX)), factor, o.domain()), DOUBLE_CLICK_MS);
	}

	const noDrag = (event: Event) => event.preventDefault();

	node.addEventListener('wheel', onwheel as EventListener, { passive: false });
	node.addEventListener('pointerdown', onpointerdown as EventListener);
	node.addEventListener('dblclick', ondblclick as EventListener);
	node.addEventListener('dragstart', noDrag);
	return {
		set,
		destroy() {
			stopAnimation();
			clearTimeout(wheelTimer);
			node.removeEventListener('wheel', onwheel as EventListener);
			node.removeEventListener('pointerdown', onpointerdown as EventListener);
			node.removeEventListener('dblclick', ondblclick as EventListener);
			node.removeEventListener('dragstart', noDrag);
			window.removeEventListener('pointermove', onpointermove);
			window.removeEventListener('pointerup', onpointerup);
			window.removeEventListener('pointercancel', onpointerup);
		}
	};
}
