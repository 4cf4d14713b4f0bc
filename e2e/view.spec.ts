/**
 * The view a reader gets and moves: the first screen, results brought into view, history that
 * undoes, and a page that scrolls over the chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataset } from './data';
import { listIds, openTimeline } from './helpers';

const stage = (page: Page) => page.locator('.timeline .stage');
const eraButton = (page: Page, id: string) =>
	page.locator('.eras').getByRole('button', {
		name: dataset.eras.find((e) => e.id === id)!.title.en,
		exact: true
	});

async function viewParams(page: Page) {
	const url = new URL(page.url());
	return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
}

/** The axis's tick labels, left to right. */
const ticks = (page: Page) =>
	page.locator('svg.axis text').evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));

const years = (from: string, to: string) =>
	(Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

/**
 * The events named on screen: mark labels a reader can read — the whole title, or a start of it of
 * at least three words (six characters in Chinese or Japanese, written without spaces) — wholly
 * inside the chart's box and the window.
 */
function namedOnScreen(page: Page): Promise<string[]> {
	return page.locator('svg.chart [data-event-id]').evaluateAll((marks) => {
		const chart = document.querySelector('.timeline .stage')!.getBoundingClientRect();
		const named: string[] = [];
		for (const mark of marks) {
			const text = mark.querySelector('text');
			const shown = (text?.textContent ?? '').replace(/…$/, '').trim();
			const words = shown.split(/\s+/).length;
			const wide = [...shown].filter((ch) => /[\u2e80-\u9fff\uff00-\uff60]/u.test(ch)).length;
			if (!text || (words < 3 && wide < 6)) continue;
			const box = text.getBoundingClientRect();
			const inside =
				box.width > 0 &&
				box.left >= chart.left &&
				box.right <= chart.right &&
				box.top >= chart.top &&
				box.bottom <= Math.min(chart.bottom, innerHeight);
			if (inside) named.push(mark.getAttribute('data-event-id')!);
		}
		return named;
	});
}

/** Waits until the view has rested: two frames with the address unchanged. */
async function settled(page: Page) {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

test.describe('the first screen', () => {
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 1366, height: 768 }
	]) {
		for (const [prefix, whole] of [
			['', 'Whole timeline'],
			['/ja', '全期間'],
			['/zh-hant', '完整年表']
		]) {
			test(`at ${viewport.width}×${viewport.height} it says what the site is, then names at least 20 events of the main period, none in a cluster (${prefix || '/'})`, async ({
				page
			}) => {
				await page.setViewportSize(viewport);
				await openTimeline(page, `${prefix}/`);
				const intro = (await page.locator('.intro').boundingBox())!;
				const chart = (await stage(page).boundingBox())!;
				expect(intro.y + intro.height).toBeLessThanOrEqual(chart.y);
				expect(chart.y + chart.height).toBeLessThanOrEqual(viewport.height);
				// No cluster hides an event of the main period.
				await expect(page.locator('svg.chart [data-cluster]')).toHaveCount(0);
				// The article's main period is what is named, not the 1800s.
				const named = await namedOnScreen(page);
				const recent = named.filter(
					(id) => dataset.events.find((e) => e.id === id)!.date >= '2009'
				);
				expect(recent.length).toBeGreaterThanOrEqual(20);
				// The whole timeline is one click away.
				await page.getByRole('button', { name: whole, exact: true }).click();
				await expect.poll(async () => (await viewParams(page)).from).toMatch(/^1[78]/);
			});
		}
	}

	test('on a phone no cluster is cut by the screen edge', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await openTimeline(page, '/');
		const intro = (await page.locator('.intro').boundingBox())!;
		const chart = (await stage(page).boundingBox())!;
		expect(intro.y + intro.height).toBeLessThanOrEqual(chart.y);
		for (const cluster of await page.locator('svg.chart [data-cluster]').all()) {
			const box = (await cluster.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(chart.x);
			expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
		}
		expect((await namedOnScreen(page)).length).toBeGreaterThan(0);
	});

	test('a shared link with from and to opens exactly on its view', async ({ page }) => {
		await openTimeline(page, '/?from=1850-01-01&to=1900-12-31');
		await settled(page);
		expect(await viewParams(page)).toEqual({ from: '1850-01-01', to: '1900-12-31' });
		const labels = await ticks(page);
		expect(labels).toContain('1860');
		expect(labels).not.toContain('2010');
	});
});

test.describe('results come into view', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('a search brings its handful of matches into view, each with its label', async ({
		page
	}) => {
		await openTimeline(page, '/?from=1850-01-01&to=2021-12-31');
		// The address fixed this view; a search made from a plain link moves it.
		await openTimeline(page, '/');
		await page.getByRole('searchbox').fill('Helsinki');
		// Titles are searched at once, summaries and sources once they have loaded: the view
		// follows the list until both agree.
		await expect
			.poll(async () => {
				const shown = await listIds(page);
				const named = (await namedOnScreen(page)).sort();
				return {
					handful: shown.length > 1 && shown.length < 6,
					named: named.join() === shown.join()
				};
			})
			.toEqual({ handful: true, named: true });
		await expect(page.locator('svg.chart [data-cluster]')).toHaveCount(0);
	});

	test('a theme moves the view to the extent of its events, at once with reduced motion', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page, '/');
		await page.getByRole('button', { name: 'Whole timeline' }).click();
		await expect.poll(async () => (await viewParams(page)).from).toMatch(/^1[78]/);
		await page.getByLabel('Theme').selectOption('sanctions');
		await settled(page);
		const sanctions = dataset.events.filter((e) => e.themes.includes('sanctions'));
		for (const event of sanctions) {
			const box = await page
				.locator(`svg.chart [data-event-id="${event.id}"], svg.chart [data-cluster]`)
				.first()
				.boundingBox();
			expect(box, event.id).not.toBeNull();
		}
		// The view spans the matches (2012–2018), not two centuries.
		const labels = (await ticks(page)).join(' ');
		expect(labels).toMatch(/2013/);
		expect(labels).not.toMatch(/19\d\d/);
		expect(await page.locator('svg.chart [data-cluster]').count()).toBeLessThanOrEqual(1);
	});

	test('a filter leaves a view the address fixed where it is', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openTimeline(page, '/?from=1850-01-01&to=1900-12-31');
		await page.getByLabel('Theme').selectOption('sanctions');
		await expect(page).toHaveURL(/theme=sanctions/);
		await settled(page);
		expect(await viewParams(page)).toEqual({ from: '1850-01-01', to: '1900-12-31' });
		expect(await ticks(page)).toContain('1860');
	});
});

test.describe('history that undoes', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('two era jumps, then Back twice, return through both views without leaving the site', async ({
		page
	}) => {
		await openTimeline(page, '/');
		const start = page.url();
		await eraButton(page, 'soviet-era').click();
		await expect.poll(async () => (await viewParams(page)).from).toBe('1933-11-06');
		await eraButton(page, 'good-times').click();
		// The glide there is over: the era is current and the address holds where it ended.
		await expect(eraButton(page, 'good-times')).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(async () => (await viewParams(page)).from).toBe('2009-01-01');

		await page.goBack();
		// Back returns to the Soviet era, exactly as it was.
		await expect(eraButton(page, 'soviet-era')).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => viewParams(page)).toEqual({ from: '1933-11-06', to: '1991-12-24' });
		expect(await ticks(page)).toContain('1940');
		await page.goBack();
		await expect(page).toHaveURL(start);
		await expect(eraButton(page, 'soviet-era')).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('svg.chart')).toBeVisible();

		await page.goForward();
		await expect.poll(async () => (await viewParams(page)).from).toBe('1933-11-06');
	});

	test('a wheel zoom rewrites its entry: Back goes to the view before the era jump', async ({
		page
	}) => {
		await openTimeline(page, '/');
		await eraButton(page, 'soviet-era').click();
		await expect.poll(async () => (await viewParams(page)).from).toBe('1933-11-06');
		const box = (await stage(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.keyboard.down('Control');
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(async () => (await viewParams(page)).from).not.toBe('1933-11-06');
		await page.goBack();
		await expect(page).toHaveURL('/');
	});

	test('a filter adds an entry, and Back takes it off again', async ({ page }) => {
		await openTimeline(page, '/?from=2014-01-01&to=2014-12-31');
		await page.getByLabel('Theme').selectOption('sanctions');
		await expect(page).toHaveURL(/theme=sanctions/);
		await page.goBack();
		await expect(page).toHaveURL('/?from=2014-01-01&to=2014-12-31');
		await expect(page.getByLabel('Theme')).toHaveValue('');
	});

	test('the language links carry the view and filters as they are now', async ({ page }) => {
		await openTimeline(page, '/');
		const japanese = page.getByRole('navigation', { name: 'Language' }).getByRole('link', {
			name: '日本語'
		});
		await eraButton(page, 'soviet-era').click();
		await expect(japanese).toHaveAttribute('href', '/ja/?from=1933-11-06&to=1991-12-24');
		await page.getByLabel('Theme').selectOption('sanctions');
		await expect(japanese).toHaveAttribute('href', /^\/ja\/\?.*theme=sanctions/);
		await japanese.click();
		await expect(page).toHaveURL(/^[^?]*\/ja\/\?.*theme=sanctions/);
	});
});

test.describe('a page that scrolls', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	// An embed is a short page in a frame shorter still.
	for (const [path, height] of [
		['/', 800],
		['/?embed=1', 450]
	] as const) {
		test(`${path}: a plain wheel over the chart scrolls the page and says how to zoom; Ctrl + wheel zooms`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height });
			await openTimeline(page, path);
			const hint = page.getByText('Hold Ctrl and scroll to zoom the timeline');
			await expect(hint).toBeHidden();
			// Over the relations band, where no tooltip opens.
			const box = (await stage(page).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + 20);
			await page.mouse.wheel(0, 200);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
			await expect(hint).toBeVisible();
			expect(await viewParams(page)).toEqual({ from: null, to: null });

			await stage(page).scrollIntoViewIfNeeded();
			const again = (await stage(page).boundingBox())!;
			await page.mouse.move(again.x + again.width / 2, again.y + 20);
			const scrolled = await page.evaluate(() => scrollY);
			await page.keyboard.down('Control');
			for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
			await page.keyboard.up('Control');
			await expect.poll(async () => (await viewParams(page)).from).not.toBeNull();
			const { from, to } = await viewParams(page);
			expect(years(from!, to!)).toBeLessThan(8);
			expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		});
	}

	test('a sideways wheel pans the view at the same zoom', async ({ page }) => {
		await openTimeline(page, '/?from=2010-01-01&to=2011-12-31');
		const box = (await stage(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(300, 0);
		await expect.poll(async () => (await viewParams(page)).from).not.toBe('2010-01-01');
		const { from, to } = await viewParams(page);
		expect(from! > '2010-01-01').toBe(true);
		expect(years(from!, to!)).toBeCloseTo(2, 1);
	});

	test('+ and − are disabled at the zoom limits', async ({ page }) => {
		await openTimeline(page, '/');
		const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
		const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
		await expect(zoomIn).toBeEnabled();
		await expect(zoomOut).toBeEnabled();
		await page.getByRole('button', { name: 'Whole timeline' }).click();
		await expect(zoomOut).toBeDisabled();
		await expect(zoomIn).toBeEnabled();

		// Four weeks, and the closest view is two.
		await openTimeline(page, '/?from=2018-07-01&to=2018-07-28');
		await zoomIn.click();
		await expect(zoomIn).toBeDisabled();
		await expect.poll(async () => (await viewParams(page)).from).toBe('2018-07-08');
		// Pressed at its limit, the button keeps the focus and nothing moves.
		await zoomIn.press('Enter');
		await expect(zoomIn).toBeFocused();
		expect(await viewParams(page)).toEqual({ from: '2018-07-08', to: '2018-07-21' });
		await expect(zoomOut).toBeEnabled();
	});

	test('Ctrl + wheel at a zoom limit leaves the page as it is', async ({ page }) => {
		// Two weeks is as close as the chart zooms: the wheel has nothing to do there.
		await openTimeline(page, '/?from=2018-07-08&to=2018-07-21');
		await page.evaluate(() => {
			const seen: boolean[] = [];
			Object.assign(window, { wheelsLetThrough: seen });
			window.addEventListener('wheel', (event) => seen.push(!event.defaultPrevented));
		});
		const box = (await stage(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 20);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		// The browser would zoom the whole page with a wheel the chart let through.
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { wheelsLetThrough: boolean[] }).wheelsLetThrough)
			)
			.toEqual([false]);
		expect(await viewParams(page)).toEqual({ from: '2018-07-08', to: '2018-07-21' });
	});
});
