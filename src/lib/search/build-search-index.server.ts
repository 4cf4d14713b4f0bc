/** Builds the search index from the dataset when the site is built. */
import type { Dataset } from '$lib/data/schema';
import { siteLanguages, type Language } from '$lib/i18n/languages';
import { chineseFold, variantTable } from './chinese-variants.server';
import { foldText } from './fold';
import type { SearchEntry, SearchIndex } from './search-index';

const fold = (text: string) => foldText(text, chineseFold);

/** Latin letters and digits: a term that starts or ends with one must not run into another. */
const WORDLIKE = /[\p{Script=Latin}\p{N}]/u;

/** True when the folded text uses the folded term as a whole word (INF, not "information"). */
export function usesTerm(text: string, term: string): boolean {
	const guardStart = WORDLIKE.test(term[0] ?? '');
	const guardEnd = WORDLIKE.test(term.at(-1) ?? '');
	for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + term.length] ?? ' ';
		if ((!guardStart || !WORDLIKE.test(before)) && (!guardEnd || !WORDLIKE.test(after))) {
			return true;
		}
	}
	return false;
}

export function buildSearchIndex(data: Dataset): SearchIndex {
	const languages = siteLanguages(data.meta.languages);
	const glossary = (data.meta.glossary ?? []).map((entry) => [
		...new Set(Object.values(entry).flat().map(fold))
	]);
	const originals: string[] = [];
	const entries = data.events.map((event): SearchEntry => {
		const ownText = (lang: Language) => {
			const own = [
				event.title[lang],
				event.summary[lang],
				event.note?.[lang] ?? '',
				...(event.figures ?? []).map((f) => f.label[lang])
			].filter(Boolean);
			originals.push(...own);
			return fold(own.join('\n'));
		};
		const text = Object.fromEntries(languages.map((lang) => [lang, ownText(lang)]));
		const works = event.sources.flatMap((s) => [s.cited?.title ?? '', s.cited?.publisher ?? '']);
		const cited = [...new Set(works.filter(Boolean))];
		originals.push(...cited);
		const folded = [...Object.values(text), fold(cited.join('\n'))].join('\n');
		// Equivalent terms belong to no one language: a reader's term in any of them finds the event.
		const equivalents = glossary.filter((terms) => terms.some((term) => usesTerm(folded, term)));
		return {
			id: event.id,
			text,
			terms: equivalents.flat().join('\n'),
			cited: fold(cited.join('\n'))
		};
	});
	// The reader's query may write a character in any form the original texts or glossary use.
	const glossaryTerms = (data.meta.glossary ?? []).flatMap((entry) => Object.values(entry).flat());
	const variants = variantTable([
		...originals,
		...glossaryTerms,
		...entries.flatMap((e) => [...Object.values(e.text), e.terms, e.cited])
	]);
	return { variants, entries };
}
