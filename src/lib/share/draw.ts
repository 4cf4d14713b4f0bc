/**
 * Drawing primitives for share cards: the card's grid and palette, XML escaping, text runs and
 * the stance symbols. Everything returns SVG markup as strings.
 */
import type { Stance } from '$lib/data/schema';
import { STANCE_COLOURS, STANCE_SHAPES } from '$lib/stance';
import { estimateTextWidth } from '$lib/timeline/text-width';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Left and right margin; text, rules and the strip share the column between them. */
export const MARGIN = 64;
export const INNER = CARD_WIDTH - 2 * MARGIN;

/** The site's light palette (src/app.css). */
export const PAPER = '#fbfaf7';
export const INK = '#17191c';
export const MUTED = '#595c62';
export const RULE = '#d8d4cb';

export { STANCE_COLOURS };

/** Escapes text for XML content and attributes, dropping characters XML cannot carry at all. */
export function escapeXml(value: string): string {
	return (
		value
			// eslint-disable-next-line no-control-regex -- control characters are what is being removed
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/** Rounds coordinates to a tenth of a pixel, which keeps the SVG short and its numbers stable. */
export const r = (n: number) => Math.round(n * 10) / 10;

export interface TextStyle {
	size: number;
	weight?: 400 | 700;
	fill?: string;
	anchor?: 'start' | 'middle' | 'end';
	/** Extra space between letters, px. */
	spacing?: number;
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
	const { size, weight = 400, fill = INK, anchor = 'start', spacing = 0 } = style;
	return (
		`<text x="${r(x)}" y="${r(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}"` +
		(anchor === 'start' ? '' : ` text-anchor="${anchor}"`) +
		(spacing ? ` letter-spacing="${spacing}"` : '') +
		`>${escapeXml(content)}</text>`
	);
}

/** Width of a label, letter-spacing included. */
export function labelWidth(content: string, size: number, spacing = 0): number {
	return estimateTextWidth(content, size) + spacing * [...content].length;
}

/** The stance's symbol (src/lib/stance.ts), centred on (cx, cy); `size` is half its width. */
export function stanceSymbol(
	stance: Stance,
	cx: number,
	cy: number,
	size: number,
	hollow: boolean
): string {
	const colour = STANCE_COLOURS[stance];
	const paint = hollow
		? `fill="${PAPER}" stroke="${colour}" stroke-width="${r(size * 0.32)}"`
		: `fill="${colour}" stroke="${PAPER}" stroke-width="${r(size * 0.2)}"`;
	const attrs = `class="symbol ${stance}${hollow ? ' hollow' : ''}" ${paint} stroke-linejoin="round"`;
	const shape = STANCE_SHAPES[stance];
	if (shape.kind === 'circle') return `<circle ${attrs} cx="${r(cx)}" cy="${r(cy)}" r="${size}"/>`;
	const points = shape.points.map(([x, y]) => `${r(cx + x * size)},${r(cy + y * size)}`);
	return `<polygon ${attrs} points="${points.join(' ')}"/>`;
}
