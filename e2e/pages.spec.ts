import { expect, test } from '@playwright/test';
import { dataset, eventById } from './data';

test('the home page lists every event, grouped by era, each linking to its page', async ({
	page
}) => {
	await page.goto('/');
	const list = page.locator('#events');
	for (const era of dataset.eras) {
		await expect(list.getByRole('heading', { name: era.title.en, exact: true })).toBeVisible();
	}
	const links = list.locator('ol a');
	await expect(links).toHaveCount(dataset.events.length);
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(hrefs)).toEqual(new Set(dataset.events.map((e) => `/event/${e.id}/`)));
});

test('an event page shows its title, date at its precision, stance and sources', async ({
	page
}) => {
	await page.goto('/event/helsinki-summit/');
	const panel = page.locator('#panel');
	await expect(panel.getByRole('heading', { level: 1 })).toHaveText(
		eventById('helsinki-summit').title.en
	);
	await expect(panel.locator('time').first()).toHaveText('July 16, 2018');
	await expect(page).toHaveTitle(/Helsinki/);
	await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(panel.locator('.sources li')).toHaveCount(
		eventById('helsinki-summit').sources.length
	);

	await page.goto('/event/crimea-annexation/');
	await expect(page.locator('#panel time').first()).toHaveText('March 2014');
	await page.goto('/event/diplomatic-relations-established-1809/');
	await expect(page.locator('#panel time').first()).toHaveText('1809');
});

test('an event page links to the events related to it', async ({ page }) => {
	await page.goto('/event/dima-yakovlev-law/');
	const related = page.locator('#panel .related');
	// Once the timeline has glided to the event, links also carry the view.
	await expect(
		related.getByRole('link', { name: eventById('magnitsky-act').title.en })
	).toHaveAttribute('href', /^\/event\/magnitsky-act\/(\?from=[\d-]+&to=[\d-]+)?$/);
	await page.goto('/event/magnitsky-act/');
	await expect(
		page
			.locator('#panel .related')
			.getByRole('link', { name: eventById('dima-yakovlev-law').title.en })
	).toBeVisible();
});

test('an unknown event id answers 404 with a way home', async ({ page }) => {
	const response = await page.goto('/event/no-such-event/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the timeline' }).click();
	await expect(page).toHaveURL('/');
});

test('the JSON Schema for the data file is published', async ({ request }) => {
	const response = await request.get('/events.schema.json');
	expect(response.ok()).toBe(true);
	const schema = await response.json();
	expect(schema.properties.events.items.properties.stance.enum).toEqual([
		'conflict',
		'cooperation',
		'mixed'
	]);
});
