import { loadDataset } from '$lib/data/load.server';
import { indexEntry, localizeEras, localizeEvents } from '$lib/data/localize';
import { loadMessages } from '$lib/i18n/catalogue';
import { languageFromSegment } from '$lib/i18n/languages';

/** Every page gets the light index of events; an event's full text comes with its own page. */
export async function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const data = loadDataset();
	return {
		lang,
		eras: localizeEras(data, lang),
		events: localizeEvents(data, lang, await loadMessages(lang)).map(indexEntry)
	};
}
