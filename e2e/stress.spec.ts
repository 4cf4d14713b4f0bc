import { expect, test } from '@playwright/test';
import { dataset } from './data';
import { openTimeline } from './helpers';

test('without a usable clipboard, Copy link shows the link to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		document.execCommand = () => false;
	});
	await openTimeline(page, '/event/helsinki-summit/');
	await page.getByRole('button', { name: 'Copy link' }).click();
	const field = page.getByLabel('Copy this link:');
	await expect(field).toBeVisible();
	await expect(field).toHaveValue(/^https?:\/\/[^/]+\/event\/helsinki-summit\/(\?.*)?$/);
});

test('with browser storage blocked, the site works as usual', async ({ page }) => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			});
		}
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
	await page.locator('svg.chart [data-event-id="helsinki-summit"]').click();
	await expect(page.locator('#panel')).toBeVisible();
	expect(errors).toEqual([]);
});

test('when the scripts fail to load, every event is still readable', async ({ page }) => {
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	await expect(page.locator('#events ol a')).toHaveCount(dataset.events.length);
	await page.goto('/event/helsinki-summit/');
	await expect(page.locator('#panel h1')).toBeVisible();
	await expect(page.locator('#panel .summary')).not.toBeEmpty();
});

test('when the scripts are slow, the page is readable before they arrive and works after', async ({
	page
}) => {
	await page.route('**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await expect(page.locator('#events ol a').first()).toBeVisible();
	await page.locator('.timeline[data-ready]').waitFor({ timeout: 20_000 });
});

for (const width of [1, 320, 4000]) {
	test(`a ${width} px wide window renders without errors or sideways scroll`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/event/helsinki-summit/');
		// At 1 px nothing has width, so wait for the timeline to be ready rather than visible.
		await page.locator('.timeline[data-ready]').waitFor({ state: 'attached' });
		await expect(page.locator('#panel h1')).toBeAttached();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		if (width >= 320) expect(overflow).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
	});
}

test('unknown paths answer 404 in the reader’s language, with a way home and a search', async ({
	page
}) => {
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	// Hosts that serve one 404 page for every path still offer the other languages.
	await expect(page.getByRole('link', { name: '年表へ戻る' })).toHaveAttribute('href', '/ja/');
	await page.getByRole('searchbox').fill('Helsinki');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL('/?q=Helsinki');
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('#events ol a[href^="/event/helsinki-summit/"]')).toHaveCount(1);
});
