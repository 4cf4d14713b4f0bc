/**
 * What a link preview or a crawler reads: the raw HTML over HTTP, with no browser and no
 * JavaScript. Every page carries its title, description, canonical and alternate links, Open
 * Graph and Twitter card, JSON-LD and one <h1>.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import en from '../src/lib/i18n/messages/en';
import ja from '../src/lib/i18n/messages/ja';
import zhHant from '../src/lib/i18n/messages/zh-hant';
import { dataset, eventById } from './data';

/** The interface text of a language, with the site's title and description from the data. */
const withSite = <T extends object>(m: T, lang: 'en' | 'ja' | 'zh-Hant') => ({
	...m,
	siteTitle: dataset.meta.title[lang],
	siteDescription: dataset.meta.description[lang]
});

const LANGS = [
	{ lang: 'en', prefix: '', m: withSite(en, 'en'), locale: 'en_US' },
	{ lang: 'ja', prefix: '/ja', m: withSite(ja, 'ja'), locale: 'ja_JP' },
	{ lang: 'zh-Hant', prefix: '/zh-hant', m: withSite(zhHant, 'zh-Hant'), locale: 'zh_TW' }
] as const;
const LOCALES = LANGS.map((l) => l.locale);

/**
 * The origin of the absolute URLs a build writes: the one it was given, else the local preview's
 * (never a placeholder domain the site does not own).
 */
const BUILD_ORIGIN = (process.env.PUBLIC_SITE_ORIGIN || 'http://localhost:4173').replace(
	/\/+$/,
	''
);

async function rawPage(request: APIRequestContext, path: string, status = 200) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(status);
	return parse(await response.text());
}

const meta = (doc: HTMLElement, key: string) =>
	doc
		.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
		.map((el) => el.getAttribute('content'));

const one = (doc: HTMLElement, key: string) => {
	const values = meta(doc, key);
	expect(values, key).toHaveLength(1);
	return values[0]!;
};

const jsonLd = (doc: HTMLElement) =>
	doc.querySelectorAll('script[type="application/ld+json"]').map((el) => JSON.parse(el.text));

/** Width and height of a PNG, from its header. */
async function pngSize(request: APIRequestContext, url: string) {
	const response = await request.get(new URL(url).pathname);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toContain('image/png');
	const bytes = await response.body();
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks everything every page shares, and returns the page's absolute URL. */
async function checkCommon(
	request: APIRequestContext,
	doc: HTMLElement,
	expected: {
		path: string;
		neutral: string;
		title: string;
		name: string;
		description: string;
		locale: string;
		type: string;
		card: string;
		h1: string;
	}
) {
	expect(doc.querySelector('title')?.text).toBe(expected.title);
	expect(one(doc, 'description')).toBe(expected.description);

	const canonical = doc.querySelectorAll('link[rel="canonical"]');
	expect(canonical).toHaveLength(1);
	const url = new URL(canonical[0]!.getAttribute('href')!);
	expect(url.pathname).toBe(expected.path);
	const origin = url.origin;
	expect(origin).toBe(BUILD_ORIGIN);

	const alternates = Object.fromEntries(
		doc
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')])
	);
	expect(alternates).toEqual({
		en: origin + expected.neutral,
		ja: origin + '/ja' + expected.neutral,
		'zh-Hant': origin + '/zh-hant' + expected.neutral,
		'x-default': origin + expected.neutral
	});

	expect(one(doc, 'og:title')).toBe(expected.name);
	expect(one(doc, 'og:description')).toBe(expected.description);
	expect(one(doc, 'og:url')).toBe(url.href);
	expect(one(doc, 'og:type')).toBe(expected.type);
	expect(one(doc, 'og:locale')).toBe(expected.locale);
	expect(meta(doc, 'og:locale:alternate').sort()).toEqual(
		LOCALES.filter((l) => l !== expected.locale).sort()
	);
	const image = one(doc, 'og:image');
	expect(image).toBe(origin + expected.card);
	expect(one(doc, 'og:image:width')).toBe('1200');
	expect(one(doc, 'og:image:height')).toBe('630');
	expect(one(doc, 'og:image:alt')).toBe(expected.name);
	expect(await pngSize(request, image)).toEqual({ width: 1200, height: 630 });
	expect(one(doc, 'twitter:card')).toBe('summary_large_image');
	expect(one(doc, 'twitter:image')).toBe(image);

	const h1 = doc.querySelectorAll('h1');
	expect(h1).toHaveLength(1);
	expect(h1[0]!.text.trim()).toBe(expected.h1);
	return url;
}

for (const { lang, prefix, m, locale } of LANGS) {
	test(`the ${lang} home page describes the site and its dataset in its raw HTML`, async ({
		request
	}) => {
		const doc = await rawPage(request, `${prefix}/`);
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
		const url = await checkCommon(request, doc, {
			path: `${prefix}/`,
			neutral: '/',
			title: m.siteTitle,
			name: m.siteTitle,
			description: m.siteDescription,
			locale,
			type: 'website',
			card: `/og/${lang.toLowerCase()}/site.png`,
			h1: m.siteTitle
		});
		const [dataset, ...rest] = jsonLd(doc);
		expect(rest).toEqual([]);
		expect(dataset).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Dataset',
			name: m.siteTitle,
			description: m.siteDescription,
			url: url.href,
			inLanguage: lang,
			temporalCoverage: '1803/2019',
			license: expect.stringMatching(/^https:\/\//),
			creator: { name: m.siteTitle },
			citation: { '@type': 'ScholarlyArticle', author: { name: 'Wei Bai-Ku' } },
			isBasedOn: { '@type': 'ScholarlyArticle' }
		});
		const formats = Object.fromEntries(
			dataset.distribution.map((d: { encodingFormat: string; contentUrl: string }) => [
				d.encodingFormat,
				d.contentUrl
			])
		);
		expect(formats).toEqual({
			'application/json': url.origin + '/events.json',
			'text/csv': url.origin + '/events.csv'
		});
		for (const download of Object.values(formats)) {
			expect((await request.get(new URL(download).pathname)).status()).toBe(200);
		}
	});

	test(`a ${lang} event page carries its own title, card and Event in its raw HTML`, async ({
		request
	}) => {
		const event = eventById('helsinki-summit');
		const path = `${prefix}/event/helsinki-summit/`;
		const doc = await rawPage(request, path);
		const title = event.title[lang];
		const url = await checkCommon(request, doc, {
			path,
			neutral: '/event/helsinki-summit/',
			title: `${title} — ${m.siteTitle}`,
			name: title,
			description: event.summary[lang],
			locale,
			type: 'article',
			card: `/og/${lang.toLowerCase()}/helsinki-summit.png`,
			h1: title
		});
		expect(jsonLd(doc)).toEqual([
			expect.objectContaining({
				'@type': 'Event',
				name: title,
				startDate: '2018-07-16',
				url: url.href,
				inLanguage: lang,
				citation: expect.objectContaining({ '@type': 'ScholarlyArticle' })
			})
		]);
	});

	test(`the ${lang} 404 page is complete in its raw HTML`, async ({ request }) => {
		// The static server answers every unknown address with the root 404 page; hosts that serve
		// the nearest one serve the others from their own paths.
		const doc =
			lang === 'en'
				? await rawPage(request, '/no-such-page/', 404)
				: await rawPage(request, `${prefix}/404`);
		await checkCommon(request, doc, {
			path: `${prefix}/404`,
			neutral: '/404',
			title: `${m.notFoundTitle} — ${m.siteTitle}`,
			name: m.notFoundTitle,
			description: m.notFoundBody,
			locale,
			type: 'website',
			card: `/og/${lang.toLowerCase()}/site.png`,
			h1: m.notFoundTitle
		});
		expect(one(doc, 'robots')).toBe('noindex');
	});
}
