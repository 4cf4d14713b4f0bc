import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { detailsOf, localizeEvents } from '$lib/data/localize';
import { languageFromSegment } from '$lib/i18n/languages';

export const prerender = true;

/**
 * Summaries, notes and sources of every event in one language, by id: fetched only when a reader
 * searches or downloads, so the first load carries just the index.
 */
export function GET({ params }) {
	const events = localizeEvents(loadDataset(), languageFromSegment(params.lang));
	return json(Object.fromEntries(events.map((e) => [e.id, detailsOf(e)])));
}
