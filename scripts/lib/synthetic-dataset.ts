/**
 * A bigger dataset in the real one's shape, for measuring how the build grows: copies of the
 * real events, with their texts, sources, themes and links, each copy's day-exact dates a few days
 * later than the last copy's, so the events keep the real eras' proportions.
 */
import { DAY_MS, isoDay, parsePartialDate } from '../../src/lib/data/dates';
import type { Dataset } from '../../src/lib/data/schema';
import { formatProblems, validateDataset } from '../../src/lib/data/validate';

type EventRecord = Dataset['events'][number];

/** A date `days` later, when it is known to the day; a month or a year stays as it is. */
function later(date: string, days: number): string {
	const parsed = parsePartialDate(date);
	return parsed?.precision === 'day' ? isoDay(parsed.start + days * DAY_MS) : date;
}

const isDay = (date: string) => parsePartialDate(date)?.precision === 'day';

function copyOf(event: EventRecord, copy: number, byId: Map<string, EventRecord>): EventRecord {
	if (copy === 0) return event;
	const idOf = (id: string) => `${id}-copy-${copy}`;
	const text = (t: Record<string, string>) =>
		Object.fromEntries(Object.entries(t).map(([lang, s]) => [lang, `${s} (${copy + 1})`]));
	// A response must not move ahead of what it answers: links between a day-exact date, which
	// moves, and a month or year, which does not, are left out.
	const related = (event.related ?? []).filter(
		(link) => link.kind !== 'response-to' || isDay(event.date) === isDay(byId.get(link.id)!.date)
	);
	return {
		...event,
		id: idOf(event.id),
		date: later(event.date, copy),
		...(event.endDate ? { endDate: later(event.endDate, copy) } : {}),
		title: text(event.title) as EventRecord['title'],
		...(related.length > 0
			? { related: related.map((link) => ({ ...link, id: idOf(link.id) })) }
			: { related: undefined })
	};
}

/** `n` events: the real ones, then as many further copies as it takes, cut to `n`. */
export function syntheticDataset(real: Dataset, n: number): Dataset {
	const byId = new Map(real.events.map((e) => [e.id, e]));
	const count = real.events.length;
	const copies = Math.ceil(n / count);
	const events: EventRecord[] = [];
	for (let copy = 0; copy < copies; copy++) {
		for (const event of real.events) events.push(copyOf(event, copy, byId));
	}
	// Whole copies first, then every k-th event of the last, so a cut copy spans every era too,
	// and no kept event links to one cut away.
	const whole = Math.floor(n / count) * count;
	const rest = n - whole;
	const last = events.slice(whole);
	const kept = new Set(
		Array.from({ length: rest }, (_, i) => last[Math.floor((i * count) / rest)]!.id)
	);
	const chosen = [
		...events.slice(0, whole),
		...last
			.filter((e) => kept.has(e.id))
			.map((e) => {
				const related = e.related?.filter((link) => kept.has(link.id));
				return { ...e, related: related?.length ? related : undefined };
			})
	];
	const data = { ...real, events: chosen.map(withoutEmptyLinks) };
	const result = validateDataset(JSON.parse(JSON.stringify(data)));
	if (!result.ok) throw new Error(formatProblems(`synthetic dataset of ${n}`, result.problems));
	return result.data;
}

function withoutEmptyLinks(event: EventRecord): EventRecord {
	if (event.related !== undefined) return event;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
	const { related, ...rest } = event;
	return rest;
}
