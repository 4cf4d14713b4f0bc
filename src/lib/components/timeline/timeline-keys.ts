/**
 * The timeline's keys, wired to the chart: the stage handles every key (see keyboard.ts), the
 * page only those that step through or close an open event.
 */
import { tick } from 'svelte';
import { midpoint } from '$lib/timeline/items';
import { keyCommand, type TimelineCommand } from '$lib/timeline/keyboard';
import { eventIdOf, type Chart } from './chart.svelte';

export interface KeyActions {
	/** Asks to open the previous (−1) or next (+1) event. */
	onstep?: (direction: -1 | 1) => void;
	/** Asks to close the open event. */
	onclose?: () => void;
	/** The chart's element, where the marks are. */
	svg: () => SVGSVGElement | undefined;
}

export function timelineKeys(chart: Chart, actions: () => KeyActions) {
	const ids = () => chart.inputs.items.map((item) => item.id);

	/** Focuses an event's mark, first bringing it into view (a year across) if it is not. */
	async function focusEvent(id: string) {
		const item = chart.byId.get(id);
		if (!item) return;
		const mark = chart.markById.get(id);
		const x = mark ? chart.toView(mark.x) : -1;
		if (x < 0 || x > chart.width) {
			chart.view.reveal(midpoint(item), false, false);
			await tick();
		}
		actions()
			.svg()
			?.querySelector<SVGAElement>(`[data-event-id="${CSS.escape(id)}"]`)
			?.focus();
	}

	function run(command: TimelineCommand | null, event: KeyboardEvent) {
		if (!command) return;
		event.preventDefault();
		if (chart.view.run(command)) return;
		const { onstep, onclose } = actions();
		if (command.type === 'focus') void focusEvent(command.id);
		else if (command.type === 'step') onstep?.(command.direction);
		else if (command.type === 'close') {
			onclose?.();
			void tick().then(() => focusEvent(command.id));
		}
	}

	return {
		/** On the stage: every key. */
		onkeydown(event: KeyboardEvent) {
			const focusedId = eventIdOf(event.target);
			const { selectedId } = chart.inputs;
			run(
				keyCommand(event.key, event, { scope: 'stage', focusedId, selectedId, ids: ids() }),
				event
			);
		},
		/** With an event open, ←/→ and Escape work from anywhere outside the timeline and form fields. */
		onwindowkeydown(event: KeyboardEvent) {
			const target = event.target as Element | null;
			if (event.defaultPrevented) return;
			if (target?.closest?.('.stage, input, textarea, select, [contenteditable]')) return;
			const { selectedId } = chart.inputs;
			run(
				keyCommand(event.key, event, { scope: 'page', focusedId: null, selectedId, ids: ids() }),
				event
			);
		}
	};
}
