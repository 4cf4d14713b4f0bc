/**
 * Byte budget for the home page's first load, from build/ without a browser: `npm run budget`
 * after `npm run build`. Fails when the gzipped total or JavaScript is over budget, naming the
 * largest files, or when an event page's HTML is over its own budget.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileTable, kib, summarize } from './lib/bytes';
import { firstLoadFiles } from './lib/first-load';

/** Everything the home page needs before interaction: HTML, CSS, JS and data, gzipped. */
const TOTAL_BUDGET = 108 * 1024;
/**
 * Of which JavaScript, the part that costs the most to parse and run on a phone. d3-scale's time
 * scale (with the interpolators and formats it brings) takes about 10.5 KiB of it; the label
 * placement, view history, phone sheet, filter choices and download controls about 7 KiB more.
 */
const JS_BUDGET = 84 * 1024;
/**
 * An event page carries its event and the events around it, not every event: its HTML stays this
 * small however many events the dataset has. (With the index of all 54 events in every page, the
 * largest was 79 KiB.)
 */
const EVENT_PAGE_BUDGET = 72 * 1024;
const BUILD_DIR = 'build';
const PAGE = '/';
const LARGEST = 8;

const files = firstLoadFiles(BUILD_DIR, PAGE);
const s = summarize(files);

/** Every event page's HTML in every language, largest first. */
function eventPages(dir: string): { path: string; bytes: number }[] {
	const found = readdirSync(dir).flatMap((name): { path: string; bytes: number }[] => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return eventPages(path);
		return name === 'index.html' && /[/\\]event[/\\]/.test(path)
			? [{ path, bytes: statSync(path).size }]
			: [];
	});
	return found.sort((a, b) => b.bytes - a.bytes);
}
const largestEventPage = eventPages(BUILD_DIR)[0];
if (!largestEventPage) throw new Error(`${BUILD_DIR} has no event pages; build the site first`);

const over = [
	s.totalGzip > TOTAL_BUDGET && `total ${kib(s.totalGzip)} is over ${kib(TOTAL_BUDGET)}`,
	s.jsGzip > JS_BUDGET && `JavaScript ${kib(s.jsGzip)} is over ${kib(JS_BUDGET)}`,
	largestEventPage.bytes > EVENT_PAGE_BUDGET &&
		`${largestEventPage.path} is ${kib(largestEventPage.bytes)}, over an event page's ${kib(EVENT_PAGE_BUDGET)}`
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
console.log(
	`Largest event page: ${largestEventPage.path}, ${kib(largestEventPage.bytes)} of ${kib(EVENT_PAGE_BUDGET)}`
);
console.log(`Largest files:\n${fileTable(files, LARGEST)}`);
