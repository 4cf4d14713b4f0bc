import { expect, test, type Page } from '@playwright/test';
import { dataset } from './data';
import { openTimeline } from './helpers';

const heading = (page: Page) => page.locator('#panel h1');
const mark = (page: Page, id: string) => page.locator(`svg.chart [data-event-id="${id}"]`);

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1366, height: 768 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('a clicked mark opens its event on screen, with the chart', async ({ page }) => {
			await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
			await mark(page, 'helsinki-summit').click();
			await expect(heading(page)).toHaveText(/Helsinki/);
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
			await expect(mark(page, 'helsinki-summit').locator('.symbol')).toBeInViewport({
				ratio: 1
			});
		});

		test('the keyboard opens and steps through events on screen', async ({ page }) => {
			await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
			await mark(page, 'helsinki-summit').focus();
			await page.keyboard.press('Enter');
			await expect(heading(page)).toHaveText(/Helsinki/);
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
			await page.keyboard.press('ArrowRight');
			await expect(heading(page)).not.toHaveText(/Helsinki/);
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
		});

		test('a shared event link opens with the event on screen', async ({ page }) => {
			await openTimeline(page, '/event/crimea-annexation/');
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
			await expect(mark(page, 'crimea-annexation').locator('.symbol')).toBeInViewport({
				ratio: 1
			});
		});

		test('a title in the list opens on screen, and closing returns to that place in the list', async ({
			page
		}) => {
			await openTimeline(page, '/');
			const link = page.locator('#events ol a[href*="/event/helsinki-summit/"]');
			await link.scrollIntoViewIfNeeded();
			expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
			const before = (await link.boundingBox())!.y;
			await link.click();
			await expect(heading(page)).toHaveText(/Helsinki/);
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
			await page.locator('#panel a.close').click();
			await expect(page.locator('#events')).toBeVisible();
			await expect
				.poll(async () => Math.abs((await link.boundingBox())!.y - before))
				.toBeLessThanOrEqual(2);
			await expect(link).toBeFocused();
		});

		test('Escape returns to the place in the list too', async ({ page }) => {
			await openTimeline(page, '/');
			const link = page.locator('#events ol a[href*="/event/magnitsky-act/"]');
			await link.focus();
			const before = (await link.boundingBox())!.y;
			await page.keyboard.press('Enter');
			await expect(heading(page)).toBeInViewport({ ratio: 1 });
			await page.keyboard.press('Escape');
			await expect(page.locator('#events')).toBeVisible();
			await expect
				.poll(async () => Math.abs((await link.boundingBox())!.y - before))
				.toBeLessThanOrEqual(2);
			await expect(link).toBeFocused();
		});
	});
}

test.describe('one order', () => {
	// The article's year-only 2014 events answer the annexation of Crimea (March 2014). Known only
	// to the year, they are placed at mid-2014 (the rule eras use), so after March.
	const annexation = 'crimea-annexation';
	const yearOnly2014 = dataset.events.filter((e) => e.date === '2014').map((e) => e.id);

	test('the annexation comes first in the list', async ({ page }) => {
		expect(yearOnly2014).toHaveLength(4);
		await openTimeline(page, '/');
		const ids = await page
			.locator('#events ol a')
			.evaluateAll((els) =>
				els.map((a) => /\/event\/([^/]+)\//.exec(a.getAttribute('href')!)![1]!)
			);
		for (const id of yearOnly2014) expect(ids.indexOf(annexation)).toBeLessThan(ids.indexOf(id));
	});

	test('Next from the annexation reaches the year-only 2014 events; Previous leads back', async ({
		page
	}) => {
		await openTimeline(page, `/event/${annexation}/`);
		const seen: string[] = [];
		for (let i = 0; i < yearOnly2014.length; i++) {
			await page.locator('#panel a[rel="next"]').click();
			await expect(page).not.toHaveURL(new RegExp(`/event/${seen.at(-1) ?? annexation}/`));
			seen.push(/\/event\/([^/]+)\//.exec(page.url())![1]!);
		}
		expect([...seen].sort()).toEqual([...yearOnly2014].sort());
		for (const id of seen.reverse()) {
			await expect(page).toHaveURL(new RegExp(`/event/${id}/`));
			await page.locator('#panel a[rel="prev"]').click();
		}
		await expect(page).toHaveURL(new RegExp(`/event/${annexation}/`));
	});

	test('the arrow keys and the chart put the annexation first', async ({ page }) => {
		await openTimeline(page, '/?from=2014-01-01&to=2014-12-31');
		const x = async (id: string) => {
			const box = (await mark(page, id).locator('.symbol').boundingBox())!;
			return box.x + box.width / 2;
		};
		for (const id of yearOnly2014) expect(await x(annexation)).toBeLessThan(await x(id));
		await mark(page, annexation).focus();
		const seen: string[] = [];
		for (let i = 0; i < yearOnly2014.length; i++) {
			await page.keyboard.press('ArrowRight');
			const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
			expect(id).not.toBe(seen.at(-1) ?? annexation);
			seen.push(id!);
		}
		expect([...seen].sort()).toEqual([...yearOnly2014].sort());
	});
});

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 320, height: 568 }
]) {
	test.describe(`on a ${viewport.width} px phone`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true });

		for (const id of ['helsinki-summit', 'crimea-annexation', 'magnitsky-act']) {
			test(`opening ${id} brings its mark above the sheet`, async ({ page }) => {
				await openTimeline(page, `/event/${id}/`);
				const sheet = page.locator('#panel');
				await expect
					.poll(async () => {
						const top = (await sheet.boundingBox())!.y;
						const box = (await mark(page, id).locator('.symbol').boundingBox())!;
						return box.y >= 0 && box.y + box.height <= top;
					})
					.toBe(true);
			});
		}

		test('the sheet can be dragged lower, and lowered and raised by its button', async ({
			page
		}) => {
			await openTimeline(page, '/event/helsinki-summit/');
			const sheet = page.locator('#panel');
			const handle = page.locator('#panel .sheet-handle');
			const top = (await sheet.boundingBox())!.y;
			const grip = (await handle.boundingBox())!;
			await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
			await page.mouse.down();
			await page.mouse.move(grip.x + grip.width / 2, grip.y + 150, { steps: 5 });
			await page.mouse.up();
			await expect.poll(async () => (await sheet.boundingBox())!.y).toBeGreaterThan(top + 100);
			await handle.click();
			await expect.poll(async () => (await sheet.boundingBox())!.y).toBeLessThan(top + 2);
			await handle.press('Enter');
			await expect.poll(async () => (await sheet.boundingBox())!.y).toBeGreaterThan(top + 50);
			await expect(handle).toHaveAccessibleName(/Raise/);
		});

		test('the title keeps its years on one line', async ({ page }) => {
			await openTimeline(page, '/');
			const lines = await page
				.locator('.masthead .title .years')
				.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
			expect(lines).toBe(1);
			await expect(page.locator('.masthead .title')).toContainText('1803–2019');
		});

		test('marks are easy to hit: 44 px tall targets where lanes allow, never under 24', async ({
			page
		}) => {
			await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
			const heights = await page
				.locator('svg.chart .mark .hit')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
			expect(heights.length).toBeGreaterThan(5);
			expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
			expect(heights.filter((h) => h >= 44).length).toBeGreaterThan(0);
		});
	});
}

test('an event that answers the open one is listed once, as its answer', async ({ page }) => {
	await openTimeline(page, '/event/election-interference-2016/');
	const links = page.locator('#panel .related li');
	const answer = links.filter({
		has: page.locator('a[href*="/event/us-sanctions-election-interference-2018/"]')
	});
	await expect(answer).toHaveCount(1);
	await expect(answer.locator('.kind')).toHaveText('Answered by');
});
