import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { detailsOf } from '$lib/data/localize';
import { localizedEvents } from '$lib/data/localized.server';
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
	const { events } = await localizedEvents(lang);
	return json(Object.fromEntries(events.map((e) => [e.id, detailsOf(e)])));
}
