import { expect, test, type Page } from '@playwright/test';
import { eventById } from './data';
import { openTimeline } from './helpers';

const LANGUAGES = [
	['', 'en'],
	['/ja', 'ja'],
	['/zh-hant', 'zh-Hant']
] as const;

/** Prints the page as Chromium would on A4 and returns how many pages it takes. */
async function printedPages(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Pairs of chart labels whose boxes overlap on the printed page. */
async function overprinted(page: Page): Promise<string[]> {
	return page.locator('.timeline').evaluate((timeline) => {
		const boxes = (selector: string) =>
			[...timeline.querySelectorAll(selector)].map((el) => ({
				text: el.textContent ?? '',
				box: el.getBoundingClientRect()
			}));
		const labels = [...boxes('.era-label'), ...boxes('svg.chart [data-event-id] text')];
		const overlaps: string[] = [];
		labels.forEach((a, i) => {
			for (const b of labels.slice(i + 1)) {
				const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
				const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
				if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
			}
		});
		return overlaps;
	});
}

const CONTROLS = [
	'.filters',
	'.toolbar',
	'.overview-wrap',
	'.panel-nav',
	'.share',
	'.languages',
	'input'
];

test.describe('print in three languages', () => {
	// Printing to PDF lays the page out again and embeds its fonts (CJK fonts are large).
	test.describe.configure({ timeout: 90_000 });
	for (const [prefix, lang] of LANGUAGES) {
		test(`${lang}: an event prints as the event, on one or two A4 pages`, async ({ page }) => {
			const id = 'national-security-strategy-2017';
			const event = eventById(id);
			await openTimeline(page, `${prefix}/event/${id}/`);
			const pages = await printedPages(page);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(2);

			for (const selector of CONTROLS) await expect(page.locator(selector).first()).toBeHidden();
			await expect(page.locator('#events')).toHaveCount(0);
			const panel = page.locator('#panel');
			await expect(panel.locator('h1')).toHaveText(event.title[lang]);
			await expect(panel).toContainText(event.summary[lang]);
			// The page's own address, and each source's, are on the paper.
			const address = panel.locator('.address');
			await expect(address).toBeVisible();
			await expect(address).toContainText(/https?:\/\/\S+\/event\//);
			await expect(address).toContainText(`${prefix}/event/${id}/`);
			const url = event.sources[0]!.cited!.url!;
			const after = await panel
				.locator(`.sources a[href="${url}"]`)
				.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(after).toContain(url);
			// A compact chart around the event, as wide as the paper and no wider.
			const chart = page.locator('svg.chart');
			await expect(chart).toBeVisible();
			await expect(chart.locator(`[data-event-id="${id}"]`)).toHaveCount(1);
			expect(Number(await chart.getAttribute('width'))).toBeLessThanOrEqual(720);
			expect(await overprinted(page)).toEqual([]);
		});

		test(`${lang}: the longest event still prints on at most two pages`, async ({ page }) => {
			await openTimeline(page, `${prefix}/event/ndaa-fy2019/`);
			expect(await printedPages(page)).toBeLessThanOrEqual(2);
			await expect(page.locator('#panel .note')).toBeVisible();
			expect(await overprinted(page)).toEqual([]);
		});

		test(`${lang}: the home page prints the events by era, without controls`, async ({ page }) => {
			await openTimeline(page, `${prefix}/`);
			expect(await printedPages(page)).toBeGreaterThanOrEqual(1);
			for (const selector of CONTROLS) await expect(page.locator(selector).first()).toBeHidden();
			const list = page.locator('#events');
			await expect(list).toBeVisible();
			await expect(list.locator('h3').first()).toBeVisible();
			expect(await overprinted(page)).toEqual([]);
		});
	}
});
