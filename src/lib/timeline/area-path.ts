/** SVG path data for an area between a horizontal baseline and a line through points. */

export interface Point {
	x: number;
	y: number;
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The closed area under (or over) the line through `points`, which run left to right, down to
 * `baseline`. Samples are close together (a few pixels), so straight segments draw a smooth curve.
 */
export function areaPath(points: readonly Point[], baseline: number): string {
	const first = points[0];
	const last = points[points.length - 1];
	if (!first || !last) return '';
	let d = `M${r(first.x)},${r(baseline)}`;
	for (const p of points) d += `L${r(p.x)},${r(p.y)}`;
	return `${d}L${r(last.x)},${r(baseline)}Z`;
}
