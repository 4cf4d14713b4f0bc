/**
 * Writes the timeline's view into the browser's history. Continuous moves (wheel, drag, pinch,
 * the zoom keys and buttons, typing a search) rewrite the current entry a moment after they
 * settle; deliberate ones (an era, the whole timeline, a filter) get an entry of their own, so
 * that Back returns to the view before them. The route does not change, so these are shallow
 * entries; the layout reads the address again when the reader goes Back or Forward.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { queryString, type ViewState } from '$lib/timeline/view-state';

/** How long the view rests before a continuous move is written. */
const SETTLE_MS = 300;

export class ViewHistory {
	#read: () => ViewState;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** `read` gives the view as it is now. */
	constructor(read: () => ViewState) {
		this.#read = read;
	}

	/** Rewrites the current entry once the view has settled. */
	soon(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#write(this.#read(), false), SETTLE_MS);
	}

	/** Writes a continuous move that has not been written yet into its entry, now. */
	flush(): void {
		if (this.#timer !== undefined) this.#write(this.#read(), false);
	}

	/**
	 * Adds an entry for `next`, once what is on screen is written into its own. Call before the
	 * state changes, with the state it changes to.
	 */
	push(next: ViewState): void {
		this.flush();
		this.#write(next, true);
	}

	/** Forgets a pending write: the reader went Back or Forward, and that entry is theirs. */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#write(state: ViewState, push: boolean): void {
		this.cancel();
		const url = location.pathname + queryString(state);
		if (url === location.pathname + location.search) return;
		if (push) pushState(url, page.state);
		else replaceState(url, page.state);
	}
}
