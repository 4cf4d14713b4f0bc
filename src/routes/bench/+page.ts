/**
 * The benchmark page. Prerendered as an empty shell: the query that picks the data is only known
 * in the browser, so the events are built there.
 */
import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { loadMessages } from '$lib/i18n/catalogue';
import { benchEvents, toBenchTimeline } from './bench-data';

export const prerender = true;

export async function load({ url, fetch }) {
	const m = await loadMessages('en');
	if (!browser) return { m, bench: null };
	try {
		return { m, bench: toBenchTimeline(await benchEvents(url, fetch), m) };
	} catch (e) {
		error(400, (e as Error).message);
	}
}
