/**
 * What a piece of text may be made of beyond its shape: characters a reader can see, and none that
 * reorder, hide or break the text around them. Problems name a character by its code point, so a
 * message never carries the invisible character it is about.
 */

/** Embeddings, overrides and isolates: they reorder whatever follows them, up to the line's end. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * C0 and C1 controls (NUL, BEL, tab, line feed…) and the Unicode line and paragraph separators:
 * every text in the data is one paragraph, and a raw control character would reach the HTML.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Half of a surrogate pair without the other: not a character at all (a broken \u escape). */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * A character that shows: not white space, not a mark with nothing to sit on, not a format,
 * control, private-use or unassigned code point, and not one of the blank letters that fill
 * space (the Hangul fillers are default-ignorable; the blank Braille pattern is not).
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{C}\u2800]/u;
/** Anything that does not show by itself, for writing it by name. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{C}\u2800]/gu;

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x07: 'BEL',
	0x08: 'backspace',
	0x09: 'tab',
	0x0a: 'line feed',
	0x0d: 'carriage return',
	0x1b: 'escape',
	0x7f: 'DEL',
	0xa0: 'no-break space',
	0xad: 'soft hyphen',
	0x115f: 'Hangul choseong filler',
	0x1160: 'Hangul jungseong filler',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x2028: 'line separator',
	0x2029: 'paragraph separator',
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2060: 'word joiner',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate',
	0x2800: 'Braille pattern blank',
	0x3000: 'ideographic space',
	0x3164: 'Hangul filler',
	0xfeff: 'byte-order mark',
	0xffa0: 'halfwidth Hangul filler'
};

/** A character as a message can show it: "U+202E (right-to-left override)". */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	const name = NAMES[code];
	return name ? `U+${hex} (${name})` : `U+${hex}`;
}

/** The text with every character that does not show written as its code point, in brackets. */
export function showInvisible(text: string): string {
	return text.replace(INVISIBLE, (char) => (char === ' ' ? char : `[${describeCharacter(char)}]`));
}

/** Whether the text has at least one character a reader would see. */
export function hasVisibleCharacter(text: string): boolean {
	return VISIBLE.test(text);
}

/**
 * Why a non-empty text cannot be shown as it is, or undefined when it can. One reason at a time,
 * the most telling first.
 */
export function textProblem(text: string): string | undefined {
	if (text === '') return undefined;
	const control = CONTROL.exec(text)?.[0];
	if (control) {
		return `contains the control character ${describeCharacter(control)}; text must be one plain paragraph`;
	}
	const bidi = BIDI_CONTROL.exec(text)?.[0];
	if (bidi) {
		return `contains ${describeCharacter(bidi)}, which reorders the text after it; remove it (a left-to-right or right-to-left mark, U+200E or U+200F, may stay where mixed-direction text needs one)`;
	}
	const half = LONE_SURROGATE.exec(text)?.[0];
	if (half) {
		return `contains ${describeCharacter(half)}, half of a surrogate pair; expected whole characters`;
	}
	if (!hasVisibleCharacter(text)) {
		const shown = [...new Set(text)].slice(0, 3).map(describeCharacter).join(', ');
		return `has no visible characters (only ${shown}); expected readable text`;
	}
	if (text.trim() !== text) return 'must not start or end with spaces';
	return undefined;
}

/** Why a URL cannot be used as written, or undefined. Spaces are the URL pattern's business. */
export function urlCharacterProblem(url: string): string | undefined {
	const hidden = /[^\P{C}\s]/u.exec(url)?.[0];
	return hidden
		? `contains ${describeCharacter(hidden)}; write it percent-encoded or remove it`
		: undefined;
}
