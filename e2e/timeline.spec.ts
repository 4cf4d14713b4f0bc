import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById, neighbourInDateOrder } from './data';
import { openTimeline } from './helpers';

const chart = (page: Page) => page.locator('svg.chart');
/** The part of the chart on screen: taller charts scroll inside it. */
const stage = (page: Page) => page.locator('.timeline .stage');

/** Opens a page and waits until the timeline is interactive. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.timeline[data-ready]').waitFor();
}
const mark = (page: Page, id: string) => page.locator(`svg.chart [data-event-id="${id}"]`);

async function viewParams(page: Page) {
	const url = new URL(page.url());
	return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
}

test('Ctrl + wheel zooms the timeline and the URL follows with from and to', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('button', { name: 'Whole timeline' }).click();
	await expect.poll(async () => (await viewParams(page)).from).toMatch(/^1[78]/);
	const box = (await stage(page).boundingBox())!;
	await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
	await page.keyboard.down('Control');
	for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect.poll(async () => (await viewParams(page)).from).not.toMatch(/^1[78]/);
	const { from, to } = await viewParams(page);
	const years = (Date.parse(to!) - Date.parse(from!)) / (365 * 86_400_000);
	expect(years).toBeLessThan(150);
	// Zooming about the pointer near the right edge keeps the recent end in view.
	expect(Number(to!.slice(0, 4))).toBeGreaterThanOrEqual(2000);
});

test('after a Ctrl + wheel zoom into one year, every event in view is its own link', async ({
	page
}) => {
	await open(page, '/?from=1990-01-01&to=2019-12-31');
	// Zoom about mid-2018, in the dense decade, from thirty years to about eight months (2^0.6 a
	// notch); at thirty years its busiest stretch is gathered into clusters.
	const box = (await chart(page).boundingBox())!;
	const [start, end] = [Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)];
	const x = box.x + (box.width * (Date.UTC(2018, 6, 1) - start)) / (end - start);
	await page.mouse.move(x, box.y + 150);
	await expect(page.locator('svg.chart [data-cluster]').first()).toBeVisible();
	// With Ctrl each notch zooms ten times as far as a bare wheel's would.
	await page.keyboard.down('Control');
	for (let i = 0; i < 9; i++) await page.mouse.wheel(0, -30);
	await page.keyboard.up('Control');
	await expect
		.poll(async () => {
			const { from, to } = await viewParams(page);
			return from && to ? Date.parse(to) - Date.parse(from) : Infinity;
		})
		.toBeLessThan(366 * 86_400_000);
	// Marks move while the wheel turns and are laid out anew once it stops: no cluster remains.
	await expect(page.locator('svg.chart [data-cluster]')).toHaveCount(0);
	// The address follows the view a moment after it settles; then every event in it is a mark.
	await expect
		.poll(async () => {
			const { from, to } = await viewParams(page);
			const inView = dataset.events.filter((e) => e.date > from! && e.date < to!);
			const missing = [];
			for (const event of inView) {
				if (!(await mark(page, event.id).isVisible())) missing.push(event.id);
			}
			return { inView: inView.length > 0, missing };
		})
		.toEqual({ inView: true, missing: [] });
});

test('an era button zooms to that era and shows it as current', async ({ page }) => {
	await open(page, '/');
	const era = dataset.eras.find((e) => e.id === 'good-times')!;
	const button = page.locator('.eras').getByRole('button', { name: era.title.en });
	// The opening view, the article's main period, is in no single era.
	await expect(page.locator('.eras [aria-pressed="true"]')).toHaveCount(0);
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(async () => (await viewParams(page)).from).toBe('2009-01-01');
	expect((await viewParams(page)).to).toBe('2012-12-31');
	await expect(mark(page, 'new-start-signed')).toBeVisible();
});

test('a one-year view draws every event of that year as its own link', async ({ page }) => {
	await open(page, '/?from=2018-01-01&to=2018-12-31');
	const in2018 = dataset.events.filter((e) => e.date.startsWith('2018'));
	expect(in2018.length).toBeGreaterThan(5);
	for (const event of in2018) {
		await expect(mark(page, event.id)).toHaveAttribute(
			'href',
			/\/event\/.+\/\?from=2018-01-01&to=2018-12-31/
		);
	}
	await expect(page.locator('svg.chart [data-cluster]')).toHaveCount(0);
});

test('far out, the dense decade becomes clusters that zoom in when clicked', async ({ page }) => {
	await open(page, '/?from=1800-01-01&to=2021-12-31');
	const cluster = page.locator('svg.chart [data-cluster]').last();
	await expect(cluster).toBeVisible();
	const count = Number(await cluster.getAttribute('data-cluster'));
	expect(count).toBeGreaterThan(1);
	await cluster.click();
	// The view glides there; the address follows once it has settled.
	await expect
		.poll(async () => {
			const { from, to } = await viewParams(page);
			return from && to ? Date.parse(to) - Date.parse(from) : Infinity;
		})
		.toBeLessThan(30 * 365 * 86_400_000);
});

test('clicking an event opens its panel and URL; arrows step, Escape closes, history works', async ({
	page
}) => {
	await open(page, '/?from=2018-01-01&to=2018-12-31');
	await mark(page, 'helsinki-summit').click();
	await expect(page).toHaveURL('/event/helsinki-summit/?from=2018-01-01&to=2018-12-31');
	const panel = page.getByRole('region', { name: eventById('helsinki-summit').title.en });
	await expect(panel).toBeVisible();
	await expect(panel).toBeFocused();

	// The view is unchanged by opening the event.
	await expect(mark(page, 'helsinki-summit')).toHaveAttribute('aria-current', 'page');

	await page.keyboard.press('ArrowRight');
	const next = neighbourInDateOrder('helsinki-summit', 1);
	await expect(page).toHaveURL(new RegExp(`/event/${next.id}/`));
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/event\/helsinki-summit\//);

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL('/?from=2018-01-01&to=2018-12-31');
	await expect(page.locator('#panel')).toHaveCount(0);
	await expect(mark(page, 'helsinki-summit')).toBeFocused();

	await page.goBack();
	await expect(page).toHaveURL(/\/event\/helsinki-summit\//);
	await expect(page.locator('#panel')).toBeVisible();
	await page.goForward();
	await expect(page.locator('#panel')).toHaveCount(0);
});

test('Back restores the view that was on screen', async ({ page }) => {
	await open(page, '/?from=2014-01-01&to=2014-12-31');
	await mark(page, 'crimea-annexation').click();
	await expect(page).toHaveURL(/\/event\/crimea-annexation\//);
	await page.locator('.eras').getByRole('button', { name: dataset.eras[0]!.title.en }).click();
	await expect.poll(async () => (await viewParams(page)).from).toBe('1803-01-01');
	// The era jump has an entry of its own: Back undoes it, then the opening of the event.
	await page.goBack();
	await expect(page).toHaveURL('/event/crimea-annexation/?from=2014-01-01&to=2014-12-31');
	await page.goBack();
	await expect(page).toHaveURL('/?from=2014-01-01&to=2014-12-31');
	await expect(mark(page, 'crimea-annexation')).toBeVisible();
});

test('loading an event page directly shows the event open and in view', async ({ page }) => {
	await open(page, '/event/russia-icbm-test-2019/');
	await expect(page.locator('#panel h1')).toHaveText(eventById('russia-icbm-test-2019').title.en);
	await expect(mark(page, 'russia-icbm-test-2019')).toBeVisible();
	await expect(mark(page, 'russia-icbm-test-2019')).toHaveAttribute('aria-current', 'page');
});

test('an event page is prerendered on the year around its event, and closing keeps that view', async ({
	page,
	request
}) => {
	// The page's own HTML already draws the event as the open mark, so nothing has to move once
	// the page comes to life.
	const html = await (await request.get('/event/helsinki-summit/')).text();
	expect(html).toContain('aria-current="page" data-event-id="helsinki-summit"');

	await open(page, '/event/helsinki-summit/');
	await page.getByRole('link', { name: /close/i }).first().click();
	await expect(page).toHaveURL(/^[^?]*\/\?from=2018-01-1\d&to=2019-01-1\d/);
	await expect(mark(page, 'helsinki-summit')).toBeVisible();
});

test('response arcs join retaliations when both ends are in view', async ({ page }) => {
	await open(page, '/?from=2018-03-01&to=2018-04-15');
	await expect(mark(page, 'us-expels-60-diplomats')).toBeVisible();
	await expect(mark(page, 'russia-expels-60-diplomats')).toBeVisible();
	await expect(page.locator('svg.chart .arcs path')).toHaveCount(1);
});

test('keyboard: + and − zoom, Home and End pan, arrows move between events in date order', async ({
	page
}) => {
	await open(page, '/?from=2018-01-01&to=2018-12-31');
	await mark(page, 'helsinki-summit').focus();
	await page.keyboard.press('ArrowRight');
	await expect(mark(page, neighbourInDateOrder('helsinki-summit', 1).id)).toBeFocused();

	await page.locator('.stage').focus();
	await page.keyboard.press('+');
	await expect.poll(async () => (await viewParams(page)).from).toBe('2018-04-02');
	await page.keyboard.press('Home');
	await expect.poll(async () => (await viewParams(page)).from).toMatch(/^180/);
	await page.keyboard.press('End');
	await expect.poll(async () => (await viewParams(page)).to).toMatch(/^2019|^202/);
});

test('dragging the chart pans it, and a press without a drag still opens an event', async ({
	page
}) => {
	await open(page, '/?from=2018-01-01&to=2018-12-31');
	const box = (await stage(page).boundingBox())!;
	const y = box.y + box.height - 30;
	await page.mouse.move(box.x + box.width * 0.75, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
	await page.mouse.up();
	// A quarter of the width to the left: the view moves about three months later, as wide as before.
	await expect.poll(async () => (await viewParams(page)).from).toMatch(/^2018-0[34]/);
	const { from, to } = await viewParams(page);
	const days = (Date.parse(to!) - Date.parse(from!)) / 86_400_000;
	expect(days).toBeGreaterThan(360);
	expect(days).toBeLessThan(366);
	await expect(page).not.toHaveURL(/\/event\//);
	await mark(page, 'helsinki-summit').locator('.hit').click();
	await expect(page).toHaveURL(/\/event\/helsinki-summit\//);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

	test('the timeline fits the width with no sideways scroll, and marks are tappable', async ({
		page
	}) => {
		await open(page, '/?from=2018-01-01&to=2018-12-31');
		await expect(chart(page)).toBeVisible();
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth).toBeLessThanOrEqual(375);
		const target = mark(page, 'helsinki-summit').locator('.hit');
		const box = (await target.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
		await mark(page, 'helsinki-summit').tap();
		await expect(page).toHaveURL(/\/event\/helsinki-summit\//);
		await expect(page.locator('#panel')).toBeInViewport({ ratio: 0.1 });
	});

	test('nothing on the page moves while it comes to life and lays the chart out for its width', async ({
		page
	}) => {
		// Four page loads on a processor slowed four times.
		test.slow();
		type LayoutShift = { value: number; hadRecentInput: boolean };
		// On a fast machine the live chart can be drawn before the first paint, moving nothing a
		// reader could see; a phone's slower processor paints the prerendered page first.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				// Shifts right after input are the reader's doing, and not counted (as in CLS).
				for (const shift of list.getEntries() as unknown as LayoutShift[]) {
					if (!shift.hadRecentInput) w.shifted += shift.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const path of [
			'/',
			'/ja/',
			'/event/helsinki-summit/',
			'/zh-hant/event/crimea-annexation/'
		]) {
			await openTimeline(page, path);
			await page.evaluate(() => new Promise(requestAnimationFrame));
			const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
			expect(shifted, path).toBeLessThan(0.01);
		}
	});

	test('a finger moving up the chart scrolls the page, not the view', async ({ page }) => {
		await open(page, '/?from=2018-01-01&to=2018-12-31');
		const box = (await stage(page).boundingBox())!;
		const x = box.x + box.width / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: string, y: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }]
			});
		const start = box.y + box.height - 20;
		await touch('touchStart', start);
		for (let dy = 20; dy <= 200; dy += 20) await touch('touchMove', start - dy);
		await touch('touchEnd', 0);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(50);
		expect(await viewParams(page)).toEqual({ from: '2018-01-01', to: '2018-12-31' });
	});

	test('a finger moving sideways pans the view, and the page stays put', async ({ page }) => {
		await open(page, '/?from=2018-01-01&to=2018-12-31');
		await stage(page).scrollIntoViewIfNeeded();
		const box = (await stage(page).boundingBox())!;
		const y = box.y + box.height - 30;
		const scrolled = await page.evaluate(() => scrollY);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: string, x: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }]
			});
		const start = box.x + box.width - 40;
		await touch('touchStart', start);
		for (let dx = 20; dx <= 200; dx += 20) await touch('touchMove', start - dx);
		await touch('touchEnd', 0);
		// A finger moving left drags the chart left: later dates come into view.
		await expect.poll(async () => (await viewParams(page)).from).toMatch(/^2018-(0[2-9]|1)/);
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	});

	test('two fingers spread apart zoom in about the moments they touched', async ({ page }) => {
		await open(page, '/?from=2000-01-01&to=2019-12-31');
		await stage(page).scrollIntoViewIfNeeded();
		const box = (await stage(page).boundingBox())!;
		const y = box.y + box.height - 30;
		const centre = box.x + box.width / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: string, spread: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: centre - spread, y, id: 1 },
								{ x: centre + spread, y, id: 2 }
							]
			});
		await touch('touchStart', 30);
		for (let spread = 40; spread <= 120; spread += 10) await touch('touchMove', spread);
		await touch('touchEnd', 0);
		// Fingers 60 px apart end 240 px apart: the view is a quarter as wide, about the same centre.
		await expect.poll(async () => (await viewParams(page)).from).toMatch(/^200[6-9]/);
		const { from, to } = await viewParams(page);
		const years = (Date.parse(to!) - Date.parse(from!)) / (365.25 * 86_400_000);
		expect(years).toBeGreaterThan(4);
		expect(years).toBeLessThan(6);
	});
});
