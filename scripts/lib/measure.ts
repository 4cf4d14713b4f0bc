/**
 * One measured load of a benchmarked page (ours at /bench/ or vis-timeline's): render time, JS heap
 * after garbage collection, DOM size, and frame times while zooming in with the wheel. Each load
 * gets a fresh browser context, so no run inherits another's cache or heap.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { median, quantile } from './stats';

const FRAME_PROBE = fileURLToPath(new URL('./frame-probe.js', import.meta.url));
const DAY_MS = 86_400_000;

/** Desktop, one device pixel per CSS pixel: the same canvas for both implementations. */
export const VIEWPORT = { width: 1280, height: 800 };

export interface ZoomPlan {
	steps: number;
	/** Zoom-in factor of each step. */
	factor: number;
	/** The time the pointer rests on while zooming, UTC ms. */
	time: number;
	/** Frames recorded after the last step, so its drawing is counted. */
	settleFrames: number;
	/** Then, recorded apart: how long to watch for work done once the gesture is over. */
	afterMs: number;
}

export interface RunResult {
	/** Events the page loaded. */
	count: number;
	renderMs: number;
	heapMB: number;
	domElements: number;
	zoomMedianMs: number;
	zoomP95Ms: number;
	zoomMaxMs: number;
	/** The longest frame in the afterMs that follow the zoom. */
	afterMaxMs: number;
	/** The span shown after the zoom: a check that both implementations zoomed alike. */
	zoomEndSpanDays: number;
}

interface ProbeWindow {
	benchProbe: {
		zoom(o: Omit<ZoomPlan, 'factor'> & { deltaY: number; wheelDeltaY: number }): Promise<{
			frames: number[];
			after: number[];
			span: { from: number; to: number };
		}>;
	};
}

/**
 * The wheel event deltas that zoom in by `factor` in each implementation, with Ctrl held (a plain
 * wheel scrolls our page). Ours (like d3-zoom) scales by 2^(−deltaY × 0.002 × 10) for pixel
 * deltas with Ctrl; vis-timeline by 1 + (wheelDelta / 120) / zoomFriction, with zoomFriction 5
 * by default, Ctrl or not.
 */
export function wheelDeltas(factor: number): { deltaY: number; wheelDeltaY: number } {
	return { deltaY: -Math.log2(factor) / 0.02, wheelDeltaY: 120 * 5 * (factor - 1) };
}

export async function measurePage(
	browser: Browser,
	url: string,
	zoom: ZoomPlan,
	timeoutMs = 180_000
): Promise<RunResult> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	try {
		await context.addInitScript({ path: FRAME_PROBE });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
		await page
			.waitForFunction(
				() => performance.getEntriesByName('timeline-ready').length > 0 && 'benchPage' in window,
				null,
				{ timeout: timeoutMs, polling: 100 }
			)
			.catch((error: Error) => {
				throw new Error(`${url} never became ready${errors.length ? `: ${errors[0]}` : ''}`, {
					cause: error
				});
			});
		const renderMs = await page.evaluate(
			() => performance.getEntriesByName('timeline-ready')[0]!.startTime
		);

		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await cdp.send('HeapProfiler.collectGarbage');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
		const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
		const count = await page.evaluate(
			() => (window as unknown as { benchPage: { count: number } }).benchPage.count
		);

		const { frames, after, span } = await page.evaluate(
			(o) => (window as unknown as ProbeWindow).benchProbe.zoom(o),
			{
				steps: zoom.steps,
				time: zoom.time,
				settleFrames: zoom.settleFrames,
				afterMs: zoom.afterMs,
				...wheelDeltas(zoom.factor)
			}
		);
		if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
		return {
			count,
			renderMs,
			heapMB: heap / 2 ** 20,
			domElements,
			zoomMedianMs: median(frames),
			zoomP95Ms: quantile(frames, 0.95),
			zoomMaxMs: Math.max(...frames),
			afterMaxMs: Math.max(0, ...after),
			zoomEndSpanDays: (span.to - span.from) / DAY_MS
		};
	} finally {
		await context.close();
	}
}
