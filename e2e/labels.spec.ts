/**
 * The chart's labels, tooltip and key as a reader meets them at laptop and phone sizes: labels
 * are whole or say enough, stay on the chart beside their own marks, turn left near the right
 * edge and sit above the arcs; the tooltip is never clipped; the key explains every mark.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './data';
import { openTimeline } from './helpers';

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 1366, height: 768 },
	{ width: 375, height: 812 }
] as const;

const LANGS = [
	{ prefix: '', lang: 'en' },
	{ prefix: '/ja', lang: 'ja' },
	{ prefix: '/zh-hant', lang: 'zh-Hant' }
] as const;

const VIEWS = ['/', '/?from=2013-06-01&to=2019-03-01', '/?from=2018-01-01&to=2018-12-31'];

/** Every label drawn, with its box, its mark's centre and the chart's box. */
async function drawnLabels(page: Page, titles: Record<string, string>) {
	return page.locator('svg.chart').evaluate((svg, titles) => {
		const chart = svg.getBoundingClientRect();
		const stage = svg.closest('.stage')!.getBoundingClientRect();
		const canvas = document.createElement('canvas').getContext('2d')!;
		const labels = [...svg.querySelectorAll('a[data-event-id]')].flatMap((a) => {
			const text = a.querySelector('text');
			if (!text || !text.textContent) return [];
			const box = text.getBoundingClientRect();
			// Labels in lanes scrolled out of the stage are not on screen.
			if (box.bottom < stage.top || box.top > stage.bottom) return [];
			const symbol = a.querySelector('.symbol')!.getBoundingClientRect();
			const style = getComputedStyle(text);
			canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const id = a.getAttribute('data-event-id')!;
			return [
				{
					id,
					text: text.textContent,
					left: box.left,
					right: box.right,
					markX: symbol.left + symbol.width / 2,
					fullWidth: canvas.measureText(titles[id] ?? '').width,
					fontSize: parseFloat(style.fontSize)
				}
			];
		});
		return { labels, chart: { left: chart.left, right: chart.right } };
	}, titles);
}

/** Text length with Chinese and Japanese characters counted double, as they take twice the room. */
const weighted = (text: string) =>
	[...text].reduce(
		(n, ch) => n + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1),
		0
	);

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });

		for (const { prefix, lang } of LANGS) {
			test(`labels are on the chart, beside their marks, and say something (${lang})`, async ({
				page
			}) => {
				// Three views, each opened and measured label by label.
				test.slow();
				const titles = Object.fromEntries(dataset.events.map((e) => [e.id, e.title[lang]]));
				let drawn = 0;
				for (const view of VIEWS) {
					await openTimeline(page, prefix + view);
					const { labels, chart } = await drawnLabels(page, titles);
					drawn += labels.length;
					for (const label of labels) {
						const where = `${view} ${label.id}: "${label.text}"`;
						// Never cut by the chart's edges.
						expect(label.left, where).toBeGreaterThanOrEqual(chart.left - 0.5);
						expect(label.right, where).toBeLessThanOrEqual(chart.right + 0.5);
						// Never left behind by a mark that has gone off the chart.
						expect(label.markX, where).toBeGreaterThanOrEqual(chart.left);
						expect(label.markX, where).toBeLessThanOrEqual(chart.right);
						// The whole title, or a start of it long enough to read, cut after a word.
						const title = titles[label.id]!;
						if (label.text !== title) {
							const shown = label.text.replace(/…$/u, '');
							expect(label.text.endsWith('…'), where).toBe(true);
							expect(title.startsWith(shown), where).toBe(true);
							expect(weighted(shown), where).toBeGreaterThanOrEqual(10);
							if (lang === 'en') expect(title[shown.length], where).toBe(' ');
						}
						// Near the right edge — too little room there for the title or twelve ems of
						// it, and more on the left — the label sits left of its mark.
						const roomRight = chart.right - label.markX - 20;
						const roomLeft = label.markX - chart.left - 20;
						const near = roomRight < Math.min(label.fullWidth, 12 * label.fontSize) - 4;
						if (near && roomLeft > roomRight + 4) {
							expect(label.right, where).toBeLessThanOrEqual(label.markX);
						}
					}
				}
				expect(drawn).toBeGreaterThan(0);
			});
		}

		test('no two labels on screen overlap, in any language', async ({ page }) => {
			test.slow();
			for (const { prefix } of LANGS) {
				for (const view of VIEWS) {
					await openTimeline(page, prefix + view);
					const overlaps = await page.locator('svg.chart').evaluate((svg) => {
						const stage = svg.closest('.stage')!.getBoundingClientRect();
						const boxes = [...svg.querySelectorAll('a[data-event-id] text')]
							.filter((text) => text.textContent)
							.map((text) => ({ text: text.textContent!, box: text.getBoundingClientRect() }))
							// Labels in lanes scrolled out of the stage are not on screen.
							.filter(({ box }) => box.bottom > stage.top && box.top < stage.bottom);
						const met: string[] = [];
						for (const [i, a] of boxes.entries()) {
							for (const b of boxes.slice(i + 1)) {
								const apart =
									a.box.right <= b.box.left ||
									b.box.right <= a.box.left ||
									a.box.bottom <= b.box.top ||
									b.box.bottom <= a.box.top;
								if (!apart) met.push(`"${a.text}" × "${b.text}"`);
							}
						}
						return met;
					});
					expect(overlaps, prefix + view).toEqual([]);
				}
			}
		});

		test('the open event’s label is whole', async ({ page }) => {
			test.slow();
			for (const id of ['helsinki-summit', 'russia-expels-60-diplomats', 'crimea-annexation']) {
				await openTimeline(page, `/event/${id}/?from=2013-06-01&to=2019-03-01`);
				const open = page.locator(`svg.chart a[data-event-id="${id}"]`);
				await expect(open).toHaveAttribute('aria-current', 'page');
				await expect(open.locator('text')).toHaveText(eventById(id).title.en);
				const chart = (await page.locator('svg.chart').boundingBox())!;
				const label = (await open.locator('text').boundingBox())!;
				expect(label.x).toBeGreaterThanOrEqual(chart.x - 0.5);
				expect(label.x + label.width).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
			}
		});

		test('response arcs are painted beneath the labels', async ({ page }) => {
			await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
			const order = await page.locator('svg.chart').evaluate((svg) => {
				const arcs = svg.querySelector('.arcs')!;
				const texts = [...svg.querySelectorAll('a[data-event-id] text')];
				return {
					arcs: arcs.querySelectorAll('path').length,
					texts: texts.length,
					after: texts.filter(
						(t) => arcs.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING
					).length
				};
			});
			expect(order.arcs).toBeGreaterThan(0);
			expect(order.texts).toBeGreaterThan(0);
			expect(order.after).toBe(order.texts);
		});

		test('the tooltip of a mark in the bottom lane is whole on screen', async ({ page }) => {
			await openTimeline(page, '/?from=2018-01-01&to=2018-12-31');
			const marks = page.locator('svg.chart a[data-event-id]');
			const tops = await marks.evaluateAll((els) =>
				els.map((el) => el.querySelector('.symbol')!.getBoundingClientRect().top)
			);
			const lowest = marks.nth(tops.indexOf(Math.max(...tops)));
			await lowest.scrollIntoViewIfNeeded();
			await lowest.locator('.symbol').hover();
			const tooltip = page.getByRole('tooltip');
			await expect(tooltip).toBeVisible();
			await expect(tooltip).toContainText(
				eventById((await lowest.getAttribute('data-event-id'))!).title.en
			);
			// Outside the chart's scrolling stage, so nothing clips it.
			expect(await tooltip.evaluate((el) => !!el.closest('.stage'))).toBe(false);
			const box = (await tooltip.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(size.width);
			expect(box.y + box.height).toBeLessThanOrEqual(size.height);
		});

		test('the key explains every mark and the band is labelled off its fill', async ({ page }) => {
			await openTimeline(page, '/');
			const legend = page.getByRole('group', { name: 'Key' });
			for (const [key, text] of [
				['uncertain', 'the day is not known'],
				['span', 'how long the event lasted'],
				['arc', 'an answer to an earlier event'],
				['cluster', 'click to zoom in'],
				['filtered', 'Dashed line'],
				['band', 'rises where cooperation outweighs conflict']
			] as const) {
				await expect(legend.locator(`[data-key="${key}"]`)).toContainText(text);
			}
			await expect(legend).not.toContainText('Gaussian');
			const band = page.locator('svg.chart .relations');
			const key = band.locator('text.key');
			await expect(key).toHaveText(/↑ more cooperation · ↓ more conflict/);
			await expect(key).not.toHaveText(/[▲▼]/);
			const keyBox = (await key.boundingBox())!;
			const fill = (await band.locator('rect.bg').boundingBox())!;
			expect(keyBox.y + keyBox.height).toBeLessThanOrEqual(fill.y + 0.5);
		});
	});
}
