/**
 * Golden SVG snapshots of the chart, as Observable Plot keeps them: the server-rendered chart of
 * a small fixed dataset (not the real one, so that data edits do not churn them) at three views,
 * with numbers rounded so they are stable. After an intended change to the drawing, update them
 * with `npm run test:update-snapshots` and review the diff.
 */
import { parse } from 'node-html-parser';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { standaloneText } from '$lib/data/identity';
import { loadInterface } from '$lib/i18n/catalogue';
import type { TimelineItem } from '$lib/timeline/items';
import { domainOf, type Span } from '$lib/timeline/view-state';
import Timeline from './Timeline.svelte';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

const eras = [
	{ id: 'thaw', start: day('1985-03-11'), end: day('1991-12-26'), title: 'The Thaw' },
	{ id: 'nineties', start: day('1991-12-26'), end: day('2000-05-07'), title: 'The Nineties' },
	{ id: 'reset', start: day('2000-05-07'), end: day('2012-05-07'), title: 'Reset and Strain' },
	{ id: 'rupture', start: day('2012-05-07'), end: day('2020-01-01'), title: 'Rupture' }
];

function event(
	id: string,
	date: string,
	stance: TimelineItem['stance'],
	more: Partial<TimelineItem> = {}
): TimelineItem {
	const start = day(date);
	return {
		id,
		start,
		end: start + DAY_MS,
		precision: 'day',
		isSpan: false,
		title: `Event ${id}`,
		stance,
		dateLabel: date,
		related: [],
		...more
	};
}

/** In date order, with a crowded year (2014) that clusters when zoomed out, and a response. */
const items: TimelineItem[] = [
	event('summit', '1986-10-11', 'cooperation'),
	event('treaty', '1987-12-08', 'cooperation'),
	event('coup', '1991-08-19', 'mixed'),
	event('aid', '1993-04-04', 'cooperation', {
		precision: 'month',
		start: day('1993-04-01'),
		end: day('1993-05-01')
	}),
	event('kosovo', '1999-03-24', 'conflict'),
	event('council', '2002-05-28', 'cooperation', {
		isSpan: true,
		end: day('2008-08-07'),
		dateLabel: '2002–2008'
	}),
	event('war', '2008-08-08', 'conflict'),
	event('reset', '2009-03-06', 'cooperation'),
	event('annexation', '2014-03-18', 'conflict'),
	event('sanctions', '2014-03-20', 'conflict', {
		related: [{ id: 'annexation', kind: 'response-to' }]
	}),
	event('counter', '2014-08-06', 'conflict', {
		related: [{ id: 'sanctions', kind: 'response-to' }]
	}),
	event('minsk', '2014-09-05', 'mixed'),
	event('g8', '2014-03-24', 'conflict'),
	event('geneva', '2014-04-17', 'mixed'),
	event('visas', '2014-04-28', 'conflict'),
	event('gas', '2014-05-21', 'cooperation'),
	event('sectoral', '2014-07-29', 'conflict'),
	event('downing', '2014-07-17', 'conflict'),
	event('syria', '2015-09-30', 'mixed'),
	event('summit-2018', '2018-07-16', 'mixed'),
	event('treaty-exit', '2019-08-02', 'conflict')
].sort((a, b) => a.start - b.start);

const domain = domainOf(eras);

/** The chart's two SVGs (lanes and axis labels), one element a line, numbers to a tenth. */
function chartSvg(body: string): string {
	return (
		parse(body)
			.querySelectorAll('svg.chart, svg.axis')
			.map((svg) => svg.outerHTML)
			.join('\n')
			.replace(/<!--[^>]*-->/g, '')
			.replace(/ class="([^"]*)"/g, (_, names: string) => {
				const kept = names.split(/\s+/).filter((n) => n && !n.startsWith('svelte-'));
				return kept.length ? ` class="${kept.join(' ')}"` : '';
			})
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
			.replace(/<svg /g, '<svg xmlns="http://www.w3.org/2000/svg" ')
			.replace(/><\/(line|rect|path|circle|polygon)>/g, '/>')
			.replace(/></g, '>\n<') + '\n'
	);
}

/** The fixture's own texts: it is no real dataset. */
const FIXTURE_TEXT = standaloneText('Fixture timeline', 'Events for the chart’s snapshots.');

async function renderAt(span: Span) {
	const m = { ...(await loadInterface('en')), ...FIXTURE_TEXT };
	const { body } = render(Timeline, {
		props: { items, eras, domain, span, hrefFor: (id) => `/event/${id}/`, m }
	});
	return chartSvg(body);
}

describe('the chart, server-rendered at 1000 px', () => {
	it.each([
		['whole', domain],
		['decade', { from: day('2010-01-01'), to: day('2020-01-01') }],
		['year', { from: day('2014-01-01'), to: day('2015-01-01') }]
	])('%s', async (name, span) => {
		await expect(await renderAt(span)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
	});

	it('draws every event of a one-year view as its own link', async () => {
		const svg = await renderAt({ from: day('2014-01-01'), to: day('2015-01-01') });
		const in2014 = items.filter((i) => new Date(i.start).getUTCFullYear() === 2014);
		for (const item of in2014) expect(svg).toContain(`href="/event/${item.id}/"`);
		expect(svg).not.toContain('data-cluster');
	});
});
