/** 繁體中文介面文字。 */
import { zhTW } from 'date-fns/locale/zh-TW';
import type { Messages } from './en';

const zhHant: Messages = {
	siteTitle: '美俄關係 1803–2019',
	siteKicker: '互動年表',
	siteDescription:
		'從 1803 年的承認到 2019 年退出《中程飛彈條約》，兩個世紀的美俄關係。依時代、衝突與合作，呈現一篇學術論文中所有標有日期的事件。',
	sourceLine: '資料來源：魏百谷〈川普政府時期美俄關係的發展〉（2019）',
	skipToTimeline: '跳至年表',
	skipToContent: '跳至主要內容',
	skipToList: '跳至事件列表',
	languageSwitcher: '語言',
	/** date-fns locale: month and weekday names, shipped only with this language. */
	dateLocale: zhTW,
	dateFormats: { day: "yyyy'年'M'月'd'日'", month: "yyyy'年'M'月'", year: "yyyy'年'" },
	tickFormats: {
		year: "yyyy'年'",
		month: "M'月'",
		monthWithYear: "yyyy'年'M'月'",
		day: "d'日'",
		dayWithMonth: "M'月'd'日'"
	},
	dateRange: (from, to) => `${from}至${to}`,

	timelineLabel: '美俄關係年表',
	timelineDescription: (from, to, shown, total) =>
		`顯示 ${from} 至 ${to}：共 ${total} 件中的 ${shown} 件。以 Tab 鍵前往事件，按 + 與 − 縮放，方向鍵平移。`,
	viewAnnouncement: (from, to, count) => `${from} 至 ${to}，顯示 ${count} 件事件`,
	zoomIn: '放大',
	zoomOut: '縮小',
	zoomAll: '完整年表',
	erasLabel: '時代',
	zoomToEra: (era) => `顯示「${era}」`,
	clusterLabel: (count, range) => `${range}，共 ${count} 件。放大檢視`,
	overviewWindow: (range) => `目前檢視：${range}`,
	relationsLabel: '關係溫度',
	relationsWarmer: '合作',
	relationsColder: '衝突',
	relationsHelp:
		'事件的平滑化收支：合作計 +1、衝突計 −1、混合計 0，依時間遠近加權（高斯核），事件稀少的時期則向零收斂。標為「背景」的事項不計入。',
	arcLabel: '連線：對先前事件的回應',
	legendLabel: '圖例',
	legendPrecision: '空心：僅知月份或年份',
	eventCount: (count) => `${count} 件`,

	stances: { conflict: '衝突', cooperation: '合作', mixed: '混合' },
	themes: {
		diplomacy: '外交',
		'arms-control-military': '軍備管制與軍事',
		sanctions: '制裁',
		'economy-trade': '經濟與貿易',
		'public-opinion': '民意',
		multilateral: '多邊',
		'regional-conflict': '區域衝突'
	},
	actors: {
		'united-states': '美國',
		russia: '俄羅斯',
		'soviet-union': '蘇聯',
		nato: '北約',
		'european-union': '歐盟',
		ukraine: '烏克蘭',
		syria: '敘利亞',
		'united-kingdom': '英國',
		china: '中國',
		'united-nations': '聯合國',
		wto: '世界貿易組織',
		g8: '八大工業國（G8）',
		'council-of-europe': '歐洲理事會'
	},
	sections: {
		abstract: '摘要',
		'1': '一、前言',
		'2.1': '二之1 外交關係的發展',
		'2.2': '二之2 近年雙邊關係的發展',
		'3.1': '三之1 戰略與軍備競賽',
		'3.2': '三之2 針鋒相對的制裁',
		'3.2.1': '三之2(1) 美國對俄制裁',
		'3.2.2': '三之2(2) 俄羅斯的回應',
		'3.3': '三之3 全球重大議題上的合作',
		'3.4': '三之4 美俄經貿往來',
		'4': '四、結論'
	},
	units: {
		people: (v, n) => `${n(v)} 人`,
		aircraft: (v, n) => `${n(v)} 架`,
		vehicles: (v, n) => `${n(v)} 輛`,
		ships: (v, n) => `${n(v)} 艘`,
		'usd-billion': (v, n) => `${n(v * 10)} 億美元`,
		'usd-million': (v, n) => (v >= 100 ? `${n(v / 100)} 億美元` : `${n(v * 100)} 萬美元`),
		percent: (v, n) => `${n(v)}%`,
		km: (v, n) => `${n(v)} 公里`,
		count: (v, n) => `${n(v)} 次`
	},
	relationKinds: { 'response-to': '回應的對象', follows: '接續', 'see-also': '另見' },
	answeredBy: '對此的回應',

	filtersLabel: '篩選事件',
	filtersToggle: '篩選與搜尋',
	stanceFilter: '性質',
	themeFilter: '主題',
	actorFilter: '行為者',
	anyTheme: '所有主題',
	anyActor: '所有行為者',
	searchLabel: '搜尋',
	searchPlaceholder: '標題、摘要、資料來源…',
	clearAll: '全部清除',
	resultsCount: (shown, total) =>
		shown === total ? `全部 ${total} 件` : `${total} 件中的 ${shown} 件`,
	noResults: '沒有符合這些條件的事件。',
	clearFilters: '清除篩選',
	filterAnnouncement: (shown) => `符合 ${shown} 件`,
	downloadLabel: '下載目前顯示的事件',
	downloadCsv: 'CSV',
	downloadJson: 'JSON',
	shareLabel: '分享此事件',
	copyLink: '複製連結',
	linkCopied: '已複製連結',
	copyManually: '請複製此連結：',
	shareSheet: '分享…',
	viewOnSite: '在網站上檢視',

	listHeading: '依時代排列的所有事件',
	eraEvents: (count) => `${count} 件`,
	dateLabel: '日期',
	stanceLabel: '性質',
	actorsLabel: '行為者',
	figuresLabel: '數字',
	relatedLabel: '相關事件',
	sourcesLabel: '資料來源',
	noteLabel: '編者註',
	contextBadge: '背景',
	contextHelp: '論文提及的背景，並非美俄之間的事件本身。',
	article: '魏百谷〈川普政府時期美俄關係的發展〉，國立政治大學俄羅斯研究所，2019 年',
	footnote: (n) => `註 ${n}`,
	citedIn: '引用文獻',
	closePanel: '關閉',
	previousEvent: '上一個事件',
	nextEvent: '下一個事件',

	notFoundTitle: '找不到網頁',
	notFoundBody: '此網址沒有網頁。事件可能已更名，或連結有誤。',
	notFoundHome: '回到年表'
};

export default zhHant;
