import { describe, expect, it } from 'vitest';
import { loadInterface } from '$lib/i18n/catalogue';
import { LANGUAGES } from '$lib/i18n/languages';
import { loadDataset } from './load.server';
import { localizeEvents } from './localize';

describe('localizeEvents', () => {
	it.each([
		['en', 'helsinki-summit', 'July 16, 2018'],
		['ja', 'helsinki-summit', '2018年7月16日'],
		['zh-Hant', 'helsinki-summit', '2018年7月16日']
	] as const)('writes an event’s date as %s writes it', async (lang, id, when) => {
		const events = localizeEvents(loadDataset(), lang, await loadInterface(lang));
		expect(events.find((e) => e.id === id)?.when).toBe(when);
	});

	it('writes a span with both its ends, at their precision', async () => {
		const events = localizeEvents(loadDataset(), 'en', await loadInterface('en'));
		expect(events.find((e) => e.id === 'putin-obama-four-meetings')?.when).toBe(
			'September 2015 – November 2015'
		);
		expect(events.find((e) => e.id === 'lavrov-kerry-talks')?.when).toBe('2015 – 2016');
	});

	it('gives every event a date in every language', async () => {
		for (const lang of LANGUAGES) {
			const events = localizeEvents(loadDataset(), lang, await loadInterface(lang));
			expect(events.filter((e) => !e.when.trim()).map((e) => e.id)).toEqual([]);
		}
	});
});
