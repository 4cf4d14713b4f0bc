/**
 * Turns the validated dataset into what one language's pages need: plain, typed, serialisable
 * data with dates resolved and only that language's text.
 */
import { formatSpan } from '$lib/i18n/format';
import type { Interface } from '$lib/i18n/catalogue';
import { parsePartialDate, type Precision } from './dates';
import { byPlacement, placementTime } from './placement';
import type {
	Actor,
	Dataset,
	EventRecord,
	Language,
	RelationKind,
	Stance,
	Theme,
	FigureQualifier,
	FigureUnit
} from './schema';

export interface ResolvedDate {
	text: string;
	precision: Precision;
	start: number;
	end: number;
}

export interface Citation {
	/** The work cited, by its id in meta.works; the first work when absent. */
	work?: string;
	section: EventRecord['sources'][number]['section'];
	footnote?: number;
	cited?: { author?: string; title: string; publisher?: string; date?: string; url?: string };
}

export interface TimelineEvent {
	id: string;
	date: ResolvedDate;
	endDate?: ResolvedDate;
	/**
	 * The date, or the span, as the page's language writes it ("July 16, 2018"). Written once here
	 * rather than by every reader's browser, where formatting each date costs time at start-up.
	 */
	when: string;
	/** The whole period the event covers, UTC ms (end exclusive). */
	start: number;
	end: number;
	title: string;
	summary: string;
	stance: Stance;
	themes: Theme[];
	actors: Actor[];
	sources: Citation[];
	related: { id: string; kind: RelationKind }[];
	/** Ids of events that are a response to this one. */
	answeredBy: string[];
	context: boolean;
	note?: string;
	figures: { label: string; value: number; unit: FigureUnit; qualifier?: FigureQualifier }[];
	era: string;
}

/** The text an event page needs beyond the index; not shipped with every page. */
export type EventDetails = Pick<TimelineEvent, 'summary' | 'note' | 'sources' | 'figures'>;

/** What the timeline, the list and the filters need of every event. */
export type EventIndexEntry = Omit<TimelineEvent, keyof EventDetails>;

export function indexEntry(event: TimelineEvent): EventIndexEntry {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the details are left out on purpose
	const { summary, note, sources, figures, ...entry } = event;
	return entry;
}

export function detailsOf(event: TimelineEvent): EventDetails {
	return {
		summary: event.summary,
		sources: event.sources,
		figures: event.figures,
		...(event.note ? { note: event.note } : {})
	};
}

export interface TimelineEra {
	id: string;
	start: number;
	end: number;
	title: string;
	summary: string;
}

/** The era covering an instant, or '' outside them all (which validation does not let through). */
function eraAt(eras: readonly TimelineEra[], time: number): string {
	return eras.find((era) => time >= era.start && time < era.end)?.id ?? '';
}

function resolve(text: string): ResolvedDate {
	const parsed = parsePartialDate(text);
	if (!parsed) throw new Error(`Unparseable date "${text}" reached localisation`);
	return { text, ...parsed };
}

export function localizeEras(data: Dataset, lang: Language): TimelineEra[] {
	return data.eras.map((era) => ({
		id: era.id,
		start: resolve(era.start).start,
		end: resolve(era.end).end,
		title: era.title[lang],
		summary: era.summary[lang]
	}));
}

/**
 * Events in date order, in one language (whose messages write the dates). A date known only to
 * the month or year is placed at its middle, for its era as for its order (see placement.ts).
 */
export function localizeEvents(data: Dataset, lang: Language, m: Interface): TimelineEvent[] {
	const eras = localizeEras(data, lang);
	const answeredBy = new Map<string, string[]>();
	for (const event of data.events) {
		for (const link of event.related ?? []) {
			if (link.kind === 'response-to') {
				answeredBy.set(link.id, [...(answeredBy.get(link.id) ?? []), event.id]);
			}
		}
	}
	return data.events
		.map((event): TimelineEvent => {
			const date = resolve(event.date);
			const endDate = event.endDate ? resolve(event.endDate) : undefined;
			return {
				id: event.id,
				date,
				...(endDate ? { endDate } : {}),
				when: formatSpan(date, m, endDate),
				start: date.start,
				end: endDate?.end ?? date.end,
				title: event.title[lang],
				summary: event.summary[lang],
				stance: event.stance,
				themes: event.themes,
				actors: event.actors,
				sources: event.sources,
				related: event.related ?? [],
				answeredBy: answeredBy.get(event.id) ?? [],
				context: event.context ?? false,
				...(event.note ? { note: event.note[lang] } : {}),
				figures: (event.figures ?? []).map((f) => ({
					label: f.label[lang],
					value: f.value,
					unit: f.unit,
					...(f.qualifier ? { qualifier: f.qualifier } : {})
				})),
				era: eraAt(eras, placementTime(date))
			};
		})
		.sort(byPlacement);
}
