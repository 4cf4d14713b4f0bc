/**
 * The one definition of data/events.json. Types are inferred from it, the build validates with it,
 * and /events.schema.json is generated from it.
 */
import { z } from 'zod';
import { textProblem, urlCharacterProblem } from './characters';
import { parsePartialDate } from './dates';

import { ACTORS, FIGURE_UNITS, RELATION_KINDS, SECTIONS, STANCES, THEMES } from './vocabulary';

export * from './vocabulary';

/** Text a reader sees: not empty, something visible, nothing that reorders or breaks it. */
const text = z
	.string()
	.min(1, 'must not be empty')
	.superRefine((s, ctx) => {
		const problem = textProblem(s);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

export const localizedText = z.strictObject({ en: text, ja: text, 'zh-Hant': text });

export const partialDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((s) => parsePartialDate(s) !== null, 'is not a real calendar date');

const slug = z
	.string()
	.max(60, 'must be at most 60 characters')
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug such as "new-start-signed"');

const httpUrl = z
	.string()
	.refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'expected an http(s):// URL')
	.superRefine((s, ctx) => {
		const problem = urlCharacterProblem(s);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

export const citedWork = z.strictObject({
	title: text,
	publisher: text.optional(),
	date: partialDate.optional(),
	url: httpUrl.optional()
});

export const source = z.strictObject({
	/** Section of the article, e.g. "3.2.1". */
	section: z.enum(SECTIONS),
	/** Footnote number in the article. */
	footnote: z.number().int().min(1).max(23).optional(),
	/** The work that footnote cites. */
	cited: citedWork.optional()
});

export const figure = z.strictObject({
	label: localizedText,
	value: z.number().finite(),
	unit: z.enum(FIGURE_UNITS)
});

export const eventSchema = z.strictObject({
	id: slug,
	date: partialDate,
	endDate: partialDate.optional(),
	title: localizedText,
	summary: localizedText,
	stance: z.enum(STANCES),
	themes: z.array(z.enum(THEMES)).min(1, 'needs at least one theme'),
	actors: z.array(z.enum(ACTORS)).min(1, 'needs at least one actor'),
	sources: z.array(source).min(1, 'needs at least one source'),
	related: z.array(z.strictObject({ id: slug, kind: z.enum(RELATION_KINDS) })).optional(),
	/** Background the article mentions rather than a U.S.–Russia event in itself. */
	context: z.boolean().optional(),
	/** Editorial note, e.g. where the article differs from the standard record. */
	note: localizedText.optional(),
	figures: z.array(figure).optional()
});

export const eraSchema = z.strictObject({
	id: slug,
	start: partialDate,
	end: partialDate,
	title: localizedText,
	summary: localizedText
});

export const datasetSchema = z.strictObject({
	eras: z.array(eraSchema).min(1),
	events: z.array(eventSchema).min(1)
});

export type LocalizedText = z.infer<typeof localizedText>;
export type EventRecord = z.infer<typeof eventSchema>;
export type EraRecord = z.infer<typeof eraSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
