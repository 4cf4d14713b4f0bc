/** Reads and validates data/events.json at build time; a broken file stops the build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './schema';
import { formatProblems, validateDataset } from './validate';

export const DATA_FILE = 'data/events.json';

/** Parses and validates an events file, throwing a report of every problem. */
export function loadDatasetFile(file: string): Dataset {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
	} catch (error) {
		throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
	}
	const result = validateDataset(raw);
	if (!result.ok) throw new Error(formatProblems(file, result.problems));
	return result.data;
}

let cached: Dataset | undefined;

/** The project's dataset, sorted by date, validated once per build. */
export function loadDataset(): Dataset {
	cached ??= loadDatasetFile(DATA_FILE);
	return cached;
}
