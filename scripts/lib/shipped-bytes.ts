/**
 * What a first visit to a page downloads before the reader does anything, measured in Chromium:
 * every response until the timeline is ready and the network is quiet, each body gzipped.
 */
import type { Browser, Response } from '@playwright/test';
import { shippedFile, summarize, type ByteSummary, type ShippedFile } from './bytes';
import { VIEWPORT } from './measure';

export interface ShippedBytes extends ByteSummary {
	page: string;
	/** Largest first. */
	files: ShippedFile[];
}

export async function measureShippedBytes(
	browser: Browser,
	origin: string,
	pagePath = '/'
): Promise<ShippedBytes> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const responses: Response[] = [];
		page.on('response', (response) => responses.push(response));
		await page.goto(origin + pagePath, { waitUntil: 'load' });
		await page.locator('.timeline[data-ready]').waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');

		const files: ShippedFile[] = [];
		for (const response of responses) {
			// Redirects carry no body; everything else counts, decoded, then gzipped as served.
			if (response.status() >= 300 && response.status() < 400) continue;
			const body = await response.body();
			const path = new URL(response.url()).pathname;
			files.push(shippedFile(path, body, response.headers()['content-type'] ?? ''));
		}
		files.sort((a, b) => b.gzip - a.gzip);
		return { page: pagePath, ...summarize(files), files };
	} finally {
		await context.close();
	}
}
