/**
 * The vocabularies every dataset shares. Kept apart from the zod schema so that the browser can
 * use them without shipping the validator. What a dataset names for itself — its languages, the
 * sections of its source works, its actors and themes — is declared in its `meta` (schema.ts).
 */

export type { Language } from '../i18n/languages';

export const STANCES = ['conflict', 'cooperation', 'mixed'] as const;
export const RELATION_KINDS = ['response-to', 'follows', 'see-also'] as const;
export const FIGURE_UNITS = [
	'people',
	'aircraft',
	'vehicles',
	'ships',
	'usd-billion',
	'usd-million',
	'percent',
	'km',
	'count',
	'organizations'
] as const;
/** How a figure's value is meant: "more than 1,000", "about 80". Exact when absent. */
export const FIGURE_QUALIFIERS = ['more-than', 'about'] as const;

export type Stance = (typeof STANCES)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
/** Ids the dataset's meta declares (meta.themes, meta.actors, a work's sections). */
export type Theme = string;
export type Actor = string;
export type Section = string;
