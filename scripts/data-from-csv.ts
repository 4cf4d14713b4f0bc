/** Reads the events back from a spreadsheet: `npm run data:from-csv -- events.csv [data file]`. */
import { DATA_FILE } from '../src/lib/data/load.server';
import { readSheet } from './lib/data-csv';

const [sheet, dataFile = DATA_FILE] = process.argv.slice(2);
if (!sheet) {
	console.error('Usage: npm run data:from-csv -- <file.csv> [data file]');
	process.exit(2);
}
try {
	const outcome = await readSheet(sheet, dataFile);
	if (!outcome.ok) {
		console.error(outcome.report);
		process.exit(1);
	}
	console.log(`${dataFile}: ${outcome.events} events read from ${sheet}, all valid.`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
