/**
 * The rows readers download: what the timeline shows, in the reader's language — names of
 * stances, themes and actors, notes and citations as the pages write them — with the ids beside
 * them for machines.
 */
import type { Citation, TimelineEvent } from '$lib/data/localize';
import type { Messages } from '$lib/i18n/catalogue';
import { formatList } from '$lib/i18n/format';
import { toCsv, type Cell } from './csv';

/** What "Download what is shown" downloads: the events in view, or all that match the filters. */
export type DownloadScope = 'view' | 'matching';

/** One source as the event's page cites it, with the cited work's address when it has one. */
function citationText(source: Citation, m: Messages): string {
	const work = m.works[source.work ?? m.defaultWork];
	const text = m.typography.source({
		work: work?.citation ?? '',
		section: work?.sections[source.section],
		footnote: source.footnote ? m.footnote(source.footnote) : undefined
	});
	if (!source.cited) return text;
	const cited = m.typography.cited(source.cited);
	const url = source.cited.url ? ` <${source.cited.url}>` : '';
	return `${text}${m.typography.sentenceGap}${m.citedIn}${m.typography.colon}${cited.before}${cited.title}${cited.after}${url}`;
}

/** The names an event's ids stand for, in the reader's language. */
function names(e: TimelineEvent, m: Messages) {
	return {
		stance: m.stances[e.stance],
		themes: e.themes.map((id) => m.themes[id] ?? id),
		actors: e.actors.map((id) => m.actors[id] ?? id)
	};
}

const HEADER = [
	'id',
	'date',
	'endDate',
	'displayDate',
	'title',
	'summary',
	'stance',
	'themes',
	'actors',
	'note',
	'sources',
	'url',
	'stanceId',
	'themeIds',
	'actorIds'
];

export function eventsToCsv(
	events: readonly TimelineEvent[],
	m: Messages,
	urlOf: (id: string) => string
): string {
	const rows = events.map((e): Cell[] => {
		const named = names(e, m);
		return [
			e.id,
			e.date.text,
			e.endDate?.text,
			e.when,
			e.title,
			e.summary,
			named.stance,
			formatList(named.themes, m.lang),
			formatList(named.actors, m.lang),
			e.note,
			e.sources.map((s) => citationText(s, m)).join('\n'),
			urlOf(e.id),
			e.stance,
			e.themes.join(' '),
			e.actors.join(' ')
		];
	});
	return toCsv(HEADER, rows);
}

export function eventsToJson(
	events: readonly TimelineEvent[],
	m: Messages,
	urlOf: (id: string) => string
): string {
	return (
		JSON.stringify(
			{
				language: m.lang,
				events: events.map((e) => {
					const named = names(e, m);
					return {
						id: e.id,
						date: e.date.text,
						...(e.endDate ? { endDate: e.endDate.text } : {}),
						displayDate: e.when,
						title: e.title,
						summary: e.summary,
						stance: named.stance,
						themes: named.themes,
						actors: named.actors,
						...(e.note ? { note: e.note } : {}),
						sources: e.sources.map((s) => ({ citation: citationText(s, m), ...s })),
						url: urlOf(e.id),
						stanceId: e.stance,
						themeIds: e.themes,
						actorIds: e.actors
					};
				})
			},
			null,
			2
		) + '\n'
	);
}
