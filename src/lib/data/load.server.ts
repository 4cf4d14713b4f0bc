/**
 * Reads and validates the data file at build time; a broken file stops the build. The file is
 * data/events.json unless TIMELINE_DATA names another: the whole site is built from it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeUtf8, JsonSyntaxError, parseJson, type ParsedJson } from './json-file';
import type { Dataset } from './schema';
import { formatProblems, problemAt, validateDataset } from './validate';

export const DEFAULT_DATA_FILE = 'data/events.json';
export const DATA_FILE = process.env.TIMELINE_DATA || DEFAULT_DATA_FILE;

/** Parses and validates an events file, throwing a report of every problem. */
export function loadDatasetFile(file: string): Dataset {
	const bytes = readFileSync(resolve(file));
	let parsed: ParsedJson;
	try {
		parsed = parseJson(decodeUtf8(bytes));
	} catch (error) {
		const reason = (error as Error).message;
		throw new Error(
			error instanceof JsonSyntaxError
				? `${file} is not valid JSON: ${reason}`
				: `${file} ${reason}`,
			{ cause: error }
		);
	}
	const problems = parsed.duplicateKeys.map((d) =>
		problemAt(
			parsed.value,
			d.path,
			`key "${d.key}" is written twice in this object (lines ${d.firstLine} and ${d.line}); JSON keeps only the last, so keep one`
		)
	);
	const result = validateDataset(parsed.value);
	if (!result.ok) problems.push(...result.problems);
	if (!result.ok || problems.length > 0) throw new Error(formatProblems(file, problems));
	return result.data;
}

let cached: Dataset | undefined;

/** The dataset the site is built from, validated once per build. */
export function loadDataset(): Dataset {
	cached ??= loadDatasetFile(DATA_FILE);
	return cached;
}
