/** English interface text. The shape of this object is the catalogue every language must fill. */
import { enUS } from 'date-fns/locale/en-US';
const en = {
	siteTitle: 'U.S.–Russia Relations, 1803–2019',
	siteKicker: 'An interactive timeline',
	siteDescription:
		'Two centuries of U.S.–Russia relations, from recognition in 1803 to the INF Treaty exit of 2019: every dated event of one scholarly article, by era, conflict and cooperation.',
	sourceLine: 'Source: Wei Bai-Ku, “U.S.-Russia Relations Under the Trump Administration” (2019).',
	skipToTimeline: 'Skip to the timeline',
	skipToContent: 'Skip to content',
	skipToList: 'Skip to the list of events',
	languageSwitcher: 'Language',
	/** date-fns locale: month and weekday names, shipped only with this language. */
	dateLocale: enUS,
	dateFormats: { day: 'MMMM d, yyyy', month: 'MMMM yyyy', year: 'yyyy' },
	tickFormats: {
		year: 'yyyy',
		month: 'MMM',
		monthWithYear: 'MMM yyyy',
		day: 'd',
		dayWithMonth: 'MMM d'
	},
	dateRange: (from: string, to: string) => `${from} – ${to}`,

	timelineLabel: 'Timeline of U.S.–Russia relations',
	timelineDescription: (from: string, to: string, shown: number, total: number) =>
		`Showing ${from} to ${to}: ${shown} of ${total} events. Use Tab to reach events, + and − to zoom, arrow keys to pan.`,
	viewAnnouncement: (from: string, to: string, count: number) =>
		`${from} to ${to}, ${count} ${count === 1 ? 'event' : 'events'} in view`,
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomAll: 'Whole timeline',
	erasLabel: 'Eras',
	zoomToEra: (era: string) => `Zoom to ${era}`,
	clusterLabel: (count: number, range: string) => `${count} events, ${range}. Zoom in`,
	overviewWindow: (range: string) => `Current view: ${range}`,
	relationsLabel: 'Relations temperature',
	relationsWarmer: 'Cooperation',
	relationsColder: 'Conflict',
	relationsHelp:
		'A smoothed balance of the events: each cooperation counts +1, each conflict −1, mixed 0, weighted by closeness in time (Gaussian kernel) and shrunk toward zero where events are sparse. Background events (marked Context) do not count.',
	arcLabel: 'Line: a response to an earlier event',
	legendLabel: 'Key',
	legendPrecision: 'Hollow: known to the month or year',
	eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,

	stances: { conflict: 'Conflict', cooperation: 'Cooperation', mixed: 'Mixed' },
	themes: {
		diplomacy: 'Diplomacy',
		'arms-control-military': 'Arms control & military',
		sanctions: 'Sanctions',
		'economy-trade': 'Economy & trade',
		'public-opinion': 'Public opinion',
		multilateral: 'Multilateral',
		'regional-conflict': 'Regional conflicts'
	},
	actors: {
		'united-states': 'United States',
		russia: 'Russia',
		'soviet-union': 'Soviet Union',
		nato: 'NATO',
		'european-union': 'European Union',
		ukraine: 'Ukraine',
		syria: 'Syria',
		'united-kingdom': 'United Kingdom',
		china: 'China',
		'united-nations': 'United Nations',
		wto: 'World Trade Organization',
		g8: 'G8',
		'council-of-europe': 'Council of Europe'
	},
	sections: {
		abstract: 'Abstract',
		'1': '1. Introduction',
		'2.1': '2.1 Diplomatic relations',
		'2.2': '2.2 Recent bilateral relations',
		'3.1': '3.1 Strategy and the arms race',
		'3.2': '3.2 Sanctions, blow for blow',
		'3.2.1': '3.2(1) U.S. sanctions on Russia',
		'3.2.2': '3.2(2) Russia’s response',
		'3.3': '3.3 Cooperation on global issues',
		'3.4': '3.4 Trade and investment',
		'4': '4. Conclusion'
	},
	units: {
		people: (v: number, n: (x: number) => string) => `${n(v)} troops`,
		aircraft: (v: number, n: (x: number) => string) => `${n(v)} aircraft`,
		vehicles: (v: number, n: (x: number) => string) => `${n(v)} vehicles`,
		ships: (v: number, n: (x: number) => string) => `${n(v)} ships`,
		'usd-billion': (v: number, n: (x: number) => string) => `$${n(v)} billion`,
		'usd-million': (v: number, n: (x: number) => string) => `$${n(v)} million`,
		percent: (v: number, n: (x: number) => string) => `${n(v)}%`,
		km: (v: number, n: (x: number) => string) => `${n(v)} km`,
		count: (v: number, n: (x: number) => string) => n(v)
	},
	relationKinds: {
		'response-to': 'In response to',
		follows: 'Follows',
		'see-also': 'See also'
	},
	answeredBy: 'Answered by',

	filtersLabel: 'Filter the events',
	/** On phones, the button that shows the filters and the search. */
	filtersToggle: 'Filter and search',
	stanceFilter: 'Stance',
	themeFilter: 'Theme',
	actorFilter: 'Actor',
	anyTheme: 'Any theme',
	anyActor: 'Any actor',
	searchLabel: 'Search',
	searchPlaceholder: 'Titles, summaries, sources…',
	clearAll: 'Clear all',
	resultsCount: (shown: number, total: number) =>
		shown === total ? `All ${total} events` : `${shown} of ${total} events`,
	noResults: 'No event matches these filters.',
	clearFilters: 'Clear the filters',
	filterAnnouncement: (shown: number) =>
		`${shown} ${shown === 1 ? 'event matches' : 'events match'}`,
	downloadLabel: 'Download what is shown',
	downloadCsv: 'CSV',
	downloadJson: 'JSON',
	shareLabel: 'Share this event',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	copyManually: 'Copy this link:',
	shareSheet: 'Share…',
	viewOnSite: 'View on the full site',

	listHeading: 'Every event, by era',
	eraEvents: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
	dateLabel: 'Date',
	stanceLabel: 'Stance',
	actorsLabel: 'Actors',
	figuresLabel: 'In figures',
	relatedLabel: 'Related events',
	sourcesLabel: 'Sources',
	noteLabel: 'Editor’s note',
	contextBadge: 'Context',
	contextHelp: 'Background the article mentions, not a U.S.–Russia event in itself.',
	article:
		'Wei Bai-Ku, “U.S.-Russia Relations Under the Trump Administration,” Graduate Institute of Russian Studies, National Chengchi University, 2019',
	footnote: (n: number) => `footnote ${n}`,
	citedIn: 'cited there',
	closePanel: 'Close',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',

	notFoundTitle: 'Page not found',
	notFoundBody:
		'There is no page at this address. The event may have been renamed or the link mistyped.',
	notFoundHome: 'Go to the timeline'
};

export type Messages = typeof en;
export default en;
