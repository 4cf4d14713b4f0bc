/**
 * The reader's search: the index, fetched on the first search rather than with the page, and what
 * a query finds in it.
 */
import type { Language } from '$lib/i18n/languages';
import { searchIndex, searchTitles, type SearchIndex, type SearchMatches } from './search-index';

export const SEARCH_INDEX_PATH = '/search-index.json';

export class EventSearch {
	#index = $state<SearchIndex | null>(null);
	#loading: Promise<void> | null = null;

	/** Fetches the index, once; a failed fetch is tried again on the next call. */
	load(fetcher: typeof fetch = fetch): Promise<void> {
		this.#loading ??= fetcher(SEARCH_INDEX_PATH)
			.then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
			.then((index: SearchIndex) => {
				this.#index = index;
			})
			.catch(() => {
				this.#loading = null;
			});
		return this.#loading;
	}

	/**
	 * What a query finds; null without a query. Until the index has arrived, the titles in the
	 * page's language are all there is to search.
	 */
	find(
		query: string,
		lang: Language,
		titles: readonly { id: string; title: string }[]
	): SearchMatches | null {
		if (!query.trim()) return null;
		if (this.#index) return searchIndex(this.#index, query, lang);
		return searchTitles(titles, query, lang);
	}
}
