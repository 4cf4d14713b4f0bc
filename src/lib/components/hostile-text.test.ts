/**
 * Text from the data is only ever text: hostile titles and summaries render escaped in every
 * component that shows them, never as markup.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/data/localize';
import { siteText } from '$lib/data/identity';
import { loadDataset } from '$lib/data/load.server';
import { loadInterface, type Messages } from '$lib/i18n/catalogue';
import EventDetail from './EventDetail.svelte';
import EventList from './EventList.svelte';
import Timeline from './timeline/Timeline.svelte';

const ui = await loadInterface('en');
const m: Messages = { ...ui, ...siteText(loadDataset(), 'en', ui) };

const HOSTILE =
	'<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';
const start = Date.UTC(2018, 6, 16);

const event: TimelineEvent = {
	id: 'hostile',
	date: { text: '2018-07-16', precision: 'day', start, end: start + 86_400_000 },
	when: `July 16, 2018 ${HOSTILE}`,
	start,
	end: start + 86_400_000,
	title: `Title ${HOSTILE} ${'very long '.repeat(40)}`,
	summary: `Summary ${HOSTILE}`,
	stance: 'conflict',
	themes: ['diplomacy'],
	actors: ['russia'],
	sources: [
		{
			section: '2.2',
			footnote: 7,
			cited: { title: `Work ${HOSTILE}`, url: 'https://example.org/?a=1&b=<2>' }
		}
	],
	related: [],
	answeredBy: [],
	context: false,
	note: `Note ${HOSTILE}`,
	figures: [{ label: `Figure ${HOSTILE}`, value: 1, unit: 'count' }],
	era: 'era'
};
const eras = [
	{
		id: 'era',
		start: Date.UTC(2017, 0, 1),
		end: Date.UTC(2020, 0, 1),
		title: `Era ${HOSTILE}`,
		summary: `Era summary ${HOSTILE}`
	}
];

function expectInert(html: string) {
	expect(html).not.toContain('<script>');
	expect(html).not.toMatch(/<img/i);
	// Real tags only: the same characters inside escaped text are harmless.
	expect(html).not.toMatch(/<a\s[^>]*href="javascript:/i);
	expect(html).not.toMatch(/<[^>]*\sonerror=/i);
	expect(html).toContain('&lt;script>alert(1)&lt;/script>');
}

describe('hostile text in the data', () => {
	it('is escaped in the event detail (page and panel)', () => {
		const { body } = render(EventDetail, {
			props: {
				event,
				events: [event],
				eras,
				m,
				lang: 'en',
				hrefFor: (id) => `/event/${id}/`,
				headingId: 'h'
			}
		});
		expectInert(body);
		expect(body).toContain('href="https://example.org/?a=1&amp;b=');
		expect(body).toContain('rel="noopener noreferrer"');
	});

	it('is escaped in the list', () => {
		const { body } = render(EventList, {
			props: { eras, events: [event], m, hrefFor: (id) => `/event/${id}/` }
		});
		expectInert(body);
	});

	it('is escaped on the timeline, whose label is shortened to fit', () => {
		const { body } = render(Timeline, {
			props: {
				items: [
					{
						id: event.id,
						start,
						end: event.end,
						precision: 'day',
						isSpan: false,
						title: event.title,
						stance: 'conflict',
						dateLabel: 'July 16, 2018',
						related: []
					}
				],
				eras,
				domain: { from: Date.UTC(2017, 0, 1), to: Date.UTC(2020, 0, 1) },
				span: { from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) },
				hrefFor: (id: string) => `/event/${id}/`,
				m
			}
		});
		expect(body).not.toContain('<script>');
		expect(body).not.toMatch(/<img/i);
		expect(body).toContain('aria-label="Title &lt;script>alert(1)&lt;/script>');
		const text =
			/<text[^>]*>(.*?)<\/text>/s.exec(body.slice(body.indexOf('data-event-id="hostile"')))?.[1] ??
			'';
		const label = text.replace(/<[^>]*>/g, '');
		expect(label.endsWith('…')).toBe(true);
	});
});
