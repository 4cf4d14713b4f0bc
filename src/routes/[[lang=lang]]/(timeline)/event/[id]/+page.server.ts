import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { localizeEvents } from '$lib/data/localize';
import { languageFromSegment } from '$lib/i18n/languages';

export function load({ params }) {
	const event = localizeEvents(loadDataset(), languageFromSegment(params.lang)).find(
		(e) => e.id === params.id
	);
	if (!event) error(404, 'Not found');
	return { id: params.id, event };
}
