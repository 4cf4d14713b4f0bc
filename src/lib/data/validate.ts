/**
 * Validates a parsed events file: shape (zod, with the ids its meta declares) and the rules shape
 * cannot express (unique ids, real date order, existing related ids, events inside eras,
 * contiguous eras). Every problem is reported at once, each naming the event id and the JSON path.
 */
import { datasetSchema, vocabularyOf, type Dataset } from './schema';
import { DAY_MS, parsePartialDate } from './dates';
import { placementTime } from './placement';

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

function asList(value: unknown): Loose[] {
	return Array.isArray(value) ? value.filter((v): v is Loose => !!v && typeof v === 'object') : [];
}

function span(value: unknown) {
	return typeof value === 'string' ? parsePartialDate(value) : null;
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

	const seen = new Map<string, number>();
	events.forEach((event, i) => {
		if (typeof event.id !== 'string') return;
		const first = seen.get(event.id);
		if (first !== undefined) {
			problems.push({
				id: event.id,
				path: `events[${i}].id`,
				message: `duplicate id, already used by events[${first}]; ids must be unique`
			});
		} else seen.set(event.id, i);
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
			if (!seen.has(link.id)) {
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
			}
		});
	});
	return problems;
}

export function validateDataset(raw: unknown): ValidationResult {
	const parsed = datasetSchema(vocabularyOf((raw as Loose)?.meta)).safeParse(raw);
	const problems: Problem[] = parsed.success
		? []
		: parsed.error.issues.map((issue) => ({
				id: idAt(raw, issue.path),
				path: pathToString(issue.path),
				message: issue.message
			}));
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
