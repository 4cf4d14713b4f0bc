import { describe, expect, it } from 'vitest';
import { loadDatasetFile } from '$lib/data/load.server';
import { eventJsonLd, serializeJsonLd, workJsonLd } from './json-ld';

const article = workJsonLd(loadDatasetFile('data/events.json').meta.works[0]!);

const page = {
	name: 'Russia annexes Crimea',
	description: 'Summary',
	url: 'https://example.org/event/crimea-annexation/',
	image: 'https://example.org/og/en/crimea-annexation.png',
	lang: 'en' as const
};

describe('eventJsonLd', () => {
	it('describes an event with its date at its precision and the article as citation', () => {
		expect(eventJsonLd(page, [article], { text: '2014-03' })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'Russia annexes Crimea',
			description: 'Summary',
			startDate: '2014-03',
			url: page.url,
			image: page.image,
			inLanguage: 'en',
			citation: article
		});
		expect(article).toEqual({
			'@type': 'ScholarlyArticle',
			name: 'U.S.-Russia Relations Under the Trump Administration',
			author: { '@type': 'Person', name: 'Wei Bai-Ku' },
			datePublished: '2019',
			publisher: { '@type': 'CollegeOrUniversity', name: 'National Chengchi University' }
		});
	});

	it('gives an end date only to events that last a span', () => {
		expect(eventJsonLd(page, [article], { text: '2015-09' }, { text: '2015-11' })).toMatchObject({
			startDate: '2015-09',
			endDate: '2015-11'
		});
		expect(eventJsonLd(page, [article], { text: '2014' })).not.toHaveProperty('endDate');
	});
});

describe('serializeJsonLd', () => {
	it('escapes everything that could end the script element or read as markup', () => {
		const hostile = { name: '</script><script>alert("x")</script> <!-- & \u2028' };
		const json = serializeJsonLd(hostile);
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(json).toContain('\\u003c/script\\u003e');
		expect(JSON.parse(json)).toEqual(hostile);
	});
});
