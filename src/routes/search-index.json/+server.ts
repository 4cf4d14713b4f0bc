import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { buildSearchIndex } from '$lib/search/build-search-index.server';

export const prerender = true;

/** Every language's text of every event, folded for search: fetched on a reader's first search. */
export function GET() {
	return json(buildSearchIndex(loadDataset()));
}
