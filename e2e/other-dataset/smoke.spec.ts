/**
 * Another relationship is a data change: the site built from a small fictional dataset in two
 * languages (TIMELINE_DATA=e2e/fixtures/aurelia-borealia.json, see playwright.other-dataset.config.ts)
 * is that dataset's site, in its languages only, and nothing of the default dataset is in it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { OTHER_BUILD, OTHER_DATA } from './paths';

const dataset: Dataset = JSON.parse(readFileSync(OTHER_DATA, 'utf8'));
const { meta } = dataset;

async function jsonLd(page: Page) {
	return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
}

test('the home page is the dataset’s, in each of its languages and no other', async ({ page }) => {
	for (const [path, lang] of [
		['/', 'en'],
		['/ja/', 'ja']
	] as const) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page).toHaveTitle(meta.title[lang]);
		await expect(page.locator('h1')).toHaveText(meta.title[lang]);
		await expect(page.locator('#events ol a')).toHaveCount(dataset.events.length);
		await expect(page.locator('footer')).toContainText(meta.works[0]!.title[lang]);

		const switcher = page.getByRole('navigation', { name: lang === 'en' ? 'Language' : '言語' });
		await expect(switcher.getByRole('link')).toHaveText(['English', '日本語']);
		const hreflangs = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		expect(hreflangs).toEqual(['en', 'ja', 'x-default']);
		const locales = await page
			.locator('meta[property^="og:locale"]')
			.evaluateAll((tags) => tags.map((t) => t.getAttribute('content')));
		expect(locales.sort()).toEqual(['en_US', 'ja_JP']);

		expect(await jsonLd(page)).toMatchObject({
			'@type': 'Dataset',
			name: meta.title[lang],
			license: meta.license,
			temporalCoverage: '1950/1989',
			citation: { '@type': 'Book', name: 'Two Islands, One Strait', author: { name: 'Ada Quill' } }
		});
	}
	const missing = await page.request.get('/zh-hant/');
	expect(missing.status()).toBe(404);
});

test('an event page shows the event with the dataset’s names and cites its work', async ({
	page
}) => {
	await page.goto('/ja/event/lighthouse-treaty/');
	await expect(page.locator('h1')).toHaveText('灯台条約に調印');
	await expect(page).toHaveTitle(`灯台条約に調印 — ${meta.title.ja}`);
	const panel = page.locator('#panel');
	await expect(panel).toContainText('航行');
	// Japanese lists and citations in Japanese punctuation, whatever the dataset.
	await expect(panel).toContainText('アウレリア、ボレアリア');
	await expect(panel).toContainText(
		'エイダ・クィル「二つの島、一つの海峡」ランタン書房、1991年、三 雪解け、注7。'
	);
	expect(await jsonLd(page)).toMatchObject({
		'@type': 'Event',
		name: '灯台条約に調印',
		startDate: '1974-08-19',
		inLanguage: 'ja',
		citation: { name: 'Two Islands, One Strait', publisher: { name: 'Lantern Press' } }
	});
});

test('the filters offer the dataset’s themes and the download is named after it', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('select').nth(0).locator('option')).toHaveText([
		'Any theme',
		'Fisheries',
		'Diplomacy',
		'Navigation'
	]);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'CSV' }).click();
	expect((await download).suggestedFilename()).toBe('aurelia-borealia-events-en.csv');
});

/** Every file of the built site, as text where it is text. */
function builtTexts(dir: string): [string, string][] {
	return readdirSync(dir).flatMap((name): [string, string][] => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtTexts(path);
		return /\.(html|js|json|csv|css|svg|txt|xml|webmanifest)$|_headers$/.test(name)
			? [[path, readFileSync(path, 'utf8')]]
			: [];
	});
}

test('nothing of the default dataset is in the built site, and no page of a third language', () => {
	const files = builtTexts(OTHER_BUILD);
	expect(files.length).toBeGreaterThan(20);
	const leaks = files.flatMap(([path, text]) =>
		['Russia', 'ロシア', '俄羅斯', 'us-russia']
			.filter((word) => text.includes(word))
			.map((w) => `${path}: ${w}`)
	);
	expect(leaks).toEqual([]);
	const paths = files.map(([path]) => path);
	expect(paths.filter((p) => /zh-hant/i.test(p))).toEqual([]);
	const cards = readdirSync(join(OTHER_BUILD, 'og'));
	expect(cards.sort()).toEqual(['en', 'ja']);
});
