import { expect, test, type Page } from '@playwright/test';
import { dataset } from './data';
import { listIds, openTimeline } from './helpers';

/** Events whose own text (title, summary, note) in one language includes a string. */
const idsSaying = (lang: 'en' | 'ja' | 'zh-Hant', text: string) =>
	dataset.events
		.filter((e) => [e.title[lang], e.summary[lang], e.note?.[lang] ?? ''].join('\n').includes(text))
		.map((e) => e.id)
		.sort();

async function search(page: Page, query: string) {
	await page.getByRole('searchbox').fill(query);
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
}

const elsewhere = (page: Page) => page.locator('.elsewhere');

test.describe('search in three languages', () => {
	test('en: Japanese and Chinese names find the event, and the page says where', async ({
		page
	}) => {
		await openTimeline(page, '/');
		const indexRequests: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/search-index.json')) indexRequests.push(r.url());
		});
		expect(indexRequests).toEqual([]);

		await search(page, 'ヘルシンキ');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('ja', 'ヘルシンキ'));
		expect(indexRequests).toHaveLength(1);
		// Nothing in English says ヘルシンキ: the page says the matches are in Japanese, and links there.
		const japanese = elsewhere(page).getByRole('link', { name: '日本語' });
		await expect(japanese).toHaveAttribute('href', `/ja/?q=${encodeURIComponent('ヘルシンキ')}`);

		await search(page, '赫爾辛基');
		await expect.poll(() => listIds(page)).toContain('helsinki-summit');
		await expect(elsewhere(page).getByRole('link')).toHaveText(['繁體中文']);

		await search(page, 'Helsinki');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('en', 'Helsinki'));
		await expect(elsewhere(page)).toHaveCount(0);

		// Full-width letters, as a Japanese keyboard types them.
		await search(page, 'ＮＡＴＯ');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('en', 'NATO'));
		expect(indexRequests).toHaveLength(1);
	});

	test('ja: INF and INF条約 find the INF Treaty, written 中距離核戦力全廃条約', async ({
		page
	}) => {
		const treaty = [
			...new Set([...idsSaying('ja', '中距離核戦力全廃条約'), ...idsSaying('ja', 'INF')])
		].sort();
		expect(treaty).toContain('inf-withdrawal-timeline-announced');
		await openTimeline(page, '/ja/');
		await search(page, 'INF');
		await expect.poll(() => listIds(page)).toEqual(treaty);
		await expect(elsewhere(page)).toHaveCount(0);
		await search(page, 'INF条約');
		await expect.poll(() => listIds(page)).toEqual(treaty);
		// NATO under its Chinese name, in Simplified characters.
		await search(page, '北约');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('ja', 'NATO'));
	});

	test('zh-Hant: Simplified characters find the Traditional text', async ({ page }) => {
		await openTimeline(page, '/zh-hant/');
		await search(page, '赫尔辛基');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('zh-Hant', '赫爾辛基'));
		await search(page, '叙利亚');
		await expect.poll(() => listIds(page)).toEqual(idsSaying('zh-Hant', '敘利亞'));
		await expect(elsewhere(page)).toHaveCount(0);
	});

	test('zh-Hant: a search that matches only in Japanese leads to it, and keeps the query', async ({
		page
	}) => {
		await openTimeline(page, '/zh-hant/?q=ボストーク');
		await expect.poll(() => listIds(page)).toEqual(['vostok-2018']);
		await expect(elsewhere(page)).toContainText('沒有任何中文內容符合此搜尋');
		await elsewhere(page).getByRole('link', { name: '日本語' }).click();
		await expect(page).toHaveURL(`/ja/?q=${encodeURIComponent('ボストーク')}`);
		await expect(page.getByRole('searchbox')).toHaveValue('ボストーク');
		await expect.poll(() => listIds(page)).toEqual(['vostok-2018']);
		await expect(elsewhere(page)).toHaveCount(0);
	});
});
