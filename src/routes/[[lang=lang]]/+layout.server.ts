import { siteFacts, siteText } from '$lib/data/identity';
import { loadDataset } from '$lib/data/load.server';
import { localizedEvents } from '$lib/data/localized.server';
import { localizeEras } from '$lib/data/localize';
import { loadInterface } from '$lib/i18n/catalogue';
import { languageFromSegment, localizePath } from '$lib/i18n/languages';

/**
 * Every page gets what the dataset says about itself, how many events it has and where the
 * shared index of them is; which events a page carries is its own (the home page all of them,
 * an event page those around it).
 */
export async function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const data = loadDataset();
	const ui = await loadInterface(lang);
	const { index, version } = await localizedEvents(lang);
	return {
		lang,
		site: siteFacts(data.meta),
		text: siteText(data, lang, ui),
		eras: localizeEras(data, lang),
		eventCount: index.length,
		indexPath: localizePath(`/index-${version}.json`, lang)
	};
}
