/** Shared steps for the end-to-end tests. */
import type { Page } from '@playwright/test';

/** Opens a page and waits until it is interactive: hydrated, and the timeline drawn at its width. */
export async function openTimeline(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.timeline[data-ready]').waitFor();
}

/** Ids of the events drawn on the timeline as marks. */
export async function markIds(page: Page): Promise<string[]> {
	return page
		.locator('svg.chart [data-event-id]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!).sort());
}

/** Ids of the events in the list below the timeline. */
export async function listIds(page: Page): Promise<string[]> {
	return page
		.locator('#events ol a')
		.evaluateAll((els) =>
			els.map((a) => /\/event\/([^/]+)\//.exec(a.getAttribute('href')!)![1]!).sort()
		);
}
