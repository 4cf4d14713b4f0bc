import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './helpers';

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`
	);
	expect(summary).toEqual([]);
}

const PAGES = [
	['home', '/'],
	['home with filters', '/?stance=conflict&theme=sanctions&q=russia&from=2014-01-01&to=2018-12-31'],
	['an open event', '/event/helsinki-summit/?from=2018-01-01&to=2018-12-31'],
	['the 404 page', '/404']
] as const;

for (const [prefix, lang] of [
	['', 'English'],
	['/ja', 'Japanese'],
	['/zh-hant', 'Chinese']
] as const) {
	for (const [kind, path] of PAGES) {
		test(`axe finds no violations: ${kind}, ${lang}`, async ({ page }) => {
			if (kind === 'the 404 page') await page.goto(prefix + path);
			else await openTimeline(page, prefix + path);
			await expectNoViolations(page);
		});
	}
}

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });
	test('axe finds no violations on an open event', async ({ page }) => {
		await openTimeline(page, '/event/crimea-annexation/?from=2014-01-01&to=2014-12-31');
		await expectNoViolations(page);
	});
});

test('a mark whose label is cut is still named by the words it shows (WCAG 2.5.3)', async ({
	page
}) => {
	for (const path of [
		'/',
		'/?from=2013-06-01&to=2019-03-01',
		'/ja/?from=2013-06-01&to=2019-03-01'
	]) {
		await openTimeline(page, path);
		const marks = await page.locator('svg.chart a[data-event-id]').evaluateAll((links) =>
			links.map((a) => ({
				shown: a.querySelector('text')?.textContent ?? '',
				name: a.getAttribute('aria-label') ?? ''
			}))
		);
		const cut = marks.filter((mark) => mark.shown.endsWith('…'));
		expect(cut.length, `${path}: some labels are cut in this view`).toBeGreaterThan(0);
		for (const mark of marks.filter((mark) => mark.shown)) {
			expect(mark.name.startsWith(mark.shown.replace(/…$/, '')), mark.name).toBe(true);
		}
		const results = await new AxeBuilder({ page })
			.include('svg.chart')
			.withRules(['label-content-name-mismatch'])
			.analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	}
});
