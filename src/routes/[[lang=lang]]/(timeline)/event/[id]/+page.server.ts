import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { localizedEvents } from '$lib/data/localized.server';
import { languageFromSegment, segmentParam, siteLanguages } from '$lib/i18n/languages';
import { neighbourhood } from '$lib/timeline/neighbourhood';

/** Every event in every language the dataset has. */
export function entries() {
	const data = loadDataset();
	return siteLanguages(data.meta.languages).flatMap((lang) =>
		data.events.map((event) => ({ lang: segmentParam(lang), id: event.id }))
	);
}

/** The event in full, and of the others what its chart and panel show before the index loads. */
export async function load({ params }) {
	const { events, index } = await localizedEvents(languageFromSegment(params.lang));
	const event = events.find((e) => e.id === params.id);
	if (!event) error(404, 'Not found');
	return { id: params.id, event, events: neighbourhood(index, params.id) };
}
