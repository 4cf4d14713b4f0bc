import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { eventById } from './data';

/** The one tag with this property (og:…) or name (twitter:…); fails if missing or repeated. */
async function meta(page: Page, key: string): Promise<string> {
	const attribute = key.startsWith('og:') ? 'property' : 'name';
	const tag = page.locator(`head meta[${attribute}="${key}"]`);
	await expect(tag, key).toHaveCount(1);
	return (await tag.getAttribute('content')) ?? '';
}

/** An absolute http(s) URL; returns its path, which the local server answers for. */
function absolutePath(url: string): string {
	expect(url, `${url} is absolute`).toMatch(/^https?:\/\/[^/]+\//);
	return new URL(url).pathname;
}

/** Fetches a PNG and reads its size from the IHDR chunk, the first after the signature. */
async function pngSize(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const bytes = await response.body();
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function jsonLd(page: Page) {
	const scripts = page.locator('head script[type="application/ld+json"]');
	await expect(scripts).toHaveCount(1);
	return JSON.parse((await scripts.textContent()) ?? '');
}

const EVENT_PAGES = [
	{ lang: 'en', prefix: '', locale: 'en_US' },
	{ lang: 'ja', prefix: '/ja', locale: 'ja_JP' }
] as const;

for (const { lang, prefix, locale } of EVENT_PAGES) {
	test(`an event page (${lang}) carries Open Graph and Twitter tags with absolute URLs`, async ({
		page,
		request
	}) => {
		const event = eventById('helsinki-summit');
		await page.goto(`${prefix}/event/helsinki-summit/`);

		expect(await meta(page, 'og:type')).toBe('article');
		expect(await meta(page, 'og:title')).toBe(event.title[lang]);
		expect(await meta(page, 'og:description')).toBe(event.summary[lang]);
		expect(await meta(page, 'og:site_name')).not.toBe('');
		expect(await meta(page, 'og:locale')).toBe(locale);
		const url = await meta(page, 'og:url');
		expect(absolutePath(url)).toBe(`${prefix}/event/helsinki-summit/`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);

		const image = await meta(page, 'og:image');
		expect(absolutePath(image)).toBe(`/og/${lang}/helsinki-summit.png`);
		expect(await meta(page, 'og:image:width')).toBe('1200');
		expect(await meta(page, 'og:image:height')).toBe('630');

		expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
		expect(await meta(page, 'twitter:title')).toBe(event.title[lang]);
		expect(await meta(page, 'twitter:description')).toBe(event.summary[lang]);
		expect(await meta(page, 'twitter:image')).toBe(image);

		expect(await pngSize(request, absolutePath(image))).toEqual({ width: 1200, height: 630 });
	});

	test(`an event page (${lang}) describes itself in JSON-LD as an Event citing the article`, async ({
		page
	}) => {
		await page.goto(`${prefix}/event/helsinki-summit/`);
		const data = await jsonLd(page);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: eventById('helsinki-summit').title[lang],
			startDate: '2018-07-16',
			inLanguage: lang,
			url: await meta(page, 'og:url'),
			citation: {
				'@type': 'ScholarlyArticle',
				name: 'U.S.-Russia Relations Under the Trump Administration',
				author: { name: 'Wei Bai-Ku' },
				datePublished: '2019',
				publisher: { name: 'National Chengchi University' }
			}
		});
		expect(data).not.toHaveProperty('endDate');
	});
}

test('JSON-LD dates keep their precision, and spans have an end date', async ({ page }) => {
	await page.goto('/event/crimea-annexation/');
	expect(await jsonLd(page)).toMatchObject({ startDate: '2014-03' });
	const span = eventById('putin-obama-six-calls');
	await page.goto('/zh-hant/event/putin-obama-six-calls/');
	expect(await jsonLd(page)).toMatchObject({
		startDate: span.date,
		endDate: span.endDate,
		inLanguage: 'zh-Hant'
	});
});

test('the home page shares the site card and describes its dataset', async ({ page, request }) => {
	for (const [path, lang] of [
		['/', 'en'],
		['/zh-hant/', 'zh-hant']
	]) {
		await page.goto(path);
		expect(await meta(page, 'og:type')).toBe('website');
		expect(absolutePath(await meta(page, 'og:url'))).toBe(path);
		const image = await meta(page, 'og:image');
		expect(absolutePath(image)).toBe(`/og/${lang}/site.png`);
		expect(await meta(page, 'twitter:image')).toBe(image);
		expect(await pngSize(request, absolutePath(image))).toEqual({ width: 1200, height: 630 });
		expect(await jsonLd(page)).toMatchObject({ '@type': 'Dataset' });
	}
});

test('client-side navigation replaces the previous page’s tags rather than adding to them', async ({
	page
}) => {
	await page.goto('/event/helsinki-summit/');
	await page.locator('#panel a[rel="next"]').click();
	await expect(page).not.toHaveURL(/helsinki-summit/);
	const next = new URL(page.url()).pathname;
	await expect.poll(async () => absolutePath(await meta(page, 'og:url'))).toBe(next);
	expect((await jsonLd(page)).url).toBe(await meta(page, 'og:url'));
});
