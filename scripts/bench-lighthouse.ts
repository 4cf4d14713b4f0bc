/**
 * Lighthouse (its default configuration: a throttled mid-range phone) on the home page and one
 * event page of the built site served on 127.0.0.1: `npm run bench:lighthouse`. Scores vary from
 * run to run (total blocking time by ±150 ms here), so each page's performance is audited five
 * times (`--runs N` to change) and the run with the median score is kept, with the range of all
 * runs; accessibility, best practices and SEO are audited once, separately. Prints the scores and writes bench/lighthouse.json. Builds first;
 * `--skip-build` reuses the current build/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './chromium';
import { startStaticServer } from './lib/static-server';
import { round } from './lib/stats';
import { writeJson } from './lib/write-json';

const PAGES = ['/', '/event/helsinki-summit/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const OTHER_CATEGORIES = CATEGORIES.filter((id) => id !== 'performance');
const RESULTS_FILE = 'bench/lighthouse.json';
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 5;

interface PageScores {
	/** 0–100, as Lighthouse shows them. */
	scores: Record<Category, number>;
	metrics: { lcpMs: number; tbtMs: number; cls: number };
	/** The main thread's longest tasks, as Lighthouse estimates them on the phone it simulates. */
	longTasks: { url: string; startMs: number; durationMs: number }[];
	/** Scored audits that did not pass, by category: where the points were lost. */
	failed: Record<string, string[]>;
	warnings: string[];
	/** Performance score and total blocking time of every run, lowest to highest. */
	range: { performance: [number, number]; tbtMs: [number, number]; runs: number };
}

/** The five longest tasks from the long-tasks audit's table. */
function longTasks(details: unknown): PageScores['longTasks'] {
	const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	return items.slice(0, 5).map((item) => ({
		url: String(item.url ?? '').replace(/^https?:\/\/[^/]+/, ''),
		startMs: Math.round(Number(item.startTime)),
		durationMs: Math.round(Number(item.duration))
	}));
}

if (!process.argv.includes('--skip-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) throw new Error('npm run build failed');
}
// Served from a copy, so another build in this checkout cannot swap files mid-audit.
const site = mkdtempSync(join(tmpdir(), 'timeline-lighthouse-'));
cpSync('build', site, { recursive: true });
const server = await startStaticServer([{ prefix: '/', dir: site }]);
const chromium = await launchDebuggableChromium();
try {
	const pages: Record<string, PageScores> = {};
	let version = '';
	let userAgent = '';
	let benchmarkIndex = NaN;
	async function audit(path: string, categories: readonly Category[]) {
		const result = await lighthouse(server.origin + path, {
			port: chromium.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
		version = lhr.lighthouseVersion;
		userAgent = lhr.environment.hostUserAgent;
		benchmarkIndex = lhr.environment.benchmarkIndex;
		return {
			lhr,
			score: (id: Category) => Math.round((lhr.categories[id]?.score ?? NaN) * 100),
			metric: (id: string) => lhr.audits[id]?.numericValue ?? NaN,
			failed: (id: Category) =>
				(lhr.categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
					.map((ref) => ref.id)
		};
	}

	for (const path of PAGES) {
		// Performance is audited on its own: the other categories' gatherers instrument the page
		// while it loads, and Lighthouse would count their work as the page's.
		const runs: Awaited<ReturnType<typeof audit>>[] = [];
		for (let i = 0; i < RUNS; i++) {
			runs.push(await audit(path, ['performance']));
			console.log(
				`${path.padEnd(26)} run ${i + 1}: performance ${runs.at(-1)!.score('performance')}`
			);
		}
		runs.sort((a, b) => a.score('performance') - b.score('performance'));
		const median = runs[Math.floor(runs.length / 2)]!;
		const performance = runs.map((r) => r.score('performance'));
		const tbt = runs.map((r) => Math.round(r.metric('total-blocking-time'))).sort((a, b) => a - b);
		const others = await audit(path, OTHER_CATEGORIES);
		const scores = {
			performance: median.score('performance'),
			...Object.fromEntries(OTHER_CATEGORIES.map((id) => [id, others.score(id)]))
		} as PageScores['scores'];
		const page: PageScores = {
			scores,
			metrics: {
				lcpMs: Math.round(median.metric('largest-contentful-paint')),
				tbtMs: Math.round(median.metric('total-blocking-time')),
				cls: round(median.metric('cumulative-layout-shift'), 3)
			},
			longTasks: longTasks(median.lhr.audits['long-tasks']?.details),
			failed: {
				performance: median.failed('performance'),
				...Object.fromEntries(OTHER_CATEGORIES.map((id) => [id, others.failed(id)]))
			},
			warnings: [...new Set([...median.lhr.runWarnings, ...others.lhr.runWarnings])],
			range: {
				performance: [performance[0]!, performance.at(-1)!],
				tbtMs: [tbt[0]!, tbt.at(-1)!],
				runs: runs.length
			}
		};
		pages[path] = page;
		const { metrics, range } = page;
		console.log(
			`${path.padEnd(26)} median: performance ${scores.performance} ` +
				`(${range.performance[0]}–${range.performance[1]} over ${range.runs} runs), ` +
				`accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, ` +
				`SEO ${scores.seo}; LCP ${metrics.lcpMs} ms, TBT ${metrics.tbtMs} ms ` +
				`(${range.tbtMs[0]}–${range.tbtMs[1]}), CLS ${metrics.cls}`
		);
		for (const [category, ids] of Object.entries(page.failed)) {
			if (ids.length > 0) console.log(`  ${category} lost points on: ${ids.join(', ')}`);
		}
		for (const task of page.longTasks) {
			console.log(`  long task: ${task.durationMs} ms at ${task.startMs} ms, ${task.url}`);
		}
		for (const warning of page.warnings) console.log(`  warning: ${warning}`);
	}
	// Lighthouse's measure of this machine's speed: its throttling and so its scores depend on it.
	const report = {
		lighthouse: version,
		formFactor: 'mobile',
		userAgent,
		benchmarkIndex,
		runsPerPage: RUNS,
		pages
	};
	await writeJson(RESULTS_FILE, report);
	console.log(`Wrote ${RESULTS_FILE}`);
} finally {
	await chromium.close();
	await server.close();
	rmSync(site, { recursive: true, force: true });
}
