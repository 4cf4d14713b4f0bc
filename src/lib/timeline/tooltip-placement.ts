/** Where a tooltip goes beside a point so that it stays whole on screen: below it, or above. */

export interface Point {
	x: number;
	y: number;
}

export interface Size {
	width: number;
	height: number;
}

export interface TooltipPlacement {
	/** The tooltip's top-left corner, in the coordinates of the point and the viewport. */
	left: number;
	top: number;
	side: 'below' | 'above';
}

/** Space kept between the tooltip and the point it describes, px. */
const GAP = 16;
/** Space kept free at the viewport's edges, px. */
const MARGIN = 8;

/**
 * Centred under the point when it fits above the viewport's bottom, else above the point when
 * that fits, else on whichever side has more room; moved sideways to stay inside the viewport.
 */
export function placeTooltip(point: Point, tip: Size, viewport: Size): TooltipPlacement {
	const below = point.y + GAP;
	const above = point.y - GAP - tip.height;
	const fitsBelow = below + tip.height <= viewport.height - MARGIN;
	const fitsAbove = above >= MARGIN;
	const side =
		fitsBelow || (!fitsAbove && viewport.height - point.y >= point.y) ? 'below' : 'above';
	const maxLeft = viewport.width - MARGIN - tip.width;
	const left = Math.max(MARGIN, Math.min(point.x - tip.width / 2, maxLeft));
	return { left, top: side === 'below' ? below : above, side };
}
