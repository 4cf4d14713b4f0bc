import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { detailsOf, localizeEvents } from '$lib/data/localize';
import { loadInterface } from '$lib/i18n/catalogue';
import { languageFromSegment, segmentParam, siteLanguages } from '$lib/i18n/languages';

export const prerender = true;

export function entries() {
	return siteLanguages(loadDataset().meta.languages).map((lang) => ({ lang: segmentParam(lang) }));
}

/**
 * Summaries, notes and sources of every event in one language, by id: fetched only when a reader
 * searches or downloads, so the first load carries just the index.
 */
export async function GET({ params }) {
	const lang = languageFromSegment(params.lang);
	const events = localizeEvents(loadDataset(), lang, await loadInterface(lang));
	return json(Object.fromEntries(events.map((e) => [e.id, detailsOf(e)])));
}
