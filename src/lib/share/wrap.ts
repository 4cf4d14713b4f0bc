/**
 * Line breaking for text drawn into SVG, where nothing wraps by itself. Latin text breaks at
 * spaces (never at hyphens: "Vostok-2018" stays whole); Chinese and Japanese have no spaces and
 * break between characters, except where the line-breaking rules (kinsoku) forbid it.
 */
import { estimateTextWidth, fitText } from '$lib/timeline/text-width';

/** A piece of text that is never split, and whether a space separated it from the last one. */
interface Unit {
	text: string;
	spaceBefore: boolean;
}

/** Ideographs, kana, CJK punctuation and full-width forms: a line may break on either side. */
function isCjk(ch: string): boolean {
	const code = ch.codePointAt(0) ?? 0;
	return (
		(code >= 0x2e80 && code <= 0x9fff) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xff00 && code <= 0xffef) ||
		(code >= 0x20000 && code <= 0x3ffff)
	);
}

/** Characters a line may not start with: closing marks, small kana, the long-vowel mark. */
const NO_LINE_START = new Set(
	'、。，．・·：；？！）」』】〕〉》”’ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥,.:;?!)]}%'
);
/** Characters a line may not end with: opening brackets and quotes. */
const NO_LINE_END = new Set('（「『【〔〈《“‘([{');

function units(text: string): Unit[] {
	const out: Unit[] = [];
	let pendingSpace = false;
	for (const ch of text) {
		if (/\s/u.test(ch)) {
			pendingSpace = out.length > 0;
			continue;
		}
		const last = out.at(-1);
		const prev = last ? [...last.text].at(-1)! : '';
		const breakable =
			!last ||
			pendingSpace ||
			((isCjk(ch) || isCjk(prev)) && !NO_LINE_START.has(ch) && !NO_LINE_END.has(prev));
		if (breakable) out.push({ text: ch, spaceBefore: pendingSpace });
		else last.text += ch;
		pendingSpace = false;
	}
	return out;
}

function joinUnits(line: Unit[]): string {
	return line.map((unit, i) => (i > 0 && unit.spaceBefore ? ' ' : '') + unit.text).join('');
}

/** Greedy fill: as many units on each line as fit in maxWidth (a lone overlong unit overflows). */
function greedy(pieces: Unit[], fontSize: number, maxWidth: number): Unit[][] {
	const lines: Unit[][] = [];
	let line: Unit[] = [];
	for (const unit of pieces) {
		if (line.length > 0 && estimateTextWidth(joinUnits([...line, unit]), fontSize) > maxWidth) {
			lines.push(line);
			line = [unit];
		} else line.push(unit);
	}
	if (line.length > 0) lines.push(line);
	return lines;
}

/** Punctuation that ends a phrase: the best place for a line to end, in any script. */
const PHRASE_END = new Set('、。，．：；？！）」』】〕〉》,;:!?)');
/**
 * Where a new phrase starts: opening brackets, and the Chinese conjunctions and prepositions
 * (traditional forms, which Japanese does not use) that lead one.
 */
const PHRASE_START = new Set('「『《（“與於將對從讓並及');
/** Chinese characters that close a phrase: the possessive 的, and 後 ("after"). */
const PHRASE_CLOSE = new Set('的後');
/** Prefixes that belong with the number after them: 第 ("-th"), 約 ("about"), 逾 ("over"). */
const NUMBER_PREFIX = new Set('第約逾近');
const HIRAGANA = /\p{Script=Hiragana}/u;

/** Penalties, as fractions of the line width (squared, like the slack they are weighed against). */
const CHEAP_BREAK = 0.12;
const DEAR_BREAK = 0.5;

/**
 * What breaking between two units costs, as a fraction of the line width. Free after
 * phrase-ending punctuation; cheap at a space, before Latin text or a number (not after one:
 * "2016年" and "STARTに" stay whole), after a Japanese particle (hiragana before a kanji or
 * katakana word) or at a Chinese phrase boundary; dear anywhere else inside CJK text, where it
 * may split a word or a name ("ジーマ・ヤコブレフ"), as a headline editor never would.
 */
function breakPenalty(before: Unit, after: Unit): number {
	const last = [...before.text].at(-1)!;
	const first = [...after.text][0]!;
	if (PHRASE_END.has(last)) return 0;
	const cheap =
		after.spaceBefore ||
		(isCjk(last) && !isCjk(first) && !NUMBER_PREFIX.has(last)) ||
		(HIRAGANA.test(last) && !HIRAGANA.test(first)) ||
		PHRASE_START.has(first) ||
		PHRASE_CLOSE.has(last);
	return cheap ? CHEAP_BREAK : DEAR_BREAK;
}

/** A text set in lines. */
export interface Wrapped {
	lines: string[];
	/** How many breaks fall inside a CJK word (Chinese words are not told apart from phrases). */
	awkward: number;
}

/**
 * The best way to set text in at most maxLines lines no wider than maxWidth, or undefined when
 * it cannot be done. "Best" minimises the lines' squared slack, so they come out even (like CSS
 * `text-wrap: balance`) and a headline never ends on a lone word, plus a penalty for each break
 * by how unnatural it is.
 */
export function wrapText(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines = Infinity
): Wrapped | undefined {
	const pieces = units(text);
	const n = pieces.length;
	if (n === 0) return { lines: [], awkward: 0 };
	const most = Math.min(maxLines, n);
	const widths = pieces.map((_, i) =>
		pieces.map((__, j) =>
			j < i ? 0 : estimateTextWidth(joinUnits(pieces.slice(i, j + 1)), fontSize)
		)
	);
	// cost[k][j]: cheapest way to set the first j units on k lines; start[k][j]: where line k begins.
	const cost = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(Infinity));
	const start = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(0));
	cost[0]![0] = 0;
	for (let k = 1; k <= most; k++) {
		for (let j = k; j <= n; j++) {
			const penalty = j < n ? (breakPenalty(pieces[j - 1]!, pieces[j]!) * maxWidth) ** 2 : 0;
			for (let i = j - 1; i >= k - 1; i--) {
				const w = widths[i]![j - 1]!;
				// A unit wider than the line gets a line of its own (and overflows it).
				if (w > maxWidth && j - i > 1) break;
				const total = cost[k - 1]![i]! + (maxWidth - Math.min(w, maxWidth)) ** 2 + penalty;
				if (total < cost[k]![j]!) {
					cost[k]![j] = total;
					start[k]![j] = i;
				}
			}
		}
	}
	let lineCount = 0;
	for (let k = 1; k <= most; k++)
		if (cost[k]![n]! < (cost[lineCount]?.[n] ?? Infinity)) lineCount = k;
	if (lineCount === 0) return undefined;
	const lines: string[] = [];
	let awkward = 0;
	for (let k = lineCount, j = n; k > 0; k--) {
		const i = start[k]![j]!;
		lines.unshift(joinUnits(pieces.slice(i, j)));
		if (j < n && breakPenalty(pieces[j - 1]!, pieces[j]!) === DEAR_BREAK) awkward++;
		j = i;
	}
	return { lines, awkward };
}

/**
 * Sets text in at most maxLines lines. What does not fit is cut at the last whole word (or
 * character, in CJK) that leaves room for an ellipsis; `truncated` says whether anything was cut.
 */
export function clampLines(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines: number
): { lines: string[]; truncated: boolean } {
	const wrapped = wrapText(text, fontSize, maxWidth, maxLines);
	if (wrapped) {
		const fitted = wrapped.lines.map((line) => fitText(line, fontSize, maxWidth));
		return { lines: fitted, truncated: fitted.some((line, i) => line !== wrapped.lines[i]) };
	}
	// Too long even when full: fill lines greedily, then cut the last one.
	const full = greedy(units(text), fontSize, maxWidth);
	const head = full.slice(0, maxLines - 1).map(joinUnits);
	const rest = full.slice(maxLines - 1).flat();
	const last: Unit[] = [];
	for (const unit of rest) {
		if (estimateTextWidth(joinUnits([...last, unit]) + '…', fontSize) > maxWidth) break;
		last.push(unit);
	}
	const tail =
		last.length > 0
			? joinUnits(last).replace(/[\s,;:、，]+$/u, '') + '…'
			: fitText(joinUnits(rest), fontSize, maxWidth);
	return { lines: [...head, tail], truncated: true };
}
