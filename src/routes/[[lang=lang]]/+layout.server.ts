import { loadDataset } from '$lib/data/load.server';
import { localizeEras, localizeEvents } from '$lib/data/localize';
import { languageFromSegment } from '$lib/i18n/languages';

export function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const data = loadDataset();
	return { lang, eras: localizeEras(data, lang), events: localizeEvents(data, lang) };
}
