/** 繁體中文介面文字。 */
import type { Catalogue } from './en';

const zhHant: Catalogue = {
	siteKicker: '互動年表',
	skipToTimeline: '跳至年表',
	skipToContent: '跳至主要內容',
	skipToList: '跳至事件列表',
	languageSwitcher: '語言',
	dateFormats: { day: "yyyy'年'M'月'd'日'", month: "yyyy'年'M'月'", year: "yyyy'年'" },
	tickFormats: {
		year: "yyyy'年'",
		month: "M'月'",
		monthWithYear: "yyyy'年'M'月'",
		day: "d'日'",
		dayWithMonth: "M'月'd'日'"
	},
	dateRange: (from, to) => `${from}至${to}`,

	timelineOf: (relationship) => `${relationship}關係年表`,
	timelineDescription: (from, to, shown, total) =>
		`${from}至${to}：共${total}件事件，顯示其中${shown}件。以 Tab 鍵前往事件，按＋與−縮放，方向鍵平移。`,
	viewAnnouncement: (from, to, count) => `${from}至${to}，顯示${count}件事件`,
	zoomIn: '放大',
	zoomOut: '縮小',
	zoomAll: '完整年表',
	erasLabel: '時代',
	zoomToEra: (era) => `顯示「${era}」`,
	clusterLabel: (count, range) => `${range}，共${count}件。放大檢視`,
	overviewOf: (from, to) => `${from}–${to}年總覽`,
	overviewHelp: '拖曳視窗以平移，拖曳邊緣以縮放，點擊即可跳至該處。',
	overviewWindow: (range) => `目前檢視：${range}`,
	relationsLabel: '關係溫度',
	relationsWarmer: '合作居多',
	relationsColder: '衝突居多',
	relationsHelp:
		'上方的色帶比較每個時間點前後事件的合作與衝突：合作較多時向上隆起，衝突較多時向下凹陷；事件稀少的時期則貼近中線。標為「背景」的事項不計入。',
	arcLabel: '箭頭：對先前事件的回應',
	legendLabel: '圖例',
	legendPrecision: '空心加淺色橫條：只知月份或年份的事件（橫條即該月或該年）',
	eventCount: (count) => `${count}件`,

	stances: { conflict: '衝突', cooperation: '合作', mixed: '混合' },
	units: {
		people: (v, n) => `${n(v)}人`,
		aircraft: (v, n) => `${n(v)}架`,
		vehicles: (v, n) => `${n(v)}輛`,
		ships: (v, n) => `${n(v)}艘`,
		// n writes large numbers in 萬 and 億: 240億美元, 2億5,000萬美元.
		'usd-billion': (v, n) => `${n(v * 1e9)}美元`,
		'usd-million': (v, n) => `${n(v * 1e6)}美元`,
		percent: (v, n) => `${n(v)}%`,
		km: (v, n) => `${n(v)}公里`,
		count: (v, n) => `${n(v)}次`,
		organizations: (v, n) => `${n(v)}個`
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
	searchPlaceholder: '標題、摘要、資料來源（可用英文、日文）…',
	clearAll: '全部清除',
	resultsCount: (shown, total) =>
		shown === total ? `全部${total}件` : `顯示${shown}件（共${total}件）`,
	noResults: '沒有符合這些條件的事件。',
	clearFilters: '清除篩選',
	filterAnnouncement: (shown) => `符合${shown}件`,
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
	eraEvents: (count) => `${count}件`,
	dateLabel: '日期',
	stanceLabel: '性質',
	actorsLabel: '行為者',
	figuresLabel: '數字',
	relatedLabel: '相關事件',
	sourcesLabel: '資料來源',
	noteLabel: '編者註',
	contextBadge: '背景',
	contextHelpOf: (relationship) => `論文提及的背景，並非${relationship}之間的事件本身。`,
	citation: (w) =>
		`${w.author ?? ''}〈${w.title}〉，${w.publisher ?? ''}${w.department ?? ''}，${w.year}年`,
	sourceLineOf: (works) =>
		`資料來源：${works.map((w) => `${w.author ?? ''}〈${w.title}〉（${w.year}）`).join('；')}`,
	footnote: (n) => `註${n}`,
	citedIn: '引用文獻',
	closePanel: '關閉',
	previousEvent: '上一個事件',
	nextEvent: '下一個事件',

	notFoundTitle: '找不到網頁',
	notFoundBody: '此網址沒有網頁。事件可能已更名，或連結有誤。',
	notFoundHome: '回到年表',
	severalChosen: (n: number) => `已選 ${n} 項`,
	removeChoice: (name: string) => `移除「${name}」`,
	figureQualifiers: {
		'more-than': (value) => `逾${value}`,
		about: (value) => `約${value}`
	},
	downloadScope: '要下載的事件',
	downloadInView: (count) => `年表目前顯示的${count}件`,
	downloadAllMatching: (count) => `符合篩選條件的全部${count}件`,
	searchElsewhere:
		'沒有任何中文內容符合此搜尋；顯示的事件是在其他語言的內容中符合。以下列語言檢視同一搜尋：',
	printedFrom: '本頁網址：',
	wheelZoomHint: (key) => `按住 ${key} 鍵並捲動，即可縮放年表`,
	sheetLower: '降低事件面板以顯示更多年表',
	sheetRaise: '升高事件面板',

	legendSpan: '深色橫條：事件持續的期間',
	legendFiltered: '虛線：篩選時，以全部事件繪出的色帶',
	legendCluster: '數字：此縮放比例下無法區分的相近事件數；點擊即可放大'
};

export default zhHant;
