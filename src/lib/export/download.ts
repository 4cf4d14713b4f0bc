/**
 * Downloading events from the browser: their summaries, notes and sources come from the
 * language's details file, fetched on the first download rather than with the page, and the file
 * is saved under the dataset's name in the reader's language.
 */
import type { EventDetails, EventIndexEntry } from '$lib/data/localize';
import type { Messages } from '$lib/i18n/catalogue';
import { localizePath, type Language } from '$lib/i18n/languages';
import { eventPath, readerUrl } from '$lib/site';
import { UTF8_BOM } from './csv';
import { eventsToCsv, eventsToJson } from './events';

export type DownloadFormat = 'csv' | 'json';

/** One language's details, fetched once, whichever download asks first. */
const details = new Map<Language, Promise<Record<string, EventDetails>>>();

function detailsIn(lang: Language): Promise<Record<string, EventDetails>> {
	let loading = details.get(lang);
	if (!loading) {
		loading = fetch(localizePath('/details.json', lang)).then((response) =>
			response.ok ? response.json() : Promise.reject(new Error(`details: ${response.status}`))
		);
		// A failed fetch is tried again by the next download.
		loading.catch(() => details.delete(lang));
		details.set(lang, loading);
	}
	return loading;
}

export interface DownloadRequest {
	format: DownloadFormat;
	/** Chosen once the details are in (a search may still be narrowing them meanwhile). */
	events: () => readonly EventIndexEntry[];
	lang: Language;
	m: Messages;
	/** The stem of the file's name: the dataset's id. */
	siteId: string;
}

/** Builds the file and hands it to the browser to save. */
export async function downloadEvents({ format, events, lang, m, siteId }: DownloadRequest) {
	const more = await detailsIn(lang);
	const rows = events().map((e) => ({ ...e, ...more[e.id]! }));
	// The address the reader is on, wherever the site is served.
	const urlOf = (id: string) => readerUrl(eventPath(id, lang));
	const text =
		format === 'csv' ? UTF8_BOM + eventsToCsv(rows, m, urlOf) : eventsToJson(rows, m, urlOf);
	const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = `${siteId}-events-${lang}.${format}`;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser has taken the file once the click is handled; the address can go after that.
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
