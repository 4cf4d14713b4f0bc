/**
 * One form for each Chinese character, whether written Simplified, Traditional or as Japanese
 * kanji, from OpenCC's conversion tables: 叙, 敘 → 敘; 条, 條 → 條; 戦, 战, 戰 → 戰. Used when the
 * site is built, to fold the texts and to make the small table that folds a reader's query.
 */
import { Converter } from 'opencc-js';
import type { CharFold } from './fold';

const toSimplified = Converter({ from: 't', to: 'cn' });
const toTraditional = Converter({ from: 'cn', to: 't' });
const japaneseToTraditional = Converter({ from: 'jp', to: 't' });
const traditionalToJapanese = Converter({ from: 't', to: 'jp' });

/** A conversion of one character; one that would turn it into several is not taken. */
function single(convert: (text: string) => string): CharFold {
	return (char) => {
		const out = convert(char);
		return [...out].length === 1 ? out : char;
	};
}

const simplified = single(toSimplified);
const traditional = single(toTraditional);
const japaneseAsTraditional = single(japaneseToTraditional);
const traditionalAsJapanese = single(traditionalToJapanese);

/** Through Simplified and back, so that variants of one character meet (髮, 發 → 发 → 發). */
const roundTrip: CharFold = (char) => traditional(simplified(char));

const HAN = /\p{Script=Han}/u;
const cache = new Map<string, string>();

/** The one form of a character: Traditional, as OpenCC writes it; other characters stay. */
export const chineseFold: CharFold = (char) => {
	if (!HAN.test(char)) return char;
	let folded = cache.get(char);
	if (folded === undefined) {
		folded = roundTrip(japaneseAsTraditional(roundTrip(char)));
		cache.set(char, folded);
	}
	return folded;
};

/**
 * The query table for texts folded with chineseFold: for each Chinese character in them, the
 * forms a reader may type instead (Simplified, Traditional, Japanese) and what they fold to.
 * Characters no text uses need no entry: they cannot match anyway.
 */
export function variantTable(texts: Iterable<string>): Record<string, string> {
	const table: Record<string, string> = {};
	const seen = new Set<string>();
	for (const text of texts) {
		for (const char of text) {
			if (seen.has(char) || !HAN.test(char)) continue;
			seen.add(char);
			const folded = chineseFold(char);
			const forms = [
				char,
				simplified(char),
				traditional(char),
				japaneseAsTraditional(char),
				traditionalAsJapanese(char),
				traditionalAsJapanese(folded),
				simplified(folded)
			];
			for (const form of forms) {
				if (form !== folded && chineseFold(form) === folded) table[form] = folded;
			}
		}
	}
	return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}
