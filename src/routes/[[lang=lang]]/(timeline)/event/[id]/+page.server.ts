import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';

export function load({ params }) {
	if (!loadDataset().events.some((e) => e.id === params.id)) error(404, 'Not found');
	return { id: params.id };
}
