/**
 * The dataset's controlled vocabularies. Kept apart from the zod schema so that the browser can
 * use them without shipping the validator.
 */

export const LANGUAGES = ['en', 'ja', 'zh-Hant'] as const;
export const STANCES = ['conflict', 'cooperation', 'mixed'] as const;
export const THEMES = [
	'diplomacy',
	'arms-control-military',
	'sanctions',
	'economy-trade',
	'public-opinion',
	'multilateral',
	'regional-conflict'
] as const;
export const ACTORS = [
	'united-states',
	'russia',
	'soviet-union',
	'nato',
	'european-union',
	'ukraine',
	'syria',
	'united-kingdom',
	'china',
	'united-nations',
	'wto',
	'g8',
	'council-of-europe'
] as const;
export const SECTIONS = [
	'abstract',
	'1',
	'2.1',
	'2.2',
	'3.1',
	'3.2',
	'3.2.1',
	'3.2.2',
	'3.3',
	'3.4',
	'4'
] as const;
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
	'count'
] as const;

export type Language = (typeof LANGUAGES)[number];
export type Stance = (typeof STANCES)[number];
export type Theme = (typeof THEMES)[number];
export type Actor = (typeof ACTORS)[number];
export type Section = (typeof SECTIONS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
