import { describe, expect, it } from 'vitest';
import { loadInterface } from '$lib/i18n/catalogue';
import { siteFacts, siteText } from './identity';
import { loadDatasetFile } from './load.server';

const data = loadDatasetFile('data/events.json');

describe('siteText', () => {
	// The texts that used to be written into the catalogues, now made from the data's meta.
	it.each([
		[
			'en',
			'U.S.–Russia Relations, 1803–2019',
			'Source: Wei Bai-Ku, “U.S.-Russia Relations Under the Trump Administration” (2019).',
			'Wei Bai-Ku, “U.S.-Russia Relations Under the Trump Administration,” Graduate Institute of Russian Studies, National Chengchi University, 2019',
			'Timeline of U.S.–Russia relations',
			'Background the article mentions, not a U.S.–Russia event in itself.',
			'Overview of 1803–2019'
		],
		[
			'ja',
			'米露関係 1803–2019',
			'出典：魏百谷「トランプ政権下における米露関係の発展」（2019年）',
			'魏百谷「トランプ政権下における米露関係の発展」国立政治大学ロシア研究所、2019年（阿部久美子訳）',
			'米露関係の年表',
			'論文が言及する背景事項で、米露間の出来事そのものではありません。',
			'1803–2019年の全体図'
		],
		[
			'zh-Hant',
			'美俄關係 1803–2019',
			'資料來源：魏百谷〈川普政府時期美俄關係的發展〉（2019）',
			'魏百谷〈川普政府時期美俄關係的發展〉，國立政治大學俄羅斯研究所，2019年',
			'美俄關係年表',
			'論文提及的背景，並非美俄之間的事件本身。',
			'1803–2019年總覽'
		]
	] as const)(
		'%s pages name the site and cite the article as the data’s meta says',
		async (lang, title, sourceLine, citation, timeline, context, overview) => {
			const text = siteText(data, lang, await loadInterface(lang));
			expect(text).toMatchObject({
				siteTitle: title,
				sourceLine,
				timelineLabel: timeline,
				contextHelp: context,
				overviewLabel: overview,
				defaultWork: 'wei-2019'
			});
			expect(text.works['wei-2019']?.citation).toBe(citation);
		}
	);

	it('names sections, actors and themes in the page’s language', async () => {
		const text = siteText(data, 'ja', await loadInterface('ja'));
		expect(text.works['wei-2019']?.sections['3.2.1']).toBe('三-2(1) アメリカの対ロシア制裁');
		expect(text.actors['united-states']).toBe('アメリカ');
		expect(text.themes['sanctions']).toBe('制裁');
	});
});

describe('siteFacts', () => {
	it('publishes the registry’s languages that the dataset has, in the registry’s order', () => {
		const meta = { ...data.meta, languages: ['ja', 'en'] as ('en' | 'ja')[] };
		expect(siteFacts(meta).languages).toEqual(['en', 'ja']);
		expect(siteFacts(data.meta).languages).toEqual(['en', 'ja', 'zh-Hant']);
	});

	it('gives the focus meta names as a span from its first day to the end of its last year', () => {
		const meta = { ...data.meta, focus: { start: '2009', end: '2019' } };
		expect(siteFacts(meta).focus).toEqual({ from: Date.UTC(2009, 0, 1), to: Date.UTC(2020, 0, 1) });
		expect(siteFacts({ ...meta, focus: undefined }).focus).toBeUndefined();
	});
});
