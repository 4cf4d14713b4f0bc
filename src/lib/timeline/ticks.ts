/** Axis ticks whose unit follows the zoom: centuries and decades far out, then years, months, days. */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Span } from './view-state';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
	time: number;
	unit: TickUnit;
	/** The first tick, or the first of a larger unit (a January, a 1st of the month): carries context. */
	major: boolean;
}

interface Step {
	unit: TickUnit;
	interval: TimeInterval | null;
	/** Approximate length in milliseconds, for spacing. */
	ms: number;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

function every(interval: CountableTimeInterval, n: number): TimeInterval | null {
	return interval.every(n);
}

const STEPS: Step[] = [
	{ unit: 'day', interval: utcDay, ms: DAY },
	{ unit: 'day', interval: every(utcDay, 2), ms: 2 * DAY },
	{
		unit: 'day',
		interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())),
		ms: 7 * DAY
	},
	{ unit: 'day', interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), ms: 15 * DAY },
	{ unit: 'month', interval: utcMonth, ms: YEAR / 12 },
	{ unit: 'month', interval: every(utcMonth, 3), ms: YEAR / 4 },
	{ unit: 'month', interval: every(utcMonth, 6), ms: YEAR / 2 },
	...[1, 2, 5, 10, 20, 25, 50, 100].map((n): Step => ({
		unit: 'year',
		interval: every(utcYear, n),
		ms: n * YEAR
	}))
];

/** Ticks for a span drawn across `width` pixels, at least `minSpacing` pixels apart. */
export function chooseTicks(span: Span, width: number, minSpacing = 72): Tick[] {
	const msPerPx = (span.to - span.from) / Math.max(width, 1);
	const step = STEPS.find((s) => s.ms / msPerPx >= minSpacing) ?? STEPS[STEPS.length - 1]!;
	const times = step.interval?.range(new Date(span.from), new Date(span.to + 1)) ?? [];
	return times.map((date, i) => {
		const time = date.getTime();
		const major =
			i === 0 ||
			(step.unit === 'month' && date.getUTCMonth() === 0) ||
			(step.unit === 'day' && date.getUTCDate() === 1);
		return { time, unit: step.unit, major };
	});
}

/**
 * Remembers tick labels by time and pattern: while zooming, most labels recur from frame to
 * frame, and formatting dates is the costly part of drawing the axis.
 */
export function labelCache(format: (time: number, pattern: string) => string, limit = 2000) {
	const labels = new Map<string, string>();
	return (time: number, pattern: string): string => {
		const key = `${time} ${pattern}`;
		let label = labels.get(key);
		if (label === undefined) {
			if (labels.size > limit) labels.clear();
			label = format(time, pattern);
			labels.set(key, label);
		}
		return label;
	};
}
