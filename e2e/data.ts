/** The dataset as tests see it: read straight from the file the site is built from. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/lib/data/schema';

export const dataset: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));

export const eventById = (id: string) => {
	const event = dataset.events.find((e) => e.id === id);
	if (!event) throw new Error(`no event ${id}`);
	return event;
};
