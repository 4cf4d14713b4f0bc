/**
 * The events the timeline draws and filters. A page carries the events it shows (the home page
 * all of them, an event page those around it); where that is not all, the language's shared
 * index is fetched after the page has started, and kept while the reader moves between pages.
 */
import type { EventIndexEntry } from '$lib/data/localize';

export interface EventIndexSource {
	/** The page's own events, in date order. */
	carried: readonly EventIndexEntry[];
	/** How many events the dataset has. */
	count: number;
	/** Where this language's index is; it names one language and one version of the data. */
	path: string;
}

export class EventIndex {
	#source: () => EventIndexSource;
	#loaded = $state.raw<{ path: string; events: readonly EventIndexEntry[] } | null>(null);
	#requested: string | null = null;

	constructor(source: () => EventIndexSource) {
		this.#source = source;
		$effect(() => {
			const { carried, count, path } = this.#source();
			if (carried.length === count) {
				if (this.#loaded?.path !== path) this.#loaded = { path, events: carried };
			} else if (this.#loaded?.path !== path && this.#requested !== path) {
				this.#fetch(path);
			}
		});
	}

	/** Every event once known, else the page's own. */
	get events(): readonly EventIndexEntry[] {
		const { carried, count, path } = this.#source();
		if (carried.length === count) return carried;
		return this.#loaded?.path === path ? this.#loaded.events : carried;
	}

	#fetch(path: string) {
		this.#requested = path;
		fetch(path)
			.then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
			.then((events: EventIndexEntry[]) => {
				if (this.#requested === path) this.#loaded = { path, events };
			})
			// The page's own events stay on the chart; moving to another page tries again.
			.catch(() => {
				if (this.#requested === path) this.#requested = null;
			});
	}
}
