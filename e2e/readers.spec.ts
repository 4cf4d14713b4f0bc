import { expect, test } from '@playwright/test';
import { dataset, eventById, eventsInDateOrder } from './data';
import { openTimeline } from './helpers';

test.describe('three languages', () => {
	for (const [prefix, lang, heading] of [
		['', 'en', 'Every event, by era'],
		['/ja', 'ja', '時代別・全出来事'],
		['/zh-hant', 'zh-Hant', '依時代排列的所有事件']
	] as const) {
		test(`${lang}: lang, hreflang alternates and translated text`, async ({ page }) => {
			await openTimeline(page, `${prefix}/event/helsinki-summit/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) =>
					links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])
				);
			expect(alternates).toEqual([
				['en', '/event/helsinki-summit/'],
				['ja', '/ja/event/helsinki-summit/'],
				['zh-Hant', '/zh-hant/event/helsinki-summit/'],
				['x-default', '/event/helsinki-summit/']
			]);
			await expect(page.locator('#panel h1')).toHaveText(eventById('helsinki-summit').title[lang]);
			const date = { en: 'July 16, 2018', ja: '2018年7月16日', 'zh-Hant': '2018年7月16日' }[lang];
			await expect(page.locator('#panel time').first()).toHaveText(date);
			// The list of every event is on the home page.
			await openTimeline(page, `${prefix}/`);
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		});
	}

	test('the language switcher keeps the event, the view and the filters', async ({ page }) => {
		await openTimeline(page, '/event/helsinki-summit/?from=2018-01-01&to=2018-12-31');
		await page.getByRole('button', { name: /^conflict/i }).click();
		await expect(page).toHaveURL(/stance=conflict/);
		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: '日本語' })
			.click();
		await expect(page).toHaveURL(
			'/ja/event/helsinki-summit/?from=2018-01-01&to=2018-12-31&stance=conflict'
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.locator('#panel h1')).toHaveText(eventById('helsinki-summit').title.ja);
		await expect(page.getByRole('button', { name: /^対立/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.locator('.axis text').first()).toContainText('年');
	});
});

test('the keyboard journey: skip link, into the timeline, between events, open and close', async ({
	page
}) => {
	await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the timeline' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	// From the timeline, Tab reaches the stage, then the first event of the view.
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))) break;
	}
	const first = eventsInDateOrder.filter((e) => e.date.startsWith('2018'))[0]!;
	await expect(page.locator(`[data-event-id="${first.id}"]`)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	const second = eventsInDateOrder[eventsInDateOrder.indexOf(first) + 1]!;
	const focused = page.locator(`[data-event-id="${second.id}"]`);
	await expect(focused).toBeFocused();
	// Focus is visible.
	const outline = await focused.locator('.hit').evaluate((el) => getComputedStyle(el).stroke);
	expect(outline).not.toBe('none');

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/event/${second.id}/`));
	const panel = page.getByRole('region', { name: second.title.en });
	await expect(panel).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('#panel')).toHaveCount(0);
	await expect(focused).toBeFocused();
});

test('the timeline describes itself and announces changes', async ({ page }) => {
	await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
	const description = page.locator('#timeline-description');
	await expect(description).toContainText('January 1, 2018');
	await expect(description).toContainText(`of ${dataset.events.length} events`);
	// The region is filled once the view has settled after load; zooming out rewrites it.
	const live = page.locator('.timeline [aria-live="polite"]');
	await expect(live).toContainText('January 2018');
	await expect(live).toContainText('December 2018');
	await page.locator('.stage').focus();
	await page.keyboard.press('-');
	await expect(live).toContainText('July 2017');
	await expect(live).toContainText('July 2019');
	await expect(live).not.toContainText('January 2018');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page lists every event by era with working links', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('#events ol a')).toHaveCount(dataset.events.length);
		// Controls that need JavaScript are not offered.
		await expect(page.locator('.filters')).toBeHidden();
		await page
			.locator('#events')
			.getByRole('link', { name: eventById('new-start-signed').title.en })
			.click();
		await expect(page).toHaveURL('/event/new-start-signed/');
		await expect(page.locator('#panel h1')).toHaveText(eventById('new-start-signed').title.en);
		await expect(page.locator('#panel .sources li').first()).toBeVisible();
		// The timeline is drawn at a default width, and its marks are plain links too.
		await page.goto('/');
		await expect(page.locator('svg.chart')).toBeVisible();
		const mark = page.locator('svg.chart a[data-event-id]').first();
		await expect(mark).toHaveAttribute('href', /^\/event\/[a-z0-9-]+\/$/);
	});
});

test('print hides the controls and prints source URLs after their links', async ({ page }) => {
	await openTimeline(page, '/event/national-security-strategy-2017/');
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.toolbar', '.filters', '.panel-nav', '.share', '.languages']) {
		await expect(page.locator(selector).first()).toBeHidden();
	}
	const after = await page
		.locator('#panel .sources a[href^="http"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('http');
});
