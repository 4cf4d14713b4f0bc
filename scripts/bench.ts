/**
 * Our timeline against vis-timeline on the same synthetic events: `npm run bench` measures
 * N = 50, 1,000 and 10,000, three runs each; `npm run bench -- --quick` one run at N = 1,000.
 * Builds the site, serves it beside a vis-timeline page on 127.0.0.1, loads both in one Chromium,
 * interleaved, prints a table of medians and writes bench/results.json (a quick run only prints,
 * so it never replaces a full run's results). `--skip-build` reuses the current build/.
 * `npm run bench -- --build` measures the build itself instead (scripts/bench-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../bench/gen-data.mjs';
import { fileTable, kib } from './lib/bytes';
import { benchBuild } from './bench-build';
import { launchChromium } from './chromium';
import { measurePage, VIEWPORT, wheelDeltas, type RunResult, type ZoomPlan } from './lib/measure';
import { measureShippedBytes } from './lib/shipped-bytes';
import { startStaticServer } from './lib/static-server';
import { median, round } from './lib/stats';
import { writeJson } from './lib/write-json';

if (process.argv.includes('--build')) {
	await benchBuild(process.argv);
	process.exit(0);
}

const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--skip-build');
const SIZES = quick ? [1_000] : [50, 1_000, 10_000];
const RUNS = quick ? 1 : 3;
const RESULTS_FILE = 'bench/results.json';
const VIS_UMD = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

/** 20 wheel steps of ×1.5 take the whole two centuries down to about three weeks. */
const ZOOM: ZoomPlan = {
	steps: 20,
	factor: 1.5,
	// Mid-2014, inside the dense 2009–2019 stretch: the heaviest place to zoom.
	time: Date.UTC(2014, 6, 1),
	settleFrames: 3,
	// Our timeline ends a wheel gesture 150 ms after its last event, then lays out the marks.
	afterMs: 500
};

type Impl = 'ours' | 'vis-timeline';

interface Summary extends Omit<RunResult, 'count'> {
	impl: Impl;
	n: number;
	/** Runs the medians are taken over. */
	samples: number;
}

function run(command: string, args: string[]) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/**
 * The files served: a copy of build/ (so another build in this checkout cannot swap files under
 * a running benchmark), and the vis-timeline page with its library, the generator and the data.
 */
function stageFiles(root: string) {
	const site = join(root, 'site');
	const assets = join(root, 'assets');
	cpSync('build', site, { recursive: true });
	mkdirSync(assets);
	copyFileSync('bench/vis-timeline.html', join(assets, 'vis-timeline.html'));
	copyFileSync('bench/gen-data.mjs', join(assets, 'gen-data.mjs'));
	copyFileSync(VIS_UMD, join(assets, 'vis-timeline-graph2d.min.js'));
	for (const n of SIZES) {
		writeFileSync(join(assets, `events-${n}.json`), JSON.stringify(generate(n)));
	}
	return { site, assets };
}

function pageUrl(origin: string, impl: Impl, n: number): string {
	const data = `/_bench/events-${n}.json`;
	return impl === 'ours'
		? `${origin}/bench/?data=${data}`
		: `${origin}/_bench/vis-timeline.html?data=${data}`;
}

function summarize(impl: Impl, n: number, results: RunResult[]): Summary {
	const med = (key: keyof RunResult) => median(results.map((r) => r[key]));
	return {
		impl,
		n,
		renderMs: round(med('renderMs')),
		zoomP95Ms: round(med('zoomP95Ms')),
		zoomMedianMs: round(med('zoomMedianMs')),
		zoomMaxMs: round(med('zoomMaxMs')),
		afterMaxMs: round(med('afterMaxMs')),
		heapMB: round(med('heapMB'), 2),
		domElements: Math.round(med('domElements')),
		zoomEndSpanDays: round(med('zoomEndSpanDays')),
		samples: results.length
	};
}

function table(rows: Summary[]): string {
	const columns: [string, (r: Summary) => string | number][] = [
		['impl', (r) => r.impl],
		['n', (r) => r.n.toLocaleString('en-US')],
		['render ms', (r) => r.renderMs],
		['zoom median ms', (r) => r.zoomMedianMs],
		['zoom p95 ms', (r) => r.zoomP95Ms],
		['zoom max ms', (r) => r.zoomMaxMs],
		['after: max ms', (r) => r.afterMaxMs],
		['heap MB', (r) => r.heapMB],
		['DOM elements', (r) => r.domElements],
		['zoomed to (days)', (r) => r.zoomEndSpanDays]
	];
	const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => String(f(r))))];
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
	const line = (row: string[]) =>
		row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [
		line(cells[0]!),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}

if (!skipBuild) run('npm', ['run', 'build']);
const root = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
const { site, assets } = stageFiles(root);
const server = await startStaticServer([
	{ prefix: '/', dir: site },
	{ prefix: '/_bench/', dir: assets }
]);
const browser = await launchChromium();
try {
	console.log(
		`Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} run(s) per case, ` +
			`zoom ${ZOOM.steps} × ${ZOOM.factor} (wheel ${JSON.stringify(wheelDeltas(ZOOM.factor))})`
	);
	const summaries: Summary[] = [];
	for (const n of SIZES) {
		const results: Record<Impl, RunResult[]> = { ours: [], 'vis-timeline': [] };
		for (let i = 0; i < RUNS; i++) {
			// Alternate which goes first, so neither always meets a warmer machine.
			const order: Impl[] = i % 2 === 0 ? ['ours', 'vis-timeline'] : ['vis-timeline', 'ours'];
			for (const impl of order) {
				const result = await measurePage(browser, pageUrl(server.origin, impl, n), ZOOM);
				if (result.count !== n) throw new Error(`${impl} loaded ${result.count} events, not ${n}`);
				results[impl].push(result);
				console.log(
					`  ${impl.padEnd(12)} n=${String(n).padEnd(6)} run ${i + 1}: ` +
						`render ${round(result.renderMs)} ms, zoom p95 ${round(result.zoomP95Ms)} ms`
				);
			}
		}
		summaries.push(summarize('ours', n, results.ours));
		summaries.push(summarize('vis-timeline', n, results['vis-timeline']));
	}

	const shipped = await measureShippedBytes(browser, server.origin, '/');
	console.log(`\n${table(summaries)}\n`);
	console.log(
		`Home page first load in Chromium (${shipped.count} responses, gzip): total ${kib(shipped.totalGzip)}, ` +
			`JS ${kib(shipped.jsGzip)}, CSS ${kib(shipped.cssGzip)}, HTML ${kib(shipped.htmlGzip)}, ` +
			`data ${kib(shipped.dataGzip)}, other ${kib(shipped.otherGzip)}`
	);
	console.log(`Largest:\n${fileTable(shipped.files, 8)}`);

	const report = {
		runs: summaries,
		shippedBytes: shipped,
		settings: {
			chromium: browser.version(),
			viewport: VIEWPORT,
			runsPerCase: RUNS,
			zoom: { ...ZOOM, ...wheelDeltas(ZOOM.factor) }
		}
	};
	if (!quick) {
		await writeJson(RESULTS_FILE, report);
		console.log(`\nWrote ${RESULTS_FILE}`);
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(root, { recursive: true, force: true });
}
