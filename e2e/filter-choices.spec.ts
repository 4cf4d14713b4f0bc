/** Several themes or actors chosen by a link are each shown, and each can be removed. */
import { expect, test } from '@playwright/test';
import { dataset } from './data';
import { listIds, markIds, openTimeline } from './helpers';

const DECADE = 'from=2009-01-01&to=2019-12-31';
const idsWhere = (keep: (e: (typeof dataset.events)[number]) => boolean) =>
	dataset.events
		.filter(keep)
		.map((e) => e.id)
		.sort();

test('?theme=sanctions,diplomacy shows both themes; removing one, the URL, list and chart follow', async ({
	page
}) => {
	await openTimeline(page, `/?${DECADE}&theme=sanctions,diplomacy`);
	const theme = page.getByRole('combobox', { name: 'Theme' });
	await expect(theme.locator('option:checked')).toHaveText('2 chosen');
	const chosen = page.locator('.filters li');
	await expect(chosen).toHaveText(['Diplomacy', 'Sanctions'].map((t) => new RegExp(`^${t}`)));
	const either = (e: (typeof dataset.events)[number]) =>
		e.themes.includes('sanctions') || e.themes.includes('diplomacy');
	await expect.poll(() => listIds(page)).toEqual(idsWhere(either));

	await page.getByRole('button', { name: 'Remove Diplomacy' }).click();
	await expect(page).toHaveURL(/[?&]theme=sanctions(&|$)/);
	await expect(chosen).toHaveCount(0);
	await expect(theme).toHaveValue('sanctions');
	const sanctions = (e: (typeof dataset.events)[number]) => e.themes.includes('sanctions');
	await expect.poll(() => listIds(page)).toEqual(idsWhere(sanctions));
	// The chart draws only those events too.
	await expect
		.poll(async () => {
			const marks = await markIds(page);
			return marks.length > 0 && marks.every((id) => idsWhere(sanctions).includes(id));
		})
		.toBe(true);
});

test('several actors from a link are shown, and choosing one in the select replaces them', async ({
	page
}) => {
	await openTimeline(page, `/?${DECADE}&actor=nato,european-union`);
	const chosen = page.locator('.filters li');
	await expect(chosen).toHaveText([/^NATO/, /^European Union/]);
	await page.getByRole('combobox', { name: 'Actor' }).selectOption('russia');
	await expect(chosen).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]actor=russia(&|$)/);
	await expect.poll(() => listIds(page)).toEqual(idsWhere((e) => e.actors.includes('russia')));
});

test('removing the last but one chosen actor by keyboard leaves the other chosen', async ({
	page
}) => {
	await openTimeline(page, `/?actor=nato,european-union`);
	await page.getByRole('button', { name: 'Remove NATO' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]actor=european-union(&|$)/);
	await expect(page.getByRole('combobox', { name: 'Actor' })).toHaveValue('european-union');
	await expect
		.poll(() => listIds(page))
		.toEqual(idsWhere((e) => e.actors.includes('european-union')));
});
