/**
 * Each language's events, localised once per build rather than once per page: with every page
 * localising every event, the build's time grows with the square of the number of events.
 */
import { createHash } from 'node:crypto';
import { loadInterface } from '$lib/i18n/catalogue';
import type { Language } from '$lib/i18n/languages';
import { loadDataset } from './load.server';
import { indexEntry, localizeEvents, type EventIndexEntry, type TimelineEvent } from './localize';

export interface LocalizedEvents {
	events: TimelineEvent[];
	/** What the timeline, the list and the filters need of every event. */
	index: EventIndexEntry[];
	/** A hash of the index: its file's name changes exactly when its content does. */
	version: string;
}

const byLanguage = new Map<Language, Promise<LocalizedEvents>>();

async function localize(lang: Language): Promise<LocalizedEvents> {
	const events = localizeEvents(loadDataset(), lang, await loadInterface(lang));
	const index = events.map(indexEntry);
	const version = createHash('sha256').update(JSON.stringify(index)).digest('hex').slice(0, 12);
	return { events, index, version };
}

export function localizedEvents(lang: Language): Promise<LocalizedEvents> {
	let found = byLanguage.get(lang);
	if (!found) {
		found = localize(lang);
		byLanguage.set(lang, found);
	}
	return found;
}
