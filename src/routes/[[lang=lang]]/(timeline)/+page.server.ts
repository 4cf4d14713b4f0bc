import { loadDataset } from '$lib/data/load.server';
import { localizedEvents } from '$lib/data/localized.server';
import { languageFromSegment, segmentParam, siteLanguages } from '$lib/i18n/languages';

/** A home page in each language the dataset has. */
export function entries() {
	return siteLanguages(loadDataset().meta.languages).map((lang) => ({ lang: segmentParam(lang) }));
}

/** The list of every event, which is also the chart's data: the home page needs no other copy. */
export async function load({ params }) {
	return { events: (await localizedEvents(languageFromSegment(params.lang))).index };
}
