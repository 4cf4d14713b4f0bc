/** The spreadsheet round trip of the data file, for `npm run data:to-csv` and `data:from-csv`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadDatasetFile } from '../../src/lib/data/load.server';
import {
	datasetFromSheet,
	eventsToSheet,
	formatSheetProblems
} from '../../src/lib/data/spreadsheet';

/**
 * The data file's text for a dataset, formatted as the repository formats its files (tabs,
 * Prettier with the repository's settings, wherever the file is).
 */
export async function formatDataFile(data: unknown, dataFile: string): Promise<string> {
	const options = (await resolveConfig(fileURLToPath(import.meta.url))) ?? {};
	return format(JSON.stringify(data, null, '\t') + '\n', { ...options, filepath: dataFile });
}

/** Writes the events of a (valid) data file to a CSV file. */
export function writeSheet(dataFile: string, sheetFile: string): number {
	const data = loadDatasetFile(dataFile);
	writeFileSync(sheetFile, eventsToSheet(data.events));
	return data.events.length;
}

export type ReadOutcome = { ok: true; events: number } | { ok: false; report: string };

/**
 * Reads a CSV file back into the data file, keeping everything in it that is not an event. A sheet
 * with any problem is refused with all of them listed, and the data file is left as it was.
 */
export async function readSheet(sheetFile: string, dataFile: string): Promise<ReadOutcome> {
	const base = JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, unknown>;
	const result = datasetFromSheet(readFileSync(sheetFile, 'utf8'), base);
	if (!result.ok) {
		return { ok: false, report: formatSheetProblems(sheetFile, dataFile, result.problems) };
	}
	const text = await formatDataFile(result.data, dataFile);
	writeFileSync(dataFile, text);
	return { ok: true, events: (result.data.events as unknown[]).length };
}
