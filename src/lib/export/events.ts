/** The rows readers download: what the filters show, in one language, with dates and sources. */
import type { TimelineEvent } from '$lib/data/localize';
import type { Messages } from '$lib/i18n/catalogue';
import type { Language } from '$lib/i18n/languages';
import { toCsv, type Cell } from './csv';

function sourceText(event: TimelineEvent, m: Messages): string {
	return event.sources
		.map((s) =>
			[
				m.works[s.work ?? m.defaultWork]?.sections[s.section],
				s.footnote ? m.footnote(s.footnote) : '',
				s.cited
					? [s.cited.author, s.cited.title, s.cited.publisher, s.cited.date, s.cited.url]
							.filter(Boolean)
							.join(', ')
					: ''
			]
				.filter(Boolean)
				.join('; ')
		)
		.join(' | ');
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
	'sources',
	'url'
];

export function eventsToCsv(
	events: readonly TimelineEvent[],
	m: Messages,
	urlOf: (id: string) => string
): string {
	const rows = events.map((e): Cell[] => [
		e.id,
		e.date.text,
		e.endDate?.text,
		e.when,
		e.title,
		e.summary,
		e.stance,
		e.themes.join(' '),
		e.actors.join(' '),
		sourceText(e, m),
		urlOf(e.id)
	]);
	return toCsv(HEADER, rows);
}

export function eventsToJson(
	events: readonly TimelineEvent[],
	lang: Language,
	urlOf: (id: string) => string
): string {
	return (
		JSON.stringify(
			{
				language: lang,
				events: events.map((e) => ({
					id: e.id,
					date: e.date.text,
					...(e.endDate ? { endDate: e.endDate.text } : {}),
					title: e.title,
					summary: e.summary,
					stance: e.stance,
					themes: e.themes,
					actors: e.actors,
					sources: e.sources,
					...(e.note ? { note: e.note } : {}),
					url: urlOf(e.id)
				}))
			},
			null,
			2
		) + '\n'
	);
}
