import { loadDataset } from '$lib/data/load.server';
import { segmentParam, siteLanguages } from '$lib/i18n/languages';

/** A 404 page in each language the dataset has. */
export function entries() {
	return siteLanguages(loadDataset().meta.languages).map((lang) => ({ lang: segmentParam(lang) }));
}
