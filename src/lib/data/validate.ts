/**
 * Validates a parsed events file: shape (zod, with the ids its meta declares) and the rules shape cannot express (ids unique
 * across eras and events and none the routes reserve, real date order, existing related ids,
 * responses that come after what they answer and never in a cycle, no entry listed twice within
 * an event, events inside eras, contiguous eras). Every problem is reported at once, each naming
 * the event id and the JSON path. What passes here, every page can render.
 */
import { datasetSchema, vocabularyOf, type Dataset } from './schema';
import { DAY_MS, parsePartialDate } from './dates';
import { LANGUAGES } from '../i18n/languages';
import { placementTime } from './placement';
import { RESERVED_EVENT_IDS } from './reserved-ids';

export interface Problem {
	/** Id of the event or era concerned, when it has one. */
	id?: string;
	/** JSON path, e.g. "events[3].title.ja". */
	path: string;
	message: string;
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

type Loose = Record<string, unknown>;

function pathToString(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) =>
			typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`
		)
		.join('');
}

function idAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
	const [list, index] = path;
	if ((list !== 'events' && list !== 'eras') || typeof index !== 'number') return undefined;
	const item = (raw as Loose)?.[list];
	const id = Array.isArray(item) ? (item[index] as Loose | undefined)?.id : undefined;
	return typeof id === 'string' ? id : undefined;
}

/** A problem at a path in the raw data, naming the event or era the path lies in. */
export function problemAt(raw: unknown, path: readonly PropertyKey[], message: string): Problem {
	return { id: idAt(raw, path), path: pathToString(path), message };
}

function asList(value: unknown): Loose[] {
	return Array.isArray(value) ? value.filter((v): v is Loose => !!v && typeof v === 'object') : [];
}

function span(value: unknown) {
	return typeof value === 'string' ? parsePartialDate(value) : null;
}

/** The first index each key was seen at; calls `repeat` for every later one. */
function eachRepeat<T>(
	list: readonly T[],
	keyOf: (item: T) => string | undefined,
	repeat: (index: number, first: number, key: string) => void
) {
	const first = new Map<string, number>();
	list.forEach((item, i) => {
		const key = keyOf(item);
		if (key === undefined) return;
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, i);
		else repeat(i, earlier, key);
	});
}

/** A value's JSON with object keys sorted, so equal records compare equal. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/**
 * Lists within one event: pages key what they repeat by it, so an entry listed twice would break
 * the page, and a reader would see it twice anyway.
 */
function repeatsInEvent(event: Loose, i: number, id: string | undefined): Problem[] {
	const problems: Problem[] = [];
	const at = (field: string, j: number) => `events[${i}].${field}[${j}]`;
	for (const field of ['themes', 'actors'] as const) {
		const list = event[field];
		if (!Array.isArray(list)) continue;
		eachRepeat(
			list,
			(v) => (typeof v === 'string' ? v : undefined),
			(j, first, key) =>
				problems.push({
					id,
					path: at(field, j),
					message: `"${key}" is listed twice (also at ${field}[${first}]); list each once`
				})
		);
	}
	eachRepeat(asList(event.sources), canonical, (j, first) =>
		problems.push({
			id,
			path: at('sources', j),
			message: `repeats sources[${first}]; cite each source once`
		})
	);
	const related = asList(event.related);
	eachRepeat(
		related,
		(link) => (typeof link.id === 'string' ? link.id : undefined),
		(j, first, key) =>
			problems.push({
				id,
				path: `${at('related', j)}.id`,
				message: `"${key}" is already linked at related[${first}]; link each event once, with one kind`
			})
	);
	const figures = asList(event.figures);
	for (const lang of LANGUAGES) {
		eachRepeat(
			figures,
			(figure) => {
				const label = (figure.label as Loose | undefined)?.[lang];
				return typeof label === 'string' ? label : undefined;
			},
			(j, first, key) =>
				problems.push({
					id,
					path: `${at('figures', j)}.label.${lang}`,
					message: `label "${key}" is already used by figures[${first}]; each figure needs its own label`
				})
		);
	}
	return problems;
}

/**
 * Response links that close a cycle (a answers b, b answers a), each cycle reported once, at the
 * link that closes it.
 */
function responseCycles(events: Loose[]): Problem[] {
	const index = new Map<string, number>();
	events.forEach((event, i) => {
		if (typeof event.id === 'string' && !index.has(event.id)) index.set(event.id, i);
	});
	const answers = (i: number) =>
		asList(events[i]!.related).flatMap((link, j) => {
			const target = typeof link.id === 'string' ? index.get(link.id) : undefined;
			return link.kind === 'response-to' && target !== undefined && target !== i
				? [{ j, target }]
				: [];
		});

	const problems: Problem[] = [];
	const state = new Map<number, 'open' | 'done'>();
	const trail: number[] = [];
	// Iterative depth-first search: a long chain of responses must not exhaust the stack.
	for (let root = 0; root < events.length; root++) {
		if (state.has(root)) continue;
		const stack = [{ node: root, links: answers(root), next: 0 }];
		state.set(root, 'open');
		trail.push(root);
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const link = top.links[top.next++];
			if (!link) {
				state.set(top.node, 'done');
				stack.pop();
				trail.pop();
				continue;
			}
			const seen = state.get(link.target);
			if (seen === 'open') {
				const cycle = [...trail.slice(trail.indexOf(link.target)), link.target];
				const id = events[top.node]!.id as string;
				problems.push({
					id,
					path: `events[${top.node}].related[${link.j}].id`,
					message: `response-to links form a cycle (${cycle
						.map((k) => events[k]!.id as string)
						.join(' → ')}); an event cannot answer, even indirectly, an event that answers it`
				});
			} else if (seen === undefined) {
				state.set(link.target, 'open');
				trail.push(link.target);
				stack.push({ node: link.target, links: answers(link.target), next: 0 });
			}
		}
	}
	return problems;
}

/** Rules across records; tolerant of records that failed the shape check. */
function crossCheck(raw: unknown): Problem[] {
	const problems: Problem[] = [];
	const events = asList((raw as Loose)?.events);
	const eras = asList((raw as Loose)?.eras);

	const meta = ((raw as Loose)?.meta ?? {}) as Loose;
	const declared: [string, unknown][] = [
		['meta.works', meta.works],
		['meta.actors', meta.actors],
		['meta.themes', meta.themes],
		...asList(meta.works).map((work, i): [string, unknown] => [
			`meta.works[${i}].sections`,
			work.sections
		])
	];
	for (const [path, list] of declared) {
		const ids = new Set<unknown>();
		asList(list).forEach((item, i) => {
			if (ids.has(item.id)) {
				problems.push({
					id: String(item.id),
					path: `${path}[${i}].id`,
					message: `duplicate id "${String(item.id)}"; ids in ${path} must be unique`
				});
			}
			ids.add(item.id);
		});
	}

	// One namespace for eras and events: the list and the chart key both by id.
	const seen = new Map<string, string>();
	const claim = (record: Loose, path: string) => {
		if (typeof record.id !== 'string') return;
		const first = seen.get(record.id);
		if (first !== undefined) {
			problems.push({
				id: record.id,
				path: `${path}.id`,
				message: `duplicate id, already used by ${first}; ids must be unique across eras and events`
			});
		} else seen.set(record.id, path);
	};
	eras.forEach((era, i) => claim(era, `eras[${i}]`));
	events.forEach((event, i) => claim(event, `events[${i}]`));
	const eventIds = new Map<string, number>();
	events.forEach((event, i) => {
		if (typeof event.id !== 'string') return;
		if (!eventIds.has(event.id)) eventIds.set(event.id, i);
		const use = RESERVED_EVENT_IDS.get(event.id);
		if (use) {
			problems.push({
				id: event.id,
				path: `events[${i}].id`,
				message: `"${event.id}" is reserved for ${use}; choose another id`
			});
		}
	});

	const eraSpans = eras.map((era) => ({ id: era.id, start: span(era.start), end: span(era.end) }));
	eraSpans.forEach((era, i) => {
		const id = typeof era.id === 'string' ? era.id : undefined;
		if (era.start && era.end && era.end.end <= era.start.start) {
			problems.push({ id, path: `eras[${i}].end`, message: 'era ends before it starts' });
		}
		const next = eraSpans[i + 1];
		if (era.end && next?.start && next.start.start !== era.end.end) {
			const gap = Math.round((next.start.start - era.end.end) / DAY_MS);
			problems.push({
				id,
				path: `eras[${i}].end`,
				message:
					gap > 0
						? `gap of ${gap} day(s) before the next era; eras must be contiguous (the next era starts the day after this one ends)`
						: `overlaps the next era by ${-gap} day(s); eras must be contiguous and in order`
			});
		}
	});

	events.forEach((event, i) => {
		const id = typeof event.id === 'string' ? event.id : undefined;
		const start = span(event.date);
		const end = span(event.endDate);
		if (start && end && end.start <= start.start) {
			problems.push({
				id,
				path: `events[${i}].endDate`,
				message: `endDate ${String(event.endDate)} is not after date ${String(event.date)}; expected a later date`
			});
		}
		if (start && eraSpans.length > 0) {
			// A date known to the month or year belongs where its middle falls, as on the site.
			const placed = placementTime(start);
			const inEra = eraSpans.some(
				(era) => era.start && era.end && placed >= era.start.start && placed < era.end.end
			);
			if (!inEra) {
				problems.push({
					id,
					path: `events[${i}].date`,
					message: `date ${String(event.date)} is outside every era; expected a date covered by an era`
				});
			}
		}
		asList(event.related).forEach((link, j) => {
			if (typeof link.id !== 'string') return;
			const target = eventIds.get(link.id);
			if (target === undefined) {
				problems.push({
					id,
					path: `events[${i}].related[${j}].id`,
					message: `related id "${link.id}" does not exist; expected the id of another event`
				});
			} else if (link.id === id) {
				problems.push({
					id,
					path: `events[${i}].related[${j}].id`,
					message: 'an event cannot be related to itself'
				});
			} else if (link.kind === 'response-to') {
				// Dates are periods ("2014" is the whole year): the answered event must begin
				// within or before the period of the answer's own date.
				const answered = span(events[target]!.date);
				if (start && answered && answered.start >= start.end) {
					problems.push({
						id,
						path: `events[${i}].related[${j}].id`,
						message: `responds to "${link.id}" (${String(events[target]!.date)}), which begins after this event's date ${String(event.date)}; an event can only respond to one that begins no later than its own date`
					});
				}
			}
		});
		problems.push(...repeatsInEvent(event, i, id));
	});
	problems.push(...responseCycles(events));
	return problems;
}

export function validateDataset(raw: unknown): ValidationResult {
	const parsed = datasetSchema(vocabularyOf((raw as Loose)?.meta)).safeParse(raw);
	const problems: Problem[] = parsed.success
		? []
		: parsed.error.issues.map((issue) => problemAt(raw, issue.path, issue.message));
	problems.push(...crossCheck(raw));
	if (problems.length > 0 || !parsed.success) return { ok: false, problems };
	return { ok: true, data: parsed.data };
}

/** A report a contributor can act on: one line per problem. */
export function formatProblems(file: string, problems: Problem[]): string {
	const lines = problems.map(
		(p) => `  ${file}: ${p.id ? `"${p.id}" ` : ''}at ${p.path || '(root)'}: ${p.message}`
	);
	return `${file} has ${problems.length} problem(s):\n${lines.join('\n')}`;
}
