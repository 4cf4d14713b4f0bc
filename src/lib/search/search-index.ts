/**
 * The search index: every event's text in every language, already folded, with the glossary's
 * equivalent terms for what they name and the works they cite. One file for all languages, fetched on a
 * reader's first search, so that a search finds what a reader types in any of them.
 */
import type { Language } from '$lib/i18n/languages';
import { foldText, matchesQuery, queryTerms, tableFold } from './fold';

export interface SearchEntry {
	id: string;
	/** Title, summary, note and figure labels in each language, folded. */
	text: Partial<Record<Language, string>>;
	/** The glossary's terms for what the texts name (INF, 中距離核戦力全廃条約…), folded. */
	terms: string;
	/** The titles and publishers of the works cited, in whatever language they are written. */
	cited: string;
}

export interface SearchIndex {
	/** Query characters and what they fold to: other forms of the Chinese characters the texts use. */
	variants: Record<string, string>;
	entries: SearchEntry[];
}

export interface SearchMatches {
	/** The events found, in date order. */
	found: Set<string>;
	/**
	 * Whether they were found in the page's language (with the glossary's terms, which every
	 * language shares). Only when nothing is, are other languages' texts and the works cited
	 * searched: the page's own language ranks first.
	 */
	inPageLanguage: boolean;
	/** How many events match in each language's text (with the glossary's terms). */
	byLanguage: Partial<Record<Language, number>>;
}

/** Matches a query against the index; null when the query has no terms. */
export function searchIndex(
	index: SearchIndex,
	query: string,
	pageLanguage: Language
): SearchMatches | null {
	const terms = queryTerms(query, tableFold(index.variants));
	if (terms.length === 0) return null;
	const byLanguage: Partial<Record<Language, number>> = {};
	const own: string[] = [];
	const anywhere: string[] = [];
	for (const entry of index.entries) {
		const texts = Object.entries(entry.text) as [Language, string][];
		for (const [lang, text] of texts) {
			if (!matchesQuery(text + '\n' + entry.terms, terms)) continue;
			byLanguage[lang] = (byLanguage[lang] ?? 0) + 1;
			if (lang === pageLanguage) own.push(entry.id);
		}
		const everything = [...texts.map(([, text]) => text), entry.terms, entry.cited].join('\n');
		if (matchesQuery(everything, terms)) anywhere.push(entry.id);
	}
	const inPageLanguage = own.length > 0;
	return { found: new Set(inPageLanguage ? own : anywhere), inPageLanguage, byLanguage };
}

/** Matches a query against titles in the page's language: all there is before the index. */
export function searchTitles(
	titles: readonly { id: string; title: string }[],
	query: string,
	pageLanguage: Language
): SearchMatches | null {
	const terms = queryTerms(query);
	if (terms.length === 0) return null;
	const found = titles.filter((e) => matchesQuery(foldText(e.title), terms)).map((e) => e.id);
	return {
		found: new Set(found),
		inPageLanguage: true,
		byLanguage: { [pageLanguage]: found.length }
	};
}

/**
 * The languages to offer the same search in when nothing matches in the page's language but
 * something does in others, those with the most matches first; empty otherwise.
 */
export function otherLanguagesMatching(matches: SearchMatches, pageLanguage: Language): Language[] {
	if (matches.inPageLanguage) return [];
	return (Object.entries(matches.byLanguage) as [Language, number][])
		.filter(([lang, count]) => lang !== pageLanguage && count > 0)
		.sort((a, b) => b[1] - a[1])
		.map(([lang]) => lang);
}
