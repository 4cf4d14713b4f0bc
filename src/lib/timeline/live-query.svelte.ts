/**
 * The query the page's view lives in, for links above the layout that owns it (the language
 * switcher). The timeline changes its view without navigating, so the page's URL as SvelteKit
 * knows it lags behind; the timeline publishes its view here instead.
 */
import { getContext, onDestroy, setContext } from 'svelte';

class LiveQuery {
	/** Reads the current query ("?from=…" or ""); null while no view is published. */
	read = $state<(() => string) | null>(null);
}

const KEY = Symbol('live-query');

/** Made by the layout whose links keep the view; returns the holder they read. */
export function provideLiveQuery(): LiveQuery {
	return setContext(KEY, new LiveQuery());
}

/** Called by the layout that owns the view, while it is mounted. */
export function publishLiveQuery(read: () => string): void {
	const live = getContext<LiveQuery | undefined>(KEY);
	if (!live) return;
	live.read = read;
	onDestroy(() => {
		if (live.read === read) live.read = null;
	});
}
