import { siteFacts, siteText } from '$lib/data/identity';
import { loadDataset } from '$lib/data/load.server';
import { indexEntry, localizeEras, localizeEvents } from '$lib/data/localize';
import { loadInterface } from '$lib/i18n/catalogue';
import { languageFromSegment } from '$lib/i18n/languages';

/**
 * Every page gets what the dataset says about itself and the light index of events; an event's
 * full text comes with its own page.
 */
export async function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const data = loadDataset();
	const ui = await loadInterface(lang);
	return {
		lang,
		site: siteFacts(data.meta),
		text: siteText(data, lang, ui),
		eras: localizeEras(data, lang),
		events: localizeEvents(data, lang, ui).map(indexEntry)
	};
}
