/**
 * Folds text so that what a reader types meets what the dataset says: full- and half-width forms,
 * upper and lower case, Latin accents, katakana and hiragana, and (through a table) the Simplified,
 * Traditional and Japanese forms of a Chinese character.
 */

/** Maps one character to the form texts are folded to; characters it does not know stay. */
export type CharFold = (char: string) => string;

const LATIN_ACCENTS = /[\u0300-\u036f]/g;
/** Katakana that have a hiragana counterpart 0x60 code points below. */
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;
const toHiragana = (k: string) => String.fromCharCode(k.charCodeAt(0) - 0x60);

/** A character fold that changes nothing, for text that needs only the other folds. */
export const keepChar: CharFold = (char) => char;

/** A character fold that looks characters up in a table made when the site was built. */
export function tableFold(table: Readonly<Record<string, string>>): CharFold {
	return (char) => (Object.hasOwn(table, char) ? table[char]! : char);
}

/**
 * NFKC (full-width Latin and digits, half-width katakana), no Latin accents (the dakuten of kana
 * stay), lower case, katakana as hiragana, then each character through `foldChar`.
 */
export function foldText(text: string, foldChar: CharFold = keepChar): string {
	const plain = text
		.normalize('NFKD')
		.replace(LATIN_ACCENTS, '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(KATAKANA, toHiragana);
	if (foldChar === keepChar) return plain;
	let folded = '';
	for (const char of plain) folded += foldChar(char);
	return folded;
}

/** Query terms: split on spaces (including the ideographic space), each folded. */
export function queryTerms(query: string, foldChar: CharFold = keepChar): string[] {
	// Most views have no query: skip the Unicode work (and its costly first run on page load).
	if (!query.trim()) return [];
	return foldText(query, foldChar).split(/\s+/u).filter(Boolean);
}

/** True when every term occurs somewhere in the folded haystack. */
export function matchesQuery(haystack: string, terms: readonly string[]): boolean {
	return terms.every((term) => haystack.includes(term));
}
