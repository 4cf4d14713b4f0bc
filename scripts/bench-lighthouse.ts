/**
 * Lighthouse (its default configuration: a throttled mid-range phone) on the home page and one
 * event page of the built site served on 127.0.0.1: `npm run bench:lighthouse`. Prints the scores
 * and writes bench/lighthouse.json. Builds first; `--skip-build` reuses the current build/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './chromium';
import { startStaticServer } from '../bench/lib/static-server';
import { round } from '../bench/lib/stats';
import { writeJson } from '../bench/lib/write-json';

const PAGES = ['/', '/event/helsinki-summit/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RESULTS_FILE = 'bench/lighthouse.json';

interface PageScores {
	/** 0–100, as Lighthouse shows them. */
	scores: Record<(typeof CATEGORIES)[number], number>;
	metrics: { lcpMs: number; tbtMs: number; cls: number };
	/** The main thread's longest tasks, as Lighthouse estimates them on the phone it simulates. */
	longTasks: { url: string; startMs: number; durationMs: number }[];
	/** Scored audits that did not pass, by category: where the points were lost. */
	failed: Record<string, string[]>;
	warnings: string[];
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
	for (const path of PAGES) {
		const result = await lighthouse(server.origin + path, {
			port: chromium.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
		version = lhr.lighthouseVersion;
		userAgent = lhr.environment.hostUserAgent;
		benchmarkIndex = lhr.environment.benchmarkIndex;
		const score = (id: (typeof CATEGORIES)[number]) =>
			Math.round((lhr.categories[id]?.score ?? NaN) * 100);
		const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		const failed = Object.fromEntries(
			CATEGORIES.map((id) => [
				id,
				(lhr.categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
					.map((ref) => ref.id)
			])
		);
		pages[path] = {
			scores: {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo')
			},
			metrics: {
				lcpMs: Math.round(metric('largest-contentful-paint')),
				tbtMs: Math.round(metric('total-blocking-time')),
				cls: round(metric('cumulative-layout-shift'), 3)
			},
			longTasks: longTasks(lhr.audits['long-tasks']?.details),
			failed,
			warnings: lhr.runWarnings
		};
		const { scores, metrics } = pages[path];
		console.log(
			`${path.padEnd(26)} performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
				`best practices ${scores['best-practices']}, SEO ${scores.seo}; ` +
				`LCP ${metrics.lcpMs} ms, TBT ${metrics.tbtMs} ms, CLS ${metrics.cls}`
		);
		for (const [category, ids] of Object.entries(failed)) {
			if (ids.length > 0) console.log(`  ${category} lost points on: ${ids.join(', ')}`);
		}
		for (const task of pages[path].longTasks) {
			console.log(`  long task: ${task.durationMs} ms at ${task.startMs} ms, ${task.url}`);
		}
		for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
	}
	// Lighthouse's measure of this machine's speed: its throttling and so its scores depend on it.
	const report = { lighthouse: version, formFactor: 'mobile', userAgent, benchmarkIndex, pages };
	await writeJson(RESULTS_FILE, report);
	console.log(`Wrote ${RESULTS_FILE}`);
} finally {
	await chromium.close();
	await server.close();
	rmSync(site, { recursive: true, force: true });
}
