/** Checks data/events.json on its own: `npm run validate`. */
import { loadDatasetFile, DATA_FILE } from '../src/lib/data/load.server';

const file = process.argv[2] ?? DATA_FILE;
try {
	const data = loadDatasetFile(file);
	console.log(`${file}: ${data.events.length} events in ${data.eras.length} eras, all valid.`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
