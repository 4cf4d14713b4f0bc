/** Estimates rendered text width without a DOM, so label placement stays a pure function. */

/** Width of one character in ems, by rough class: CJK is full-width, capitals are wider. */
function charEms(code: number): number {
	if (
		(code >= 0x2e80 && code <= 0x9fff) ||
		(code >= 0xac00 && code <= 0xd7af) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xff00 && code <= 0xff60)
	)
		return 1;
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
 * The longest prefix of text that fits in maxWidth with an ellipsis, or "" when none does. Text
 * with spaces is cut after a whole word, so what a reader sees are words of the event's title
 * (which is also the start of its accessible name); a single long word is cut where it must be.
 */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const ellipsis = estimateTextWidth('…', fontSize);
	let width = 0;
	let out = '';
	for (const ch of text) {
		const w = charEms(ch.codePointAt(0) ?? 0) * fontSize;
		if (width + w + ellipsis > maxWidth) break;
		width += w;
		out += ch;
	}
	const nextChar = text.slice(out.length, out.length + 1);
	const lastSpace = out.lastIndexOf(' ');
	if (nextChar !== ' ' && lastSpace >= 3) out = out.slice(0, lastSpace);
	out = out.trimEnd();
	return out.length >= 3 ? `${out}…` : '';
}
