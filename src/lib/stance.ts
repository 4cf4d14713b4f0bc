/**
 * The one vocabulary of stance: each stance's shape and colour. The timeline's marks, the
 * badges, the filter buttons, the legend and the share cards all draw from here, so a stance
 * looks the same wherever it appears and never relies on colour alone.
 */
import type { Stance } from './data/vocabulary';

/** A stance's shape at half-width 1: a circle, or a polygon through these points. */
export type StanceShape =
	{ kind: 'circle' } | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

/** Circle for cooperation, triangle for conflict, diamond for mixed. */
export const STANCE_SHAPES: Record<Stance, StanceShape> = {
	cooperation: { kind: 'circle' },
	conflict: {
		kind: 'polygon',
		points: [
			[0, -1.15],
			[1.1, 0.8],
			[-1.1, 0.8]
		]
	},
	mixed: {
		kind: 'polygon',
		points: [
			[0, -1.2],
			[1.2, 0],
			[0, 1.2],
			[-1.2, 0]
		]
	}
};

/** The CSS custom property each stance is painted with (src/app.css sets it per theme). */
export const STANCE_COLOUR_VARS: Record<Stance, string> = {
	cooperation: 'var(--cooperation)',
	conflict: 'var(--conflict)',
	mixed: 'var(--mixed)'
};

/** The light theme's colours, for images drawn without CSS (the share cards). */
export const STANCE_COLOURS: Record<Stance, string> = {
	cooperation: '#1f5fa8',
	conflict: '#c4391d',
	mixed: '#6b6b6b'
};

const round = (n: number) => Math.round(n * 100) / 100;

/** The polygon's points scaled to half-width `size` about (x, y), as an SVG points list. */
export function stancePoints(stance: Stance, size: number, x = 0, y = 0): string {
	const shape = STANCE_SHAPES[stance];
	if (shape.kind === 'circle') return '';
	return shape.points
		.map(([px, py]) => `${round(x + px * size)},${round(y + py * size)}`)
		.join(' ');
}

/** The shape as a CSS clip-path over a square box, for text badges drawn without SVG. */
export function stanceClipPath(stance: Stance): string {
	const shape = STANCE_SHAPES[stance];
	if (shape.kind === 'circle') return 'circle(50%)';
	const reach = 1.2;
	const pct = (v: number) => `${round(((v + reach) / (2 * reach)) * 100)}%`;
	return `polygon(${shape.points.map(([px, py]) => `${pct(px)} ${pct(py)}`).join(', ')})`;
}
