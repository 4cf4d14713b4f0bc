/**
 * The benchmark page. Prerendered as an empty shell: the query that picks the data is only known
 * in the browser, so the events are built there.
 */
import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { loadInterface, type Messages } from '$lib/i18n/catalogue';
import { BENCH_TEXT, benchEvents, toBenchTimeline } from './bench-data';

export const prerender = true;

export async function load({ url, fetch }) {
	const m: Messages = { ...(await loadInterface('en')), ...BENCH_TEXT };
	if (!browser) return { m, bench: null };
	try {
		return { m, bench: toBenchTimeline(await benchEvents(url, fetch), m) };
	} catch (e) {
		error(400, (e as Error).message);
	}
}
