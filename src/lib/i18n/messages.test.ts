import { describe, expect, it } from 'vitest';
import { loadInterface } from './catalogue';
import { formatDate, formatFigure, formatList, formatNumber } from './format';
import { LANGUAGES, type Language } from './languages';

/** Every key path of a catalogue, with the type of its leaf. */
function shape(value: unknown, prefix = ''): string[] {
	// A date-fns locale and the registry's typography are data of their own, not messages.
	if (prefix === 'dateLocale' || prefix === 'typography') return [`${prefix}:object`];
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
			// The registry's typography may rightly hold an empty string (no gap between sentences).
			const texts = JSON.stringify({ ...catalogues[lang], typography: undefined });
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
		expect(zhHant.units['usd-million'](250, (v) => formatNumber(v, 'zh-Hant'))).toBe(
			'2億5,000萬美元'
		);
	});
});

describe('numbers as each language counts them', () => {
	it.each([
		['en', 300000, '300,000'],
		['en', 36000, '36,000'],
		['en', -3.9, '-3.9'],
		['ja', 300000, '30万'],
		['ja', 36000, '3万6,000'],
		['ja', 24e9, '240億'],
		['ja', 250e6, '2億5,000万'],
		['ja', 1000, '1,000'],
		['ja', -3.9, '-3.9'],
		['ja', -36000, '-3万6,000'],
		['zh-Hant', 300000, '30萬'],
		['zh-Hant', 36000, '3萬6,000'],
		['zh-Hant', 13.9e9, '139億'],
		['zh-Hant', 1.5e12, '1兆5,000億'],
		['zh-Hant', 1e20, '100,000,000,000,000,000,000']
	] as const)('%s writes %d as %s', (lang, value, expected) => {
		expect(formatNumber(value, lang)).toBe(expected);
	});
});

describe('figures with their qualifier on the value', () => {
	it.each([
		['en', { value: 1000, unit: 'aircraft', qualifier: 'more-than' }, 'more than 1,000 aircraft'],
		['ja', { value: 1000, unit: 'aircraft', qualifier: 'more-than' }, '1,000機以上'],
		['zh-Hant', { value: 1000, unit: 'aircraft', qualifier: 'more-than' }, '逾1,000架'],
		['en', { value: 36000, unit: 'vehicles', qualifier: 'about' }, 'about 36,000 vehicles'],
		['ja', { value: 36000, unit: 'vehicles', qualifier: 'about' }, '約3万6,000両'],
		['zh-Hant', { value: 36000, unit: 'vehicles', qualifier: 'about' }, '約3萬6,000輛'],
		['ja', { value: 300000, unit: 'people' }, '30万人'],
		['zh-Hant', { value: 300000, unit: 'people' }, '30萬人'],
		['zh-Hant', { value: 500, unit: 'km', qualifier: 'more-than' }, '逾500公里']
	] as const)('%s writes %j as %s', (lang, figure, expected) => {
		expect(formatFigure(figure, catalogues[lang])).toBe(expected);
	});
});

describe('typography from the language registry', () => {
	it.each([
		['en', 'United States and Russia'],
		['ja', 'アメリカ、ロシア'],
		['zh-Hant', '美國、俄羅斯']
	] as const)('%s lists two names as %s', (lang, expected) => {
		const names = {
			en: ['United States', 'Russia'],
			ja: ['アメリカ', 'ロシア'],
			'zh-Hant': ['美國', '俄羅斯']
		};
		expect(formatList(names[lang], lang)).toBe(expected);
	});

	it.each([
		['en', 'Work, 2.2 Section, footnote 5.'],
		['ja', 'Work、二-2 節、注5。'],
		['zh-Hant', 'Work，二之2 節，註5。']
	] as const)('%s cites a source as %s', (lang, expected) => {
		const m = catalogues[lang];
		const section = { en: '2.2 Section', ja: '二-2 節', 'zh-Hant': '二之2 節' }[lang];
		expect(m.typography.source({ work: 'Work', section, footnote: m.footnote(5) })).toBe(expected);
	});

	it.each([
		['en', { title: 'Russia', publisher: 'USTR' }, '“Russia,” USTR.'],
		[
			'ja',
			{ author: '林煜翔', title: '俄美關係新契機', date: '2016-12' },
			'林煜翔「俄美關係新契機」2016-12。'
		],
		[
			'zh-Hant',
			{ author: '林煜翔', title: '俄美關係新契機', publisher: '台俄經貿' },
			'林煜翔〈俄美關係新契機〉，台俄經貿。'
		],
		['zh-Hant', { title: 'Russia', publisher: 'USTR' }, '“Russia,” USTR.']
	] as const)('%s cites a footnote’s work %j as %s', (lang, cited, expected) => {
		const { before, title, after } = catalogues[lang].typography.cited(cited);
		expect(before + title + after).toBe(expected);
	});
});
