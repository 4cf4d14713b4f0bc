import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { localizeEvents } from '$lib/data/localize';
import { loadInterface } from '$lib/i18n/catalogue';
import { languageFromSegment, segmentParam, siteLanguages } from '$lib/i18n/languages';

/** Every event in every language the dataset has. */
export function entries() {
	const data = loadDataset();
	return siteLanguages(data.meta.languages).flatMap((lang) =>
		data.events.map((event) => ({ lang: segmentParam(lang), id: event.id }))
	);
}

export async function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const event = localizeEvents(loadDataset(), lang, await loadInterface(lang)).find(
		(e) => e.id === params.id
	);
	if (!event) error(404, 'Not found');
	return { id: params.id, event };
}
