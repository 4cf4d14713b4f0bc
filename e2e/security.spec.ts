import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTimeline } from './helpers';

function policyOf(html: string): string {
	const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
	return match ? match[1]!.replaceAll('&#39;', "'") : '';
}

const PAGES = [
	'/',
	'/ja/',
	'/zh-hant/',
	'/event/helsinki-summit/',
	'/ja/event/crimea-annexation/',
	'/404.html'
];

test('every page kind carries a strict Content-Security-Policy, repeated in build/_headers', async ({
	request
}) => {
	const headers = readFileSync('build/_headers', 'utf8');
	for (const path of PAGES) {
		const html = await (await request.get(path)).text();
		const policy = policyOf(html);
		const directives = new Map(
			policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)])
		);
		expect(directives.get('default-src'), path).toEqual(["'self'"]);
		expect(directives.get('object-src'), path).toEqual(["'none'"]);
		expect(directives.get('base-uri'), path).toEqual(["'self'"]);
		const scripts = directives.get('script-src') ?? [];
		expect(scripts[0], path).toBe("'self'");
		for (const source of scripts.slice(1))
			expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		expect(headers).toContain(`${path}\n  Content-Security-Policy: ${policy}; frame-ancestors *\n`);
	}
	expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff/);
});

test('no request leaves the site while browsing', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
			foreign.push(r.url());
	});
	await openTimeline(page, '/');
	// The whole timeline gathers its busiest years into clusters: one is opened.
	await page.getByRole('button', { name: 'Whole timeline' }).click();
	await page.locator('[data-cluster]').last().click();
	await page.locator('svg.chart [data-event-id]').first().click();
	await expect(page.locator('#panel')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Language' })
		.getByRole('link', { name: '繁體中文' })
		.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
	await page.getByRole('searchbox').fill('普丁');
	await openTimeline(page, '/ja/event/helsinki-summit/');
	expect(foreign).toEqual([]);
});

test('source links are http(s) only and open without passing the opener or referrer', async ({
	page
}) => {
	await openTimeline(page, '/event/national-security-strategy-2017/');
	const links = page.locator('#panel .sources a');
	expect(await links.count()).toBeGreaterThan(0);
	for (const link of await links.all()) {
		await expect(link).toHaveAttribute('href', /^https?:\/\//);
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	}
});

test('every internal link in the built site resolves', async ({ request }) => {
	const seen = new Set<string>();
	const queue = ['/', '/ja/', '/zh-hant/', '/404.html'];
	const broken: string[] = [];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await request.get(path);
		if (!response.ok()) {
			broken.push(`${path} → ${response.status()}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await response.text();
		for (const [, href] of html.matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/g)) {
			if (!href || /^[a-z]+:/i.test(href)) continue;
			const next = new URL(href, `http://site${path}`).pathname;
			if (!seen.has(next)) queue.push(next);
		}
	}
	expect(broken).toEqual([]);
	// Every event page in three languages, plus the homes and 404s, was reached.
	expect(seen.size).toBeGreaterThan(150);
});
