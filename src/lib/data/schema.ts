/**
 * The one definition of a data file (data/events.json by default). The file's `meta` says what
 * the dataset is — its languages, title, source works, actors and themes — and the checks of the
 * events derive from it. Types are inferred from it, the build validates with it, and
 * /events.schema.json is generated from it.
 */
import { z } from 'zod';
import { textProblem, urlCharacterProblem } from './characters';
import { parsePartialDate } from './dates';
import { DEFAULT_LANGUAGE, LANGUAGES, siteLanguages, type Language } from '../i18n/languages';
import { FIGURE_QUALIFIERS, FIGURE_UNITS, RELATION_KINDS, STANCES } from './vocabulary';

export * from './vocabulary';

/** Text a reader sees: not empty, something visible, nothing that reorders or breaks it. */
const text = z
	.string()
	.min(1, 'must not be empty')
	.superRefine((s, ctx) => {
		const problem = textProblem(s);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** A text in each of the dataset's languages (typed for every interface language). */
function localized(languages: readonly Language[]) {
	return z.strictObject(
		Object.fromEntries(languages.map((lang) => [lang, text])) as Record<Language, typeof text>
	);
}

/** A text in some of the dataset's languages. */
function inSome(languages: readonly Language[]) {
	const optional = text.optional();
	return z.strictObject(
		Object.fromEntries(languages.map((lang) => [lang, optional])) as Record<
			Language,
			typeof optional
		>
	);
}

export const partialDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((s) => parsePartialDate(s) !== null, 'is not a real calendar date');

const slug = z
	.string()
	.max(60, 'must be at most 60 characters')
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug such as "new-start-signed"');

/** A section number as a work prints it ("3.2.1"), or a name ("abstract"). */
const sectionId = z
	.string()
	.regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected a section id such as "3.2.1" or "abstract"');

const schemaType = z
	.string()
	.regex(/^[A-Z][A-Za-z]+$/, 'expected a schema.org type such as "ScholarlyArticle" or "Book"');

const httpUrl = z
	.string()
	.refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'expected an http(s):// URL')
	.superRefine((s, ctx) => {
		const problem = urlCharacterProblem(s);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

export const citedWork = z.strictObject({
	author: text.optional(),
	title: text,
	publisher: text.optional(),
	date: partialDate.optional(),
	url: httpUrl.optional()
});

/** What a dataset says about itself; texts in each of the languages it lists. */
function metaSchema(languages: readonly Language[]) {
	const named = (id: z.ZodType<string>) => z.strictObject({ id, name: localized(languages) });
	return z.strictObject({
		/** Short name for files the site offers ("<id>-events-en.csv"). */
		id: slug,
		languages: z
			.array(
				z.enum(LANGUAGES, {
					error: (issue) =>
						`"${String(issue.input)}" is not an interface language; expected one of ${LANGUAGES.join(', ')}`
				})
			)
			.min(1, 'needs at least one language')
			.refine(
				(list) => list.includes(DEFAULT_LANGUAGE),
				`expected ${DEFAULT_LANGUAGE} among them: the site's root is in ${DEFAULT_LANGUAGE}`
			)
			.refine((list) => new Set(list).size === list.length, 'lists a language twice'),
		/** The site's title and description. */
		title: localized(languages),
		description: localized(languages),
		/** The two sides as an adjective, as in "… relations": "U.S.–Russia". */
		relationship: localized(languages),
		/** The licence of the dataset's texts. */
		license: httpUrl.optional(),
		/** The works the events are drawn from; an event's source names one (the first by default). */
		works: z
			.array(
				z.strictObject({
					id: slug,
					/** schema.org type of the work; CreativeWork when absent. */
					type: schemaType.optional(),
					author: localized(languages).optional(),
					title: localized(languages),
					publisher: z
						.strictObject({
							type: schemaType.optional(),
							name: localized(languages),
							department: localized(languages).optional()
						})
						.optional(),
					/** Who translated the version a language's readers are pointed to. */
					translator: inSome(languages).optional(),
					year: z.number().int().min(1000).max(9999),
					url: httpUrl.optional(),
					/** How many footnotes the work has; sources cite within that range. */
					footnotes: z.number().int().min(1).optional(),
					sections: z.array(named(sectionId)).min(1, 'needs at least one section')
				})
			)
			.min(1, 'needs at least one work'),
		actors: z.array(named(slug)).min(1, 'needs at least one actor'),
		themes: z.array(named(slug)).min(1, 'needs at least one theme'),
		/**
		 * Terms that name one thing, in any of the languages (INF, 中距離核戦力全廃条約, 中程核武條約):
		 * a search for one finds the texts that use another.
		 */
		glossary: z.array(glossaryEntry(languages)).optional(),
		/**
		 * The period the dataset is chiefly about, which the timeline opens on (the whole span
		 * when absent); "end" names the last year, month or day included.
		 */
		focus: z
			.strictObject({ start: partialDate, end: partialDate })
			.refine(
				({ start, end }) =>
					(parsePartialDate(start)?.start ?? 0) < (parsePartialDate(end)?.end ?? 0),
				'expected start before end'
			)
			.optional()
	});
}

/** Equivalent terms, listed under the language that uses them. */
function glossaryEntry(languages: readonly Language[]) {
	const terms = z.array(text).min(1, 'needs at least one term, or leave the language out');
	return z
		.strictObject(
			Object.fromEntries(languages.map((lang) => [lang, terms.optional()])) as Record<
				Language,
				z.ZodOptional<typeof terms>
			>
		)
		.refine(
			(entry) => Object.values(entry).flat().length >= 2,
			'needs at least two terms: an entry says which terms name the same thing'
		);
}

/** The ids a dataset's meta declares, which its events may use. */
export interface Vocabulary {
	languages: Language[];
	works: { id: string; sections: string[]; footnotes?: number }[];
	actors: string[];
	themes: string[];
}

type Loose = Record<string, unknown>;

const idsOf = (list: unknown): string[] =>
	Array.isArray(list)
		? list.flatMap((item) => {
				const id = (item as Loose | null)?.id;
				return typeof id === 'string' ? [id] : [];
			})
		: [];

/** The vocabulary of a meta block, read tolerantly: what it gets wrong is reported on its own. */
export function vocabularyOf(meta: unknown): Vocabulary {
	const m = (meta && typeof meta === 'object' ? meta : {}) as Loose;
	const listed = Array.isArray(m.languages) ? siteLanguages(m.languages.map(String)) : [];
	const works = Array.isArray(m.works) ? (m.works as (Loose | null)[]) : [];
	return {
		languages: listed.length > 0 ? listed : [...LANGUAGES],
		works: works.flatMap((work) =>
			typeof work?.id === 'string'
				? [
						{
							id: work.id,
							sections: idsOf(work.sections),
							...(typeof work.footnotes === 'number' ? { footnotes: work.footnotes } : {})
						}
					]
				: []
		),
		actors: idsOf(m.actors),
		themes: idsOf(m.themes)
	};
}

/** One of the ids meta declares, with an error that says which were expected. */
function declared(ids: readonly string[], what: string, where: string) {
	if (ids.length === 0) return z.string();
	return z.enum(ids as [string, ...string[]], {
		error: (issue) =>
			`"${String(issue.input)}" is not ${what} declared in ${where}; expected one of ${ids.join(', ')}`
	});
}

/** The schema of a data file whose meta declares this vocabulary. */
export function datasetSchema(vocabulary: Vocabulary) {
	const { languages, works } = vocabulary;
	const localizedText = localized(languages);

	const source = z
		.strictObject({
			/** The work cited, by its id in meta.works; the first work when absent. */
			work: declared(
				works.map((w) => w.id),
				'a work',
				'meta.works'
			).optional(),
			/** Section of the work, e.g. "3.2.1". */
			section: declared(
				[...new Set(works.flatMap((w) => w.sections))],
				'a section',
				'meta.works[].sections'
			),
			/** Footnote number in the work. */
			footnote: z.number().int().min(1).optional(),
			/** The work that footnote cites. */
			cited: citedWork.optional()
		})
		.superRefine((s, ctx) => {
			const work = works.find((w) => w.id === (s.work ?? works[0]?.id));
			if (!work) return;
			if (!work.sections.includes(s.section)) {
				ctx.addIssue({
					code: 'custom',
					path: ['section'],
					message: `"${s.section}" is not a section of the work "${work.id}"; expected one of ${work.sections.join(', ')}`
				});
			}
			if (work.footnotes !== undefined && s.footnote !== undefined && s.footnote > work.footnotes) {
				ctx.addIssue({
					code: 'custom',
					path: ['footnote'],
					message: `footnote ${s.footnote} is beyond the work "${work.id}"; expected 1 to ${work.footnotes} (meta.works[].footnotes)`
				});
			}
		});

	const figure = z.strictObject({
		label: localizedText,
		value: z.number().finite(),
		unit: z.enum(FIGURE_UNITS),
		/**
		 * "more than" or "about": part of the value, which each language places in its own way
		 * ("more than 1,000 aircraft", "1,000機以上", "逾1,000架"), never in the label.
		 */
		qualifier: z
			.enum(FIGURE_QUALIFIERS, {
				error: (issue) =>
					`"${String(issue.input)}" is not a qualifier; expected one of ${FIGURE_QUALIFIERS.join(', ')}, or none for an exact figure`
			})
			.optional()
	});

	const event = z.strictObject({
		id: slug,
		date: partialDate,
		endDate: partialDate.optional(),
		title: localizedText,
		summary: localizedText,
		stance: z.enum(STANCES),
		themes: z
			.array(declared(vocabulary.themes, 'a theme', 'meta.themes'))
			.min(1, 'needs at least one theme'),
		actors: z
			.array(declared(vocabulary.actors, 'an actor', 'meta.actors'))
			.min(1, 'needs at least one actor'),
		sources: z.array(source).min(1, 'needs at least one source'),
		related: z.array(z.strictObject({ id: slug, kind: z.enum(RELATION_KINDS) })).optional(),
		/** Background the source mentions rather than an event of the relationship in itself. */
		context: z.boolean().optional(),
		/** Editorial note, e.g. where the source differs from the standard record. */
		note: localizedText.optional(),
		figures: z.array(figure).optional()
	});

	const era = z.strictObject({
		id: slug,
		start: partialDate,
		end: partialDate,
		title: localizedText,
		summary: localizedText
	});

	return z.strictObject({
		meta: metaSchema(languages),
		eras: z.array(era).min(1),
		events: z.array(event).min(1)
	});
}

export type Dataset = z.infer<ReturnType<typeof datasetSchema>>;
export type Meta = Dataset['meta'];
export type Work = Meta['works'][number];
export type LocalizedText = Dataset['eras'][number]['title'];
export type EventRecord = Dataset['events'][number];
export type EraRecord = Dataset['eras'][number];
