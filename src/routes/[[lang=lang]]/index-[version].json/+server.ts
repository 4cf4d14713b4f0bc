import { error, json } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { localizedEvents } from '$lib/data/localized.server';
import { languageFromSegment, segmentParam, siteLanguages } from '$lib/i18n/languages';

export const prerender = true;

export async function entries() {
	const languages = siteLanguages(loadDataset().meta.languages);
	return Promise.all(
		languages.map(async (lang) => ({
			lang: segmentParam(lang),
			version: (await localizedEvents(lang)).version
		}))
	);
}

/**
 * The index of every event in one language: what the timeline draws and filters. One shared
 * file rather than a copy in every page; its name carries a hash of its content, so hosts may
 * cache it for good (see scripts/security-headers.ts).
 */
export async function GET({ params }) {
	const { index, version } = await localizedEvents(languageFromSegment(params.lang));
	if (params.version !== version) error(404, 'Not found');
	return json(index);
}
