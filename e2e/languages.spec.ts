/**
 * Each language's own typography, as a reader of it sees the pages and the downloads: colons,
 * separators, lists, figures counted as the summaries count them, citations and download columns.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './data';
import { openTimeline } from './helpers';

const LANGS = [
	{
		lang: 'en',
		prefix: '',
		colon: ': ',
		relations: 'Relations temperature: The band along the top',
		download: 'Download what is shown: ',
		firstEra: '1803 – 1916 · 2 events',
		meta: 'September 2018 · Strategic Competition',
		figures: [
			['Troops taking part', '300,000 troops'],
			['Military aircraft', 'more than 1,000 aircraft'],
			['Tanks and other vehicles', 'about 36,000 vehicles'],
			['Warships', 'about 80 ships']
		],
		actors: 'Russia, United States, and NATO',
		citation:
			/^Wei Bai-Ku, “.+,” .+, 2019, 3\.1 Strategy and the arms race, footnote 12\. Cited there: “.+,” .+, 2018-08-23\.$/,
		notFoundOther: /^ページが見つかりません：年表へ戻る$/,
		stance: 'Conflict'
	},
	{
		lang: 'ja',
		prefix: '/ja',
		colon: '：',
		relations: '関係の温度：上部の帯は',
		download: '表示中の出来事をダウンロード：',
		firstEra: '1803年～1916年・2件',
		meta: '2018年9月・戦略的競争',
		figures: [
			['参加兵力', '30万人'],
			['各種戦闘機', '1,000機以上'],
			['戦車など各種車両', '約3万6,000両'],
			['艦艇', '約80隻']
		],
		actors: 'ロシア、アメリカ、NATO',
		citation:
			/^魏百谷「.+」国立政治大学ロシア研究所、2019年（阿部久美子訳）、三-1 戦略と軍備競争、注12。引用文献：「.+」英國廣播公司 \(BBC\)、2018-08-23。$/,
		notFoundOther: /^Page not found: Go to the timeline$/,
		stance: '対立'
	},
	{
		lang: 'zh-Hant',
		prefix: '/zh-hant',
		colon: '：',
		relations: '關係溫度：上方的色帶',
		download: '下載目前顯示的事件：',
		firstEra: '1803年至1916年・2件',
		meta: '2018年9月・戰略競爭',
		figures: [
			['參演兵力', '30萬人'],
			['各型戰機', '逾1,000架'],
			['坦克等各類車輛', '約3萬6,000輛'],
			['艦艇', '約80艘']
		],
		actors: '俄羅斯、美國和北約',
		citation:
			/^魏百谷〈.+〉，國立政治大學俄羅斯研究所，2019年，三之1 戰略與軍備競賽，註12。引用文獻：〈.+〉，英國廣播公司 \(BBC\)，2018-08-23。$/,
		notFoundOther: /^Page not found: Go to the timeline$/,
		stance: '衝突'
	}
] as const;

/** Text as a reader sees it: runs of white space read as one space. */
const seen = (text: string) => text.replace(/\s+/g, ' ').trim();

async function texts(page: Page, selector: string) {
	return (await page.locator(selector).allTextContents()).map(seen);
}

for (const l of LANGS) {
	const cjk = l.lang !== 'en';

	test(`${l.lang}: the home page punctuates labels and counts as the language does`, async ({
		page
	}) => {
		await openTimeline(page, `${l.prefix}/`);
		expect(seen((await page.locator('.legend .help').textContent())!)).toContain(l.relations);
		await expect(page.locator('.downloads .label')).toHaveText(l.download);
		expect((await texts(page, '#events .range'))[0]).toBe(l.firstEra);
		const visible = seen((await page.locator('main').innerText()) ?? '');
		if (cjk) {
			// The interpunct between English facts is not how these languages separate them.
			expect(visible).not.toContain(' · ');
			// No half-width colon or comma after Japanese or Chinese text.
			expect(visible).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][:,] /u);
		}
	});

	test(`${l.lang}: an event page writes figures, lists and citations as the language does`, async ({
		page
	}) => {
		await openTimeline(page, `${l.prefix}/event/vostok-2018/`);
		const panel = page.locator('#panel');
		expect(seen((await panel.locator('.meta').textContent())!)).toBe(l.meta);
		const labels = await texts(page, '#panel .figures dt');
		const values = await texts(page, '#panel .figures dd');
		expect(labels.map((label, i) => [label, values[i]])).toEqual(l.figures);
		await expect(panel.locator('.facts dd')).toHaveText(l.actors);
		const citation = seen((await panel.locator('.sources li').first().textContent())!);
		expect(citation).toMatch(l.citation);
	});

	test(`${l.lang}: the 404 page names the other languages with their own colon`, async ({
		page
	}) => {
		// The root 404 page offers the way home in every language; a language's own 404 in English.
		await page.goto(l.lang === 'en' ? '/no-such-page/' : `${l.prefix}/404`);
		const others = await texts(page, '.others li');
		expect(others.some((line) => l.notFoundOther.test(line))).toBe(true);
	});

	test(`${l.lang}: downloads name stances, themes and actors in the language, with ids and notes`, async ({
		page
	}) => {
		await openTimeline(page, `${l.prefix}/?from=2018-09-01&to=2018-09-30`);
		const [csvFile] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('.downloads').getByRole('button', { name: 'CSV' }).click()
		]);
		const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '');
		const [header, ...rows] = csv.trim().split('\r\n');
		const columns = header!.split(',');
		for (const column of [
			'stance',
			'themes',
			'actors',
			'note',
			'stanceId',
			'themeIds',
			'actorIds'
		]) {
			expect(columns).toContain(column);
		}
		const vostok = rows.find((row) => row.startsWith('vostok-2018,'))!;
		expect(vostok).toContain(`,${l.stance},`);
		expect(vostok).toContain(l.actors);
		expect(vostok).toContain(',conflict,');
		expect(vostok).toContain(`,${eventById('vostok-2018').actors.join(' ')}`);

		const [jsonFile] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('.downloads').getByRole('button', { name: 'JSON' }).click()
		]);
		const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8'));
		const event = json.events.find((e: { id: string }) => e.id === 'vostok-2018');
		const data = eventById('vostok-2018');
		expect(event).toMatchObject({
			stance: l.stance,
			stanceId: 'conflict',
			actorIds: data.actors,
			themeIds: data.themes,
			note: data.note![l.lang]
		});
		const names = Object.fromEntries(
			dataset.meta.actors.map((a) => [a.id, a.name[l.lang]] as const)
		);
		expect(event.actors).toEqual(data.actors.map((a) => names[a]));
		if (cjk) expect(JSON.stringify(event.actors)).not.toMatch(/united-states|russia/);
	});
}
