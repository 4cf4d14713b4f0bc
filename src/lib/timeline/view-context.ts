/** Shares the reader's current view (as a URL query) from the timeline layout with its pages. */
import { getContext, setContext } from 'svelte';

export interface ViewContext {
	/** "?from=…&to=…&stance=…" or "", kept on every internal link. */
	readonly query: string;
	/** The events the filters show, in date order: what Previous and Next step through. */
	readonly shown: readonly { id: string }[] | null;
}

const KEY = Symbol('view');

export function setViewContext(context: ViewContext): void {
	setContext(KEY, context);
}

export function getViewContext(): ViewContext {
	return getContext<ViewContext | undefined>(KEY) ?? { query: '', shown: null };
}
