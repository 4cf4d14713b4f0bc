/**
 * `npm run bench -- --build`: builds the site at 54 (the real dataset), 300 and 1,000 events of the
 * real dataset's shape, one build each (`--sizes 54,300` for others), prints a table and how size
 * and time grew between sizes, and writes bench/build.json. Each build takes its own temporary
 * folder; build/ is left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { growth, measureBuild, readDataset, type BuildMeasurement } from './lib/build-scaling';
import { writeJson } from './lib/write-json';

const RESULTS_FILE = 'bench/build.json';
const DEFAULT_SIZES = [54, 300, 1_000];

function table(rows: readonly BuildMeasurement[]): string {
	const columns: [string, (r: BuildMeasurement) => string | number][] = [
		['events', (r) => r.events.toLocaleString('en-US')],
		['time s', (r) => r.seconds],
		['CPU s', (r) => r.cpuSeconds],
		['peak memory MB', (r) => r.peakMB],
		['size MB', (r) => r.sizeMB],
		['pages', (r) => r.pages],
		['home KB', (r) => r.homeKB],
		['event page KB (median)', (r) => r.eventPageMedianKB],
		['largest page KB', (r) => r.largestPageKB]
	];
	const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => String(f(r))))];
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
	const line = (row: string[]) => row.map((c, i) => c.padStart(widths[i]!)).join('  ');
	return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
		.map((l) => l.trimEnd())
		.join('\n');
}

export async function benchBuild(args: readonly string[]): Promise<void> {
	const sizesArg = args[args.indexOf('--sizes') + 1];
	const sizes =
		args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : DEFAULT_SIZES;
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error(`--sizes takes event counts separated by commas, e.g. --sizes 54,300`);
	}
	const real = readDataset('data/events.json');
	const work = mkdtempSync(join(tmpdir(), 'timeline-build-bench-'));
	const rows: BuildMeasurement[] = [];
	try {
		for (const n of sizes) {
			console.log(`Building ${n} events…`);
			const row = await measureBuild(real, n, work);
			console.log(
				`  ${row.seconds} s (${row.cpuSeconds} s of CPU), peak ${row.peakMB} MB, ${row.sizeMB} MB written`
			);
			rows.push(row);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const growthRows = growth(rows);
	console.log(`\n${table(rows)}\n`);
	for (const g of growthRows) {
		console.log(
			`${g.from} → ${g.to} events (×${g.events}): size ×${g.size}, time ×${g.time}, CPU ×${g.cpu}`
		);
	}
	await writeJson(RESULTS_FILE, {
		builds: rows,
		growth: growthRows,
		settings: { cores: cpus().length, node: process.version }
	});
	console.log(`\nWrote ${RESULTS_FILE}`);
}
