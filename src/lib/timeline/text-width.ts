/**
 * Estimates rendered text width without a DOM, so label placement stays a pure function, and
 * shortens text at the boundaries a reader would: between words, or in Chinese and Japanese,
 * between the words a dictionary finds.
 */

const isWide = (code: number) =>
	(code >= 0x2e80 && code <= 0x9fff) ||
	(code >= 0xac00 && code <= 0xd7af) ||
	(code >= 0xf900 && code <= 0xfaff) ||
	(code >= 0xff00 && code <= 0xff60);

/** Width of one character in ems, by rough class: CJK is full-width, capitals are wider. */
function charEms(code: number): number {
	if (isWide(code)) return 1;
	if (code >= 0x41 && code <= 0x5a) return 0.66;
	if (code === 0x20 || code === 0x2e || code === 0x2c || code === 0x27) return 0.3;
	return 0.54;
}

export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += charEms(ch.codePointAt(0) ?? 0);
	return ems * fontSize;
}

/**
 * The shortest cut label worth showing, in ems: about twelve Latin letters or six or seven Chinese
 * characters — two words in either script, enough to tell "Russia expels…" from "Russia
 * annexes…", where three letters ("Rus…") or "Trump and…" name nothing. A whole title may be
 * shorter.
 */
export const MIN_LABEL_EMS = 6.5;

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Where text may be cut, as offsets (UTF-16) after which a line can end: before a space, and
 * between two words where either side is written without spaces (Chinese, Japanese).
 */
function cutPoints(text: string): number[] {
	const points: number[] = [];
	for (const { index } of words.segment(text)) {
		if (index === 0) continue;
		const before = text.codePointAt(index - 1) ?? 0;
		const after = text.codePointAt(index) ?? 0;
		if (/\s/u.test(text[index]!) || isWide(before) || isWide(after)) points.push(index);
	}
	return points;
}

/** Punctuation a cut line should not end on before its ellipsis. */
const TRAILING = /[\s,;:、，；：・(（「『《〈-]+$/u;

/** The longest start of text ending at a cut point and no wider than maxWidth, as its length. */
function longestStart(
	text: string,
	fontSize: number,
	maxWidth: number,
	clean: (head: string) => string = (head) => head
): number {
	let best = 0;
	for (const point of cutPoints(text)) {
		if (estimateTextWidth(clean(text.slice(0, point)), fontSize) > maxWidth) break;
		best = point;
	}
	return best;
}

/**
 * The text if it fits in maxWidth, else its longest start that fits with an ellipsis, cut after a
 * whole word (so what a reader sees begins the event's title, and its accessible name); "" when
 * that start would be narrower than `minEms`.
 */
export function fitText(text: string, fontSize: number, maxWidth: number, minEms = 0): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const ellipsis = estimateTextWidth('…', fontSize);
	const trim = (head: string) => head.replace(TRAILING, '');
	const head = trim(text.slice(0, longestStart(text, fontSize, maxWidth - ellipsis, trim)));
	if (!head || estimateTextWidth(head, fontSize) < minEms * fontSize) return '';
	return `${head}…`;
}

/** A label as it fits in maxWidth, or "" when what would fit is too short to read. */
export function fitLabel(text: string, fontSize: number, maxWidth: number): string {
	return fitText(text, fontSize, maxWidth, MIN_LABEL_EMS);
}

/**
 * Text broken into at most `maxLines` lines no wider than maxWidth, at word boundaries; the last
 * line is shortened with an ellipsis only when the text does not fit in them all. Each line but
 * the last keeps the space it was broken at, so that the lines read together are the text, and
 * fits in maxWidth with that space.
 */
export function breakLines(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines: number
): string[] {
	const lines: string[] = [];
	let rest = text;
	while (lines.length < maxLines - 1 && estimateTextWidth(rest, fontSize) > maxWidth) {
		// A line is measured with the space it keeps: that space is drawn at its end.
		const withSpace = (head: string) => (/\s/u.test(rest[head.length] ?? '') ? `${head} ` : head);
		const end = longestStart(rest, fontSize, maxWidth, withSpace);
		if (end === 0) break;
		const line = rest.slice(0, end);
		rest = rest.slice(end);
		const space = /^\s+/u.exec(rest)?.[0] ?? '';
		lines.push(space ? `${line} ` : line);
		rest = rest.slice(space.length);
	}
	const last = fitText(rest, fontSize, maxWidth);
	if (last) lines.push(last);
	return lines;
}
