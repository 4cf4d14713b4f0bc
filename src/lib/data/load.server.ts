/**
 * Reads and validates the data file at build time; a broken file stops the build. The file is
 * data/events.json unless TIMELINE_DATA names another: the whole site is built from it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './schema';
import { formatProblems, validateDataset } from './validate';

export const DEFAULT_DATA_FILE = 'data/events.json';
export const DATA_FILE = process.env.TIMELINE_DATA || DEFAULT_DATA_FILE;

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

/** The dataset the site is built from, validated once per build. */
export function loadDataset(): Dataset {
	cached ??= loadDatasetFile(DATA_FILE);
	return cached;
}
