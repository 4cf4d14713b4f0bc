/** English interface text. The shape of this object is the catalogue every language must fill. */

/** A source work's bibliographic facts in one language, for the catalogues to cite it by. */
export interface WorkText {
	author?: string;
	title: string;
	publisher?: string;
	/** The part of the publisher that issued the work (an institute, a department). */
	department?: string;
	/** The translator of the version this language's readers are pointed to. */
	translator?: string;
	year: number;
}

const en = {
	siteKicker: 'An interactive timeline',
	skipToTimeline: 'Skip to the timeline',
	skipToContent: 'Skip to content',
	skipToList: 'Skip to the list of events',
	languageSwitcher: 'Language',
	dateFormats: { day: 'MMMM d, yyyy', month: 'MMMM yyyy', year: 'yyyy' },
	tickFormats: {
		year: 'yyyy',
		month: 'MMM',
		monthWithYear: 'MMM yyyy',
		day: 'd',
		dayWithMonth: 'MMM d'
	},
	dateRange: (from: string, to: string) => `${from} – ${to}`,

	timelineOf: (relationship: string) => `Timeline of ${relationship} relations`,
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
	overviewOf: (from: string, to: string) => `Overview of ${from}–${to}`,
	overviewHelp: 'Drag the window to move, its edges to zoom; click to jump.',
	overviewWindow: (range: string) => `Current view: ${range}`,
	relationsLabel: 'Relations temperature',
	relationsWarmer: 'more cooperation',
	relationsColder: 'more conflict',
	relationsHelp:
		'The band along the top weighs the events around each moment against each other: it rises where cooperation outweighs conflict and dips where conflict does. Where events are few it stays near its middle line. Background events (marked Context) are not counted.',
	arcLabel: 'Arrow: an answer to an earlier event',
	legendLabel: 'Key',
	legendPrecision:
		'Hollow on a faint bar: the day is not known, only the month or year the bar spans',
	eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,

	stances: { conflict: 'Conflict', cooperation: 'Cooperation', mixed: 'Mixed' },
	units: {
		people: (v: number, n: (x: number) => string) => `${n(v)} troops`,
		aircraft: (v: number, n: (x: number) => string) => `${n(v)} aircraft`,
		vehicles: (v: number, n: (x: number) => string) => `${n(v)} vehicles`,
		ships: (v: number, n: (x: number) => string) => `${n(v)} ships`,
		'usd-billion': (v: number, n: (x: number) => string) => `$${n(v)} billion`,
		'usd-million': (v: number, n: (x: number) => string) => `$${n(v)} million`,
		percent: (v: number, n: (x: number) => string) => `${n(v)}%`,
		km: (v: number, n: (x: number) => string) => `${n(v)} km`,
		count: (v: number, n: (x: number) => string) => n(v),
		organizations: (v: number, n: (x: number) => string) => n(v)
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
	searchPlaceholder: 'Titles, summaries, sources, in any language…',
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
	contextHelpOf: (relationship: string) =>
		`Background the article mentions, not a ${relationship} event in itself.`,
	/** A source work in full, as an event's sources cite it. */
	citation: (w: WorkText) =>
		`${w.author ? `${w.author}, ` : ''}“${w.title},” ` +
		[w.department, w.publisher, w.year].filter(Boolean).join(', '),
	/** The source works in short, as the footer and the share cards name them. */
	sourceLineOf: (works: WorkText[]) =>
		`Source${works.length > 1 ? 's' : ''}: ${works
			.map((w) => `${w.author ? `${w.author}, ` : ''}“${w.title}” (${w.year})`)
			.join('; ')}.`,
	footnote: (n: number) => `footnote ${n}`,
	citedIn: 'Cited there',
	closePanel: 'Close',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',

	notFoundTitle: 'Page not found',
	notFoundBody:
		'There is no page at this address. The event may have been renamed or the link mistyped.',
	notFoundHome: 'Go to the timeline',
	/** What a theme or actor choice shows when a link has chosen more than one. */
	severalChosen: (n: number) => `${n} chosen`,
	/** A chosen theme or actor's remove button. */
	removeChoice: (name: string) => `Remove ${name}`,
	/** A figure's value with its qualifier: "more than 1,000 aircraft". */
	figureQualifiers: {
		'more-than': (value: string) => `more than ${value}`,
		about: (value: string) => `about ${value}`
	},
	/** The choice of what "Download what is shown" downloads. */
	downloadScope: 'Events to download',
	downloadInView: (count: number) => `In view on the timeline (${count})`,
	downloadAllMatching: (count: number) => `All that match the filters (${count})`,
	/** When the search finds nothing in this language's text but does in another's; links follow. */
	searchElsewhere:
		'Nothing in the English text matches this search; the events shown match it in another language. The same search in:',
	/** Before the page's address, on paper only. */
	printedFrom: 'This page online:',
	/** Shown when a plain wheel scrolls the page over the chart; `key` is "Ctrl" or "⌘". */
	wheelZoomHint: (key: string) => `Hold ${key} and scroll to zoom the timeline`,
	sheetLower: 'Lower the event panel to see more of the timeline',
	sheetRaise: 'Raise the event panel',

	legendSpan: 'Solid bar: how long the event lasted',
	legendFiltered: 'Dashed line: the band for all events, while filters are on',
	legendCluster: 'Number: events too close to tell apart at this zoom; click to zoom in'
};

/** Interface text only: what the dataset says about itself comes from its meta (site.ts). */
export type Catalogue = typeof en;
export default en;
