/**
 * Drawing primitives for share cards: the card's grid and palette, XML escaping, text runs and
 * the stance symbols. Everything returns SVG markup as strings.
 */
import type { Stance } from '$lib/data/schema';
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

export const STANCE_COLOURS: Record<Stance, string> = {
	cooperation: '#1f5fa8',
	conflict: '#c4391d',
	mixed: '#6b6b6b'
};

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

/**
 * The stance's symbol, the same shapes as the timeline's (StanceSymbol.svelte): circle for
 * cooperation, triangle for conflict, diamond for mixed. `size` is half its width.
 */
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
	if (stance === 'cooperation') return `<circle ${attrs} cx="${r(cx)}" cy="${r(cy)}" r="${size}"/>`;
	const s = size;
	const points =
		stance === 'conflict'
			? [
					[cx, cy - s * 1.15],
					[cx + s * 1.1, cy + s * 0.8],
					[cx - s * 1.1, cy + s * 0.8]
				]
			: [
					[cx, cy - s * 1.2],
					[cx + s * 1.2, cy],
					[cx, cy + s * 1.2],
					[cx - s * 1.2, cy]
				];
	return `<polygon ${attrs} points="${points.map(([x, y]) => `${r(x!)},${r(y!)}`).join(' ')}"/>`;
}
