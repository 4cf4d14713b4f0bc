import { describe, expect, it } from 'vitest';
import { loadInterface } from './catalogue';
import { formatDate, formatNumber } from './format';
import { LANGUAGES, type Language } from './languages';

/** Every key path of a catalogue, with the type of its leaf. */
function shape(value: unknown, prefix = ''): string[] {
	// A date-fns locale is data of its own, not messages.
	if (prefix === 'dateLocale') return ['dateLocale:object'];
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
	}
	return [`${prefix}:${typeof value}`];
}

const catalogues = Object.fromEntries(
	await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadInterface(lang)] as const))
) as Record<Language, Awaited<ReturnType<typeof loadInterface>>>;
const { en, ja, 'zh-Hant': zhHant } = catalogues;

describe('message catalogues', () => {
	it.each(['ja', 'zh-Hant'] as const)(
		'%s has exactly the keys of English, with the same kinds',
		(lang) => {
			expect(shape(catalogues[lang]).sort()).toEqual(shape(en).sort());
		}
	);

	it.each(Object.keys(catalogues) as Language[])(
		'%s has no empty or untranslated-looking texts',
		(lang) => {
			for (const entry of shape(catalogues[lang])) expect(entry).not.toMatch(/:undefined$/);
			const texts = JSON.stringify(catalogues[lang]);
			expect(texts).not.toMatch(/""/);
			if (lang !== 'en') expect(catalogues[lang].zoomIn).not.toBe(en.zoomIn);
		}
	);
});

describe('date formatting', () => {
	const day = Date.UTC(2018, 6, 16);
	it.each([
		['en', 'day', 'July 16, 2018'],
		['en', 'month', 'July 2018'],
		['en', 'year', '2018'],
		['ja', 'day', '2018年7月16日'],
		['ja', 'month', '2018年7月'],
		['ja', 'year', '2018年'],
		['zh-Hant', 'day', '2018年7月16日'],
		['zh-Hant', 'month', '2018年7月'],
		['zh-Hant', 'year', '2018年']
	] as const)('%s at %s precision reads %s', (lang, precision, expected) => {
		expect(formatDate(day, precision, catalogues[lang])).toBe(expected);
	});

	it('formats early dates without shifting the year', () => {
		expect(formatDate(Date.UTC(1803, 9, 28), 'day', en)).toBe('October 28, 1803');
	});

	it('formats numbers and units in each language', () => {
		const n = (v: number) => formatNumber(v, 'en');
		expect(en.units.people(300000, n)).toBe('300,000 troops');
		expect(ja.units['usd-billion'](24, (v) => formatNumber(v, 'ja'))).toBe('240億ドル');
		expect(zhHant.units['usd-million'](250, (v) => formatNumber(v, 'zh-Hant'))).toBe('2.5 億美元');
	});
});
