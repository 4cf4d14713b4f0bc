/** 日本語のインターフェース文言。 */
import { ja as dateLocale } from 'date-fns/locale/ja';
import type { Messages } from './en';

const ja: Messages = {
	siteTitle: '米露関係 1803–2019',
	siteKicker: 'インタラクティブ年表',
	siteDescription:
		'1803年の承認から2019年の中距離核戦力全廃条約離脱まで、二世紀にわたる米露関係。一本の学術論文に記されたすべての出来事を、時代ごと、対立と協力の別に辿る年表です。',
	sourceLine: '出典：魏百谷「トランプ政権下における米露関係の発展」（2019年）',
	skipToTimeline: '年表へ移動',
	skipToContent: '本文へ移動',
	skipToList: '出来事の一覧へ移動',
	languageSwitcher: '言語',
	/** date-fns locale: month and weekday names, shipped only with this language. */
	dateLocale: dateLocale,
	dateFormats: { day: "yyyy'年'M'月'd'日'", month: "yyyy'年'M'月'", year: "yyyy'年'" },
	tickFormats: {
		year: "yyyy'年'",
		month: "M'月'",
		monthWithYear: "yyyy'年'M'月'",
		day: "d'日'",
		dayWithMonth: "M'月'd'日'"
	},
	dateRange: (from, to) => `${from}～${to}`,

	timelineLabel: '米露関係の年表',
	timelineDescription: (from, to, shown, total) =>
		`${from}から${to}まで：全${total}件中${shown}件を表示。Tabキーで出来事へ、＋と−で拡大・縮小、矢印キーで移動できます。`,
	viewAnnouncement: (from, to, count) => `${from}から${to}まで、${count}件を表示`,
	zoomIn: '拡大',
	zoomOut: '縮小',
	zoomAll: '全期間',
	erasLabel: '時代',
	zoomToEra: (era) => `「${era}」を表示`,
	clusterLabel: (count, range) => `${range}の${count}件。拡大して表示`,
	overviewWindow: (range) => `表示中：${range}`,
	relationsLabel: '関係の温度',
	relationsWarmer: '協力',
	relationsColder: '対立',
	relationsHelp:
		'出来事の平滑化した収支です。協力を＋1、対立を−1、混合を0として、時間的な近さで重み付け（ガウス核）し、出来事の少ない時期はゼロに寄せています。「背景」の事項は数えていません。',
	arcLabel: '線：先行する出来事への対抗措置',
	legendLabel: '凡例',
	legendPrecision: '白抜き：月または年までしか分からない出来事',
	eventCount: (count) => `${count}件`,

	stances: { conflict: '対立', cooperation: '協力', mixed: '混合' },
	themes: {
		diplomacy: '外交',
		'arms-control-military': '軍備管理・軍事',
		sanctions: '制裁',
		'economy-trade': '経済・貿易',
		'public-opinion': '世論',
		multilateral: '多国間',
		'regional-conflict': '地域紛争'
	},
	actors: {
		'united-states': 'アメリカ',
		russia: 'ロシア',
		'soviet-union': 'ソビエト連邦',
		nato: 'NATO',
		'european-union': '欧州連合',
		ukraine: 'ウクライナ',
		syria: 'シリア',
		'united-kingdom': 'イギリス',
		china: '中国',
		'united-nations': '国際連合',
		wto: '世界貿易機関',
		g8: 'G8',
		'council-of-europe': '欧州評議会'
	},
	sections: {
		abstract: '要約',
		'1': '一 はじめに',
		'2.1': '二-1 外交関係の発展',
		'2.2': '二-2 近年の二国間関係の発展',
		'3.1': '三-1 戦略と軍備競争',
		'3.2': '三-2 真向から攻め合う制裁',
		'3.2.1': '三-2(1) アメリカの対ロシア制裁',
		'3.2.2': '三-2(2) ロシアの対応',
		'3.3': '三-3 世界の重要な問題における協力',
		'3.4': '三-4 米露の貿易経済における往来',
		'4': '四 結論'
	},
	units: {
		people: (v, n) => `${n(v)}人`,
		aircraft: (v, n) => `${n(v)}機`,
		vehicles: (v, n) => `${n(v)}台`,
		ships: (v, n) => `${n(v)}隻`,
		'usd-billion': (v, n) => `${n(v * 10)}億ドル`,
		'usd-million': (v, n) => (v >= 100 ? `${n(v / 100)}億ドル` : `${n(v * 100)}万ドル`),
		percent: (v, n) => `${n(v)}%`,
		km: (v, n) => `${n(v)}キロメートル`,
		count: (v, n) => `${n(v)}回`
	},
	relationKinds: { 'response-to': '対抗した相手', follows: '先行する出来事', 'see-also': '関連' },
	answeredBy: 'これへの対抗措置',

	filtersLabel: '出来事を絞り込む',
	filtersToggle: '絞り込みと検索',
	stanceFilter: '性格',
	themeFilter: 'テーマ',
	actorFilter: '当事者',
	anyTheme: 'すべてのテーマ',
	anyActor: 'すべての当事者',
	searchLabel: '検索',
	searchPlaceholder: '見出し・要約・出典を検索',
	clearAll: 'すべて解除',
	resultsCount: (shown, total) => (shown === total ? `全${total}件` : `全${total}件中${shown}件`),
	noResults: '条件に合う出来事はありません。',
	clearFilters: '絞り込みを解除',
	filterAnnouncement: (shown) => `${shown}件が該当`,
	downloadLabel: '表示中の出来事をダウンロード',
	downloadCsv: 'CSV',
	downloadJson: 'JSON',
	shareLabel: 'この出来事を共有',
	copyLink: 'リンクをコピー',
	linkCopied: 'リンクをコピーしました',
	copyManually: '次のリンクをコピーしてください：',
	shareSheet: '共有…',
	viewOnSite: 'サイトで見る',

	listHeading: '時代別・全出来事',
	eraEvents: (count) => `${count}件`,
	dateLabel: '日付',
	stanceLabel: '性格',
	actorsLabel: '当事者',
	figuresLabel: '数字で見る',
	relatedLabel: '関連する出来事',
	sourcesLabel: '出典',
	noteLabel: '編集注',
	contextBadge: '背景',
	contextHelp: '論文が言及する背景事項で、米露間の出来事そのものではありません。',
	article:
		'魏百谷「トランプ政権下における米露関係の発展」国立政治大学ロシア研究所、2019年（阿部久美子訳）',
	footnote: (n) => `注${n}`,
	citedIn: '引用文献',
	closePanel: '閉じる',
	previousEvent: '前の出来事',
	nextEvent: '次の出来事',

	notFoundTitle: 'ページが見つかりません',
	notFoundBody:
		'このアドレスにはページがありません。出来事の名前が変わったか、リンクが誤っている可能性があります。',
	notFoundHome: '年表へ戻る'
};

export default ja;
