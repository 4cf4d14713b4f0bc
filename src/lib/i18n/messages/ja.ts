/** 日本語のインターフェース文言。 */
import type { Catalogue } from './en';

const ja: Catalogue = {
	siteKicker: 'インタラクティブ年表',
	skipToTimeline: '年表へ移動',
	skipToContent: '本文へ移動',
	skipToList: '出来事の一覧へ移動',
	languageSwitcher: '言語',
	dateFormats: { day: "yyyy'年'M'月'd'日'", month: "yyyy'年'M'月'", year: "yyyy'年'" },
	tickFormats: {
		year: "yyyy'年'",
		month: "M'月'",
		monthWithYear: "yyyy'年'M'月'",
		day: "d'日'",
		dayWithMonth: "M'月'd'日'"
	},
	dateRange: (from, to) => `${from}～${to}`,

	timelineOf: (relationship) => `${relationship}関係の年表`,
	timelineDescription: (from, to, shown, total) =>
		`${from}から${to}まで：全${total}件中${shown}件を表示。Tabキーで出来事へ、＋と−で拡大・縮小、矢印キーで移動できます。`,
	viewAnnouncement: (from, to, count) => `${from}から${to}まで、${count}件を表示`,
	zoomIn: '拡大',
	zoomOut: '縮小',
	zoomAll: '全期間',
	erasLabel: '時代',
	zoomToEra: (era) => `「${era}」を表示`,
	clusterLabel: (count, range) => `${range}の${count}件。拡大して表示`,
	overviewOf: (from, to) => `${from}–${to}年の全体図`,
	overviewHelp: '枠をドラッグして移動、枠の端で拡大・縮小、クリックでその時点へ移動します。',
	overviewWindow: (range) => `表示中：${range}`,
	relationsLabel: '関係の温度',
	relationsWarmer: '協力が優勢',
	relationsColder: '対立が優勢',
	relationsHelp:
		'上部の帯は、各時点の前後にある出来事の協力と対立を差し引きしたものです。協力が多い時期は上に、対立が多い時期は下に振れ、出来事の少ない時期は中央の線の近くにとどまります。「背景」の事項は数えていません。',
	arcLabel: '矢印：先行する出来事への対抗措置',
	legendLabel: '凡例',
	legendPrecision:
		'白抜きと薄い帯：日付が月または年までしか分からない出来事（帯はその月・年の範囲）',
	eventCount: (count) => `${count}件`,

	stances: { conflict: '対立', cooperation: '協力', mixed: '混合' },
	units: {
		people: (v, n) => `${n(v)}人`,
		aircraft: (v, n) => `${n(v)}機`,
		// Tanks and other military vehicles are counted in 両, as the summaries do.
		vehicles: (v, n) => `${n(v)}両`,
		ships: (v, n) => `${n(v)}隻`,
		// n writes large numbers in 万 and 億: 240億ドル, 2億5,000万ドル.
		'usd-billion': (v, n) => `${n(v * 1e9)}ドル`,
		'usd-million': (v, n) => `${n(v * 1e6)}ドル`,
		percent: (v, n) => `${n(v)}％`,
		km: (v, n) => `${n(v)}キロメートル`,
		count: (v, n) => `${n(v)}回`,
		organizations: (v, n) => `${n(v)}団体`
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
	searchPlaceholder: '見出し・要約・出典を検索（英語・中国語も可）',
	clearAll: 'すべて解除',
	resultsCount: (shown, total) =>
		shown === total ? `全${total}件` : `${total}件中${shown}件を表示`,
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
	contextHelpOf: (relationship) =>
		`論文が言及する背景事項で、${relationship}間の出来事そのものではありません。`,
	citation: (w) =>
		`${w.author ?? ''}「${w.title}」${w.publisher ?? ''}${w.department ?? ''}、${w.year}年` +
		(w.translator ? `（${w.translator}訳）` : ''),
	sourceLineOf: (works) =>
		`出典：${works.map((w) => `${w.author ?? ''}「${w.title}」（${w.year}年）`).join('、')}`,
	footnote: (n) => `注${n}`,
	citedIn: '引用文献',
	closePanel: '閉じる',
	previousEvent: '前の出来事',
	nextEvent: '次の出来事',

	notFoundTitle: 'ページが見つかりません',
	notFoundBody:
		'このアドレスにはページがありません。出来事の名前が変わったか、リンクが誤っている可能性があります。',
	notFoundHome: '年表へ戻る',
	severalChosen: (n: number) => `${n}件を選択中`,
	removeChoice: (name: string) => `「${name}」を解除`,
	figureQualifiers: {
		'more-than': (value) => `${value}以上`,
		about: (value) => `約${value}`
	},
	downloadScope: 'ダウンロードする出来事',
	downloadInView: (count) => `年表に表示中の${count}件`,
	downloadAllMatching: (count) => `条件に合う${count}件すべて`,
	searchElsewhere:
		'この検索に一致する日本語の本文はありません。表示中の出来事は他の言語の本文で一致しています。同じ検索を次の言語で：',
	printedFrom: 'このページのアドレス：',
	wheelZoomHint: (key) => `${key} キーを押しながらスクロールすると年表を拡大・縮小できます`,
	sheetLower: '出来事の欄を下げて年表を広く表示',
	sheetRaise: '出来事の欄を上げる',

	legendSpan: '濃い帯：出来事が続いた期間',
	legendFiltered: '破線：絞り込み中に、すべての出来事で描いた帯',
	legendCluster: '数字：この縮尺では見分けられないほど近い出来事の数。クリックで拡大'
};

export default ja;
