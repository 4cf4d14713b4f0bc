import { loadDataset } from '$lib/data/load.server';
import { siteLanguages } from '$lib/i18n/languages';
import { toCsv, UTF8_BOM } from '$lib/export/csv';

export const prerender = true;

/** The whole dataset as one CSV row per event, with every language side by side. */
export function GET() {
	const { meta, events } = loadDataset();
	const languages = siteLanguages(meta.languages);
	const header = [
		'id',
		'date',
		'endDate',
		'stance',
		'themes',
		'actors',
		...languages.flatMap((lang) => [`title_${lang}`, `summary_${lang}`, `note_${lang}`]),
		'sources'
	];
	const rows = events.map((e) => [
		e.id,
		e.date,
		e.endDate,
		e.stance,
		e.themes.join(' '),
		e.actors.join(' '),
		...languages.flatMap((lang) => [e.title[lang], e.summary[lang], e.note?.[lang]]),
		e.sources
			.map((s) =>
				[
					`section ${s.section}`,
					s.footnote && `footnote ${s.footnote}`,
					s.cited?.title,
					s.cited?.url
				]
					.filter(Boolean)
					.join('; ')
			)
			.join(' | ')
	]);
	return new Response(UTF8_BOM + toCsv(header, rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
