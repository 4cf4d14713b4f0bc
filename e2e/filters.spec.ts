import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parsePartialDate } from '../src/lib/data/dates';
import { dataset, eventsInDateOrder, neighbourInDateOrder } from './data';
import { listIds, markIds, openTimeline } from './helpers';

/** A one-year view, where every event is its own mark. */
const YEAR = 'from=2018-01-01&to=2018-12-31';
const DECADE = 'from=2009-01-01&to=2019-12-31';
const idsWhere = (test: (e: (typeof dataset.events)[number]) => boolean) =>
	dataset.events
		.filter(test)
		.map((e) => e.id)
		.sort();

test('each stance filter narrows the timeline and the list to exactly its events', async ({
	page
}) => {
	await openTimeline(page, `/?${YEAR}`);
	for (const stance of ['conflict', 'cooperation', 'mixed'] as const) {
		const button = page.getByRole('button', { name: new RegExp(`^${stance}`, 'i') });
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		const expected = idsWhere((e) => e.stance === stance);
		await expect(button.locator('.count')).toHaveText(String(expected.length));
		await expect.poll(() => listIds(page)).toEqual(expected);
		await expect
			.poll(() => markIds(page))
			.toEqual(idsWhere((e) => e.stance === stance && e.date.startsWith('2018')));
		await expect(page).toHaveURL(new RegExp(`stance=${stance}`));
		await button.click();
	}
});

test('theme and actor filters narrow to the matching events', async ({ page }) => {
	await openTimeline(page, `/?${DECADE}`);
	await page.getByLabel('Theme').selectOption('sanctions');
	await expect.poll(() => listIds(page)).toEqual(idsWhere((e) => e.themes.includes('sanctions')));
	await page.getByLabel('Actor').selectOption('nato');
	await expect
		.poll(() => listIds(page))
		.toEqual(idsWhere((e) => e.themes.includes('sanctions') && e.actors.includes('nato')));
	await page.getByRole('button', { name: 'Clear all' }).click();
	await expect.poll(() => listIds(page)).toHaveLength(dataset.events.length);
});

test('search works from the URL, in Japanese too, and an empty result offers to clear', async ({
	page
}) => {
	await openTimeline(page, '/?q=magnitsky');
	await expect.poll(() => listIds(page)).toContain('magnitsky-act');
	await expect(page.getByRole('searchbox')).toHaveValue('magnitsky');

	await openTimeline(page, '/ja/?q=ヘルシンキ');
	await expect.poll(() => listIds(page)).toContain('helsinki-summit');
	for (const id of await listIds(page)) {
		const event = dataset.events.find((e) => e.id === id)!;
		expect(
			JSON.stringify(
				event.title.ja + event.summary.ja + (event.note?.ja ?? '') + JSON.stringify(event.sources)
			)
		).toContain('ヘルシンキ');
	}

	await openTimeline(page, '/?q=zzzzqqq');
	await expect(page.getByText('No event matches these filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	await expect.poll(() => listIds(page)).toHaveLength(dataset.events.length);
	await expect(page).not.toHaveURL(/q=/);
});

test('filters and view survive a reload, Back and Forward, and opening an event', async ({
	page
}) => {
	await openTimeline(page, `/?${DECADE}`);
	await page.getByRole('button', { name: /^conflict/i }).click();
	await page.getByRole('searchbox').fill('diplomats');
	await expect(page).toHaveURL(/q=diplomats/);
	const url = page.url();
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.getByRole('searchbox')).toHaveValue('diplomats');
	await expect(page.getByRole('button', { name: /^conflict/i })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const shown = await listIds(page);
	expect(shown).toEqual(
		expect.arrayContaining(['russia-expels-60-diplomats', 'us-expels-60-diplomats'])
	);
	for (const id of shown) expect(dataset.events.find((e) => e.id === id)!.stance).toBe('conflict');

	await page.locator('#events').getByRole('link').first().click();
	await expect(page).toHaveURL(/\/event\/.*q=diplomats/);
	await page.goBack();
	await expect(page).toHaveURL(url);
	await expect.poll(() => listIds(page)).toEqual(shown);
	await page.goForward();
	await expect(page.locator('#panel')).toBeVisible();
	await expect(page).toHaveURL(/\/event\/.*q=diplomats/);
});

test('Copy link puts the event’s canonical URL with the view and filters on the clipboard', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTimeline(page, '/event/helsinki-summit/?from=2018-01-01&to=2018-12-31&stance=mixed');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// The origin the reader is on, not a build-time guess at where the site is deployed.
	const origin = new URL(page.url()).origin;
	expect(copied).toBe(
		`${origin}/event/helsinki-summit/?from=2018-01-01&to=2018-12-31&stance=mixed`
	);
});

test('Copy link inside an embed copies the full site’s link', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTimeline(page, '/event/helsinki-summit/?embed=1&from=2018-01-01&to=2018-12-31');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const origin = new URL(page.url()).origin;
	expect(copied).toBe(`${origin}/event/helsinki-summit/?from=2018-01-01&to=2018-12-31`);
});

test('?embed=1 shows only the timeline and its panel, with a link to the full site', async ({
	page
}) => {
	await openTimeline(page, '/event/helsinki-summit/?embed=1');
	await expect(page.locator('.masthead')).toHaveCount(0);
	await expect(page.locator('#events')).toHaveCount(0);
	await expect(page.locator('footer')).toHaveCount(0);
	await expect(page.locator('svg.chart')).toBeVisible();
	await expect(page.locator('#panel')).toBeVisible();
	const out = page.getByRole('link', { name: /View on the full site/ });
	await expect(out).toHaveAttribute('href', /\/event\/helsinki-summit\/$/);
	// Moving inside the embed keeps it an embed.
	await page
		.locator('#panel')
		.getByRole('link', { name: /Next event/ })
		.click();
	await expect(page).toHaveURL(/embed=1/);
	await expect(page.locator('.masthead')).toHaveCount(0);
});

test('the downloads contain what the filters show', async ({ page }) => {
	// A search reads the search index, which arrives just after the page.
	await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/search-index.json')),
		openTimeline(page, '/?stance=cooperation&q=treaty')
	]);
	await expect(page.locator('.count-line')).not.toHaveText(/All/);
	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'CSV' }).click()
	]);
	// A download waits for the summaries, so by now the list has been searched with them too.
	const expected = await listIds(page);
	expect(expected.length).toBeGreaterThan(0);
	const csv = readFileSync((await csvDownload.path())!, 'utf8');
	const rows = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(rows[0]).toBe(
		'id,date,endDate,displayDate,title,summary,stance,themes,actors,note,sources,url,stanceId,themeIds,actorIds'
	);
	expect(
		rows
			.slice(1)
			.map((r) => r.split(',')[0])
			.sort()
	).toEqual(expected);

	const [jsonDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'JSON' }).click()
	]);
	const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
	expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(expected);
	expect(json.events.every((e: { stanceId: string }) => e.stanceId === 'cooperation')).toBe(true);
	// Links to the events on the site the reader is on.
	const origin = new URL(page.url()).origin;
	expect(json.events.map((e: { url: string }) => e.url)).toEqual(
		json.events.map((e: { id: string }) => `${origin}/event/${e.id}/`)
	);
});

test('“Download what is shown” downloads the events in view, and all that match one choice away', async ({
	page
}) => {
	await openTimeline(page, '/?stance=conflict&from=2018-01-01&to=2018-12-31');
	const from = Date.UTC(2018, 0, 1);
	const to = Date.UTC(2018, 11, 31);
	const conflicts = dataset.events.filter((e) => e.stance === 'conflict');
	const inView = conflicts
		.filter((e) => {
			const start = parsePartialDate(e.date)!.start;
			const end = parsePartialDate(e.endDate ?? e.date)!.end;
			return start < to && end > from;
		})
		.map((e) => e.id)
		.sort();
	expect(inView.length).toBeGreaterThan(0);
	expect(inView.length).toBeLessThan(conflicts.length);
	// What the chart shows: in a one-year view every event is its own mark.
	expect(await markIds(page)).toEqual(inView);

	const downloads = page.locator('.downloads');
	const scope = downloads.getByRole('combobox', { name: 'Events to download' });
	await expect(scope).toHaveValue('view');
	await expect(scope.locator('option:checked')).toHaveText(
		`In view on the timeline (${inView.length})`
	);
	const idsOf = async () => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			downloads.getByRole('button', { name: 'JSON' }).click()
		]);
		const json = JSON.parse(readFileSync((await file.path())!, 'utf8'));
		return json.events.map((e: { id: string }) => e.id).sort();
	};
	expect(await idsOf()).toEqual(inView);

	await scope.selectOption({ label: `All that match the filters (${conflicts.length})` });
	expect(await idsOf()).toEqual(conflicts.map((e) => e.id).sort());
});

test('the full dataset is published as JSON and CSV', async ({ request }) => {
	const json = await (await request.get('/events.json')).json();
	expect(json.events).toHaveLength(dataset.events.length);
	const csv = await (await request.get('/events.csv')).text();
	expect(csv).toContain('title_ja');
	expect(csv).toContain(dataset.events[0]!.title['zh-Hant']);
});

test('with a filter on, → and the panel’s Next both go to the next event the filter shows', async ({
	page
}) => {
	const conflict = (e: (typeof dataset.events)[number]) => e.stance === 'conflict';
	// A conflict of 2018 whose next event in date order is not a conflict, so the filter matters.
	const from = eventsInDateOrder.find(
		(e) => conflict(e) && e.date.startsWith('2018') && !conflict(neighbourInDateOrder(e.id, 1))
	)!;
	const next = neighbourInDateOrder(from.id, 1, conflict);
	await openTimeline(page, '/?from=2018-01-01&to=2018-12-31&stance=conflict');
	await page.locator(`svg.chart [data-event-id="${from.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/event/${from.id}/`));

	const nextLink = page.locator('#panel a[rel="next"]');
	await expect(nextLink).toHaveAttribute('href', new RegExp(`/event/${next.id}/`));
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`/event/${next.id}/.*stance=conflict`));

	await expect(page.locator('#panel a[rel="prev"]')).toHaveAttribute(
		'href',
		new RegExp(`/event/${from.id}/`)
	);
	await page.locator('#panel a[rel="prev"]').click();
	await expect(page).toHaveURL(new RegExp(`/event/${from.id}/`));
});
