import { loadDataset } from '$lib/data/load.server';

export const prerender = true;

/** The whole validated dataset, in the same format as data/events.json. */
export function GET() {
	return new Response(JSON.stringify(loadDataset(), null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
