/**
 * What a dataset says about itself (its meta), as one language's pages show it: the site's title
 * and description, the source works cited in that language's style, the names of its actors and
 * themes, and the languages a build publishes.
 */
import type { Catalogue } from '$lib/i18n/catalogue';
import { siteLanguages, type Language } from '$lib/i18n/languages';
import { workJsonLd } from '$lib/share/json-ld';
import type { WorkText } from '$lib/i18n/messages/en';
import { parsePartialDate } from './dates';
import type { Dataset, Meta, Work } from './schema';

/** The dataset's texts in one language, joined to the interface text as the page's messages. */
export interface SiteText {
	siteTitle: string;
	siteDescription: string;
	/** The source works in short, for the footer and the share cards. */
	sourceLine: string;
	timelineLabel: string;
	overviewLabel: string;
	contextHelp: string;
	/** Each source work by id: its full citation and the names of its sections. */
	works: Record<string, { citation: string; sections: Record<string, string> }>;
	/** The work a source cites when it names none. */
	defaultWork: string;
	actors: Record<string, string>;
	themes: Record<string, string>;
}

/**
 * The texts of a chart whose events belong to no dataset (synthetic or test events): a title and a
 * description, and no works, actors or themes to cite.
 */
export function standaloneText(title: string, description: string): SiteText {
	return {
		siteTitle: title,
		siteDescription: description,
		sourceLine: '',
		timelineLabel: title,
		overviewLabel: 'Overview',
		contextHelp: '',
		works: {},
		defaultWork: '',
		actors: {},
		themes: {}
	};
}

/** The dataset's facts every page of a build shares, whatever its language. */
export interface SiteFacts {
	/** Stem of the names of downloaded files ("<id>-events-en.csv"). */
	id: string;
	/** The languages this build publishes, in the registry's order. */
	languages: Language[];
	/** Actor and theme ids in the order meta declares them, as the filters list them. */
	actors: string[];
	themes: string[];
	/** The source works as schema.org data, which every page's JSON-LD cites. */
	cites: ReturnType<typeof workJsonLd>[];
	/** The licence of the dataset's texts, when meta gives one. */
	license?: string;
	/** The period the timeline opens on (UTC milliseconds), when meta names one. */
	focus?: { from: number; to: number };
}

const byId = <T extends { id: string }>(list: readonly T[], value: (item: T) => string) =>
	Object.fromEntries(list.map((item) => [item.id, value(item)]));

export function workText(work: Work, lang: Language): WorkText {
	return {
		...(work.author ? { author: work.author[lang] } : {}),
		title: work.title[lang],
		...(work.publisher ? { publisher: work.publisher.name[lang] } : {}),
		...(work.publisher?.department ? { department: work.publisher.department[lang] } : {}),
		...(work.translator?.[lang] ? { translator: work.translator[lang] } : {}),
		year: work.year
	};
}

/** The years the eras span, first to last ("1803", "2019"). */
export function coverageYears(data: Pick<Dataset, 'eras'>): { from: string; to: string } {
	const last = data.eras.at(-1);
	return { from: data.eras[0]?.start.slice(0, 4) ?? '', to: last?.end.slice(0, 4) ?? '' };
}

export function siteText(
	data: Pick<Dataset, 'meta' | 'eras'>,
	lang: Language,
	ui: Catalogue
): SiteText {
	const { meta } = data;
	const relationship = meta.relationship[lang];
	const coverage = coverageYears(data);
	return {
		siteTitle: meta.title[lang],
		siteDescription: meta.description[lang],
		sourceLine: ui.sourceLineOf(meta.works.map((work) => workText(work, lang))),
		timelineLabel: ui.timelineOf(relationship),
		overviewLabel: ui.overviewOf(coverage.from, coverage.to),
		contextHelp: ui.contextHelpOf(relationship),
		works: Object.fromEntries(
			meta.works.map((work) => [
				work.id,
				{
					citation: ui.citation(workText(work, lang)),
					sections: byId(work.sections, (section) => section.name[lang])
				}
			])
		),
		defaultWork: meta.works[0]!.id,
		actors: byId(meta.actors, (actor) => actor.name[lang]),
		themes: byId(meta.themes, (theme) => theme.name[lang])
	};
}

function focusSpan(focus: { start: string; end: string }): { from: number; to: number } {
	const from = parsePartialDate(focus.start)?.start;
	const to = parsePartialDate(focus.end)?.end;
	if (from === undefined || to === undefined)
		throw new Error('meta.focus reached the site unvalidated');
	return { from, to };
}

export function siteFacts(meta: Meta): SiteFacts {
	return {
		id: meta.id,
		languages: siteLanguages(meta.languages),
		actors: meta.actors.map((actor) => actor.id),
		themes: meta.themes.map((theme) => theme.id),
		cites: meta.works.map(workJsonLd),
		...(meta.license ? { license: meta.license } : {}),
		...(meta.focus ? { focus: focusSpan(meta.focus) } : {})
	};
}
