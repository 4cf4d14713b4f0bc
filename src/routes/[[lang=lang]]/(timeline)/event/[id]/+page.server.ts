import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { localizeEvents } from '$lib/data/localize';
import { loadMessages } from '$lib/i18n/catalogue';
import { languageFromSegment } from '$lib/i18n/languages';

export async function load({ params }) {
	const lang = languageFromSegment(params.lang);
	const event = localizeEvents(loadDataset(), lang, await loadMessages(lang)).find(
		(e) => e.id === params.id
	);
	if (!event) error(404, 'Not found');
	return { id: params.id, event };
}
