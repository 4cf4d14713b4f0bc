/** Writes the events as a spreadsheet: `npm run data:to-csv -- events.csv [data file]`. */
import { DATA_FILE } from '../src/lib/data/load.server';
import { writeSheet } from './lib/data-csv';

const [sheet, dataFile = DATA_FILE] = process.argv.slice(2);
if (!sheet) {
	console.error('Usage: npm run data:to-csv -- <file.csv> [data file]');
	process.exit(2);
}
try {
	const count = writeSheet(dataFile, sheet);
	console.log(`${sheet}: ${count} events from ${dataFile}, one per row.`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
