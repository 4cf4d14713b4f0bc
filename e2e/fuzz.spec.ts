import fc from 'fast-check';
import { expect, test } from '@playwright/test';

/** Query strings a hostile or careless world might send: garbage, huge, repeated, broken, hostile. */
const hostile = fc.constantFrom(
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'%',
	'%E0%A4%A',
	'%00',
	'../../etc/passwd',
	'🦄',
	'ヘルシンキ',
	'9999-99-99',
	'-0001-01-01',
	'2019-02-30',
	'Infinity',
	'NaN',
	'1e400'
);
const key = fc.constantFrom(
	'from',
	'to',
	'stance',
	'theme',
	'actor',
	'q',
	'embed',
	'x',
	'',
	'__proto__',
	'constructor'
);
const value = fc.oneof(
	hostile,
	fc.string({ maxLength: 30 }),
	fc.string({ minLength: 500, maxLength: 1500 }),
	fc.date().map((d) => (isNaN(d.getTime()) ? 'bad' : d.toISOString().slice(0, 10)))
);
/** Each value sent raw or percent-encoded. */
const query = fc
	.array(fc.tuple(key, value, fc.boolean()), { maxLength: 12 })
	.map((pairs) => pairs.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(v)}`).join('&'));
const hash = fc.oneof(
	fc.constant(''),
	hostile.map((h) => `#${h}`)
);
const path = fc.constantFrom(
	'/',
	'/ja/',
	'/zh-hant/',
	'/event/helsinki-summit/',
	'/ja/event/crimea-annexation/'
);

// Servers refuse request lines much past 8 KB (414), before any page of ours is involved.
const urls = fc.sample(
	fc.tuple(path, query, hash).filter(([p, q, h]) => p.length + q.length + h.length < 7000),
	{ numRuns: 200, seed: 20190205 }
);

for (const [shard, slice] of [urls.slice(0, 100), urls.slice(100)].entries()) {
	test(`any query string or hash renders the page (generated URLs, part ${shard + 1})`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(`${page.url().slice(0, 200)}: ${e.message}`));
		page.on(
			'console',
			(m) => m.type() === 'error' && errors.push(`${page.url().slice(0, 200)}: ${m.text()}`)
		);
		for (const [p, q, h] of slice) {
			const url = `${p}?${q}${h}`;
			const label = url.length > 200 ? `${url.slice(0, 200)}… (${url.length} chars)` : url;
			const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
			expect(response?.status(), label).toBe(200);
			// data-ready is set once the chart has been laid out and painted in the browser.
			await expect(page.locator('.timeline[data-ready] svg.chart'), label).toBeVisible({
				timeout: 15_000
			});
		}
		expect(errors).toEqual([]);
	});
}
