/**
 * The timeline's keys, as a pure function from a key press to what it asks for. The stage (the
 * chart, when it or a mark has focus) knows every key; the rest of the page knows only the keys
 * that step through or close an open event.
 */

export type TimelineCommand =
	| { type: 'focus'; id: string }
	| { type: 'step'; direction: -1 | 1 }
	| { type: 'close'; id: string }
	| { type: 'pan'; fraction: number }
	| { type: 'zoom'; factor: number }
	| { type: 'home' }
	| { type: 'end' };

export interface KeyModifiers {
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

export interface KeyContext {
	/** Where the key was pressed: the chart, or anywhere else on the page. */
	scope: 'stage' | 'page';
	/** The event whose mark has focus. */
	focusedId: string | null;
	/** The open event. */
	selectedId: string | null;
	/** The events the chart shows, in date order. */
	ids: readonly string[];
}

/** How far ←/→ move the view when no event has focus or is open: a quarter of its width. */
const PAN_FRACTION = 0.25;

export function keyCommand(
	key: string,
	modifiers: KeyModifiers,
	{ scope, focusedId, selectedId, ids }: KeyContext
): TimelineCommand | null {
	if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey) return null;
	const direction = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
	if (scope === 'page') {
		if (!selectedId) return null;
		if (direction) return { type: 'step', direction };
		return key === 'Escape' ? { type: 'close', id: selectedId } : null;
	}
	if (direction && focusedId) {
		const next = ids[ids.indexOf(focusedId) + direction];
		return next !== undefined && ids.includes(focusedId) ? { type: 'focus', id: next } : null;
	}
	if (direction && selectedId) return { type: 'step', direction };
	if (direction) return { type: 'pan', fraction: direction * PAN_FRACTION };
	switch (key) {
		case '+':
		case '=':
			return { type: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 0.5 };
		case 'Home':
			return { type: 'home' };
		case 'End':
			return { type: 'end' };
		case 'Escape':
			return selectedId ? { type: 'close', id: selectedId } : null;
	}
	return null;
}
