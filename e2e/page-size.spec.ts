/** Pages carry what they show; the timeline's index of every event is one shared file. */
import { expect, test } from '@playwright/test';
import { dataset, eventById } from './data';
import { openTimeline } from './helpers';

const EVENT = 'new-start-signed';
/** Two events far from 2010, by most of a century and more. */
const FAR = ['russia-recognises-united-states', 'us-recognises-soviet-union'];
/** Alone at its date, so it is its own mark on the whole timeline. */
const DISTANT = 'us-recognises-soviet-union';
const titles = (id: string) => Object.values(eventById(id).title);
const mark = (page: import('@playwright/test').Page, id: string) =>
	page.locator(`svg.chart [data-event-id="${id}"]`);

test("an event page's HTML carries its own event and the chart around it, not far-away events", async ({
	request
}) => {
	for (const [path, lang] of [
		[`/event/${EVENT}/`, 'en'],
		[`/ja/event/${EVENT}/`, 'ja']
	] as const) {
		const html = await (await request.get(path)).text();
		expect(html).toContain(`data-event-id="${EVENT}"`);
		expect(html).toContain(eventById(EVENT).title[lang].replaceAll('&', '&amp;'));
		for (const id of FAR) {
			for (const title of titles(id)) expect(html, `${path}: ${id}`).not.toContain(title);
		}
	}
});

test('the chart on an event page gets every event once it has started', async ({ page }) => {
	const index = page.waitForResponse((r) => /\/index-[0-9a-f]+\.json$/.test(r.url()));
	await openTimeline(page, `/event/${EVENT}/`);
	const response = await index;
	// Named by its content, the shared index may be cached for good.
	expect(response.headers()['cache-control']).toContain('immutable');
	await expect(page.locator('.count-line')).toHaveText(`All ${dataset.events.length} events`);
	await page.getByRole('button', { name: 'Whole timeline' }).click();
	await expect(mark(page, DISTANT)).toBeVisible();
	await expect(page.locator('#panel h1')).toHaveText(eventById(EVENT).title.en);
});

test('the home page carries the list and needs no separate index', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await openTimeline(page, '/?from=1900-01-01&to=1950-01-01');
	await expect(mark(page, DISTANT)).toBeVisible();
	await expect(page.locator('#events ol a')).toHaveCount(dataset.events.length);
	expect(fetched.filter((p) => /\/index-[0-9a-f]+\.json$/.test(p))).toEqual([]);
});

test('moving from an event page to another language loads that language’s index', async ({
	page
}) => {
	await openTimeline(page, `/event/${EVENT}/`);
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(new RegExp(`/ja/event/${EVENT}/`));
	await page.getByRole('button', { name: '全期間' }).click();
	await expect(mark(page, DISTANT)).toHaveAttribute(
		'aria-label',
		new RegExp(eventById(DISTANT).title.ja)
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an event page draws its year: the event and its neighbours are marks', async ({ page }) => {
		await page.goto(`/event/${EVENT}/`);
		await expect(mark(page, EVENT)).toBeVisible();
		await expect(page.locator('#panel h1')).toHaveText(eventById(EVENT).title.en);
		await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /^\/event\/[a-z0-9-]+\//);
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /^\/event\/[a-z0-9-]+\//);
	});
});
