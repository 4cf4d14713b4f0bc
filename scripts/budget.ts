/**
 * Byte budget for the home page's first load, from build/ without a browser: `npm run budget`
 * after `npm run build`. Fails when the gzipped total or JavaScript is over budget, naming the
 * largest files.
 */
import { fileTable, kib, summarize } from './lib/bytes';
import { firstLoadFiles } from './lib/first-load';

/** Everything the home page needs before interaction: HTML, CSS, JS and data, gzipped. */
const TOTAL_BUDGET = 100 * 1024;
/**
 * Of which JavaScript, the part that costs the most to parse and run on a phone. d3-scale's time
 * scale (with the interpolators and formats it brings) takes about 10.5 KiB of it.
 */
const JS_BUDGET = 80 * 1024;
const BUILD_DIR = 'build';
const PAGE = '/';
const LARGEST = 8;

const files = firstLoadFiles(BUILD_DIR, PAGE);
const s = summarize(files);
const over = [
	s.totalGzip > TOTAL_BUDGET && `total ${kib(s.totalGzip)} is over ${kib(TOTAL_BUDGET)}`,
	s.jsGzip > JS_BUDGET && `JavaScript ${kib(s.jsGzip)} is over ${kib(JS_BUDGET)}`
].filter(Boolean);

const figures =
	`Home page first load (${BUILD_DIR}${PAGE}, ${s.count} files, gzip): ` +
	`total ${kib(s.totalGzip)} of ${kib(TOTAL_BUDGET)}, JS ${kib(s.jsGzip)} of ${kib(JS_BUDGET)} ` +
	`(HTML ${kib(s.htmlGzip)}, CSS ${kib(s.cssGzip)}, data ${kib(s.dataGzip)})`;

if (over.length > 0) {
	console.error(`Byte budget exceeded: ${over.join('; ')}.\n${figures}`);
	console.error(`Largest files:\n${fileTable(files, LARGEST)}`);
	process.exit(1);
}
console.log(`Byte budget met. ${figures}`);
console.log(`Largest files:\n${fileTable(files, LARGEST)}`);
