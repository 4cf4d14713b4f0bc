/**
 * The contract between the validator and the pages: any dataset `npm run validate` accepts renders.
 * Datasets are generated to pass validation while pushing at what it allows: text repeated across
 * events, shared dates, dates at the edges of eras and of the calendar's four-digit years, year,
 * month and day precision, empty optional lists, one-character and very long text, CJK and
 * right-to-left scripts. Each is rendered as the server renders the pages: the event list, every
 * event's detail, and the timeline over the whole span and around one event.
 *
 * A list keyed by a value that repeats only breaks once the browser hydrates it, so the rendered
 * HTML is also checked for what a repeat would show a reader: an event listed twice, a related
 * event linked twice, a theme shown twice, or an element id used twice.
 */
import fc from 'fast-check';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import EventDetail from '$lib/components/EventDetail.svelte';
import EventList from '$lib/components/EventList.svelte';
import Timeline from '$lib/components/timeline/Timeline.svelte';
import { loadInterface, type Interface } from '$lib/i18n/catalogue';
import { itemOf, midpoint } from '$lib/timeline/items';
import { NO_CLUSTER_SPAN_MS } from '$lib/timeline/layout';
import { centredSpan, domainOf } from '$lib/timeline/view-state';
import { textProblem } from './characters';
import { DAY_MS, parsePartialDate, type Precision } from './dates';
import { parseJson } from './json-file';
import { placementTime } from './placement';
import { indexEntry, localizeEras, localizeEvents } from './localize';
import { RESERVED_EVENT_IDS } from './reserved-ids';
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '$lib/i18n/languages';
import { siteText } from './identity';
import {
	FIGURE_QUALIFIERS,
	FIGURE_UNITS,
	RELATION_KINDS,
	STANCES,
	type Dataset,
	type Language
} from './schema';

/** Generated datasets describe themselves as the real one does, and use what it declares. */
const META = (JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset).meta;
const ACTORS = META.actors.map((actor) => actor.id);
const THEMES = META.themes.map((theme) => theme.id);
const SECTIONS = META.works[0]!.sections.map((section) => section.id);
const FOOTNOTES = META.works[0]!.footnotes ?? 1;
import { formatProblems, validateDataset } from './validate';

type Gen = fc.GeneratorValue;

const YEAR_ZERO = new Date(0);
YEAR_ZERO.setUTCFullYear(0, 0, 1);
/** The calendar the data can write: years 0000 to 9999. */
const CALENDAR = { from: YEAR_ZERO.getTime(), to: Date.UTC(9999, 11, 31) };

/** Words in the scripts and shapes the site's text takes, hostile-looking ones included. */
const WORDS = [
	'Helsinki',
	'ヘルシンキ首脳会談',
	'赫爾辛基峰會',
	'قمة هلسنكي',
	'פסגת הלסינקי',
	'(2018)\u200f',
	'👩\u200d💻',
	'e\u0301',
	'«New START»',
	'<script>alert(1)</script>',
	'&amp;',
	'=HYPERLINK("x")',
	'"quoted"',
	'x'
];
/** Single words long enough to overflow anything that does not wrap. */
const LONG_WORDS = ['W'.repeat(2000), '長'.repeat(3000)];

const word = fc.oneof(
	{ arbitrary: fc.constantFrom(...WORDS), weight: 6 },
	{
		arbitrary: fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
			.filter((s) => textProblem(s) === undefined),
		weight: 3
	},
	{ arbitrary: fc.constantFrom(...LONG_WORDS), weight: 1 }
);
const text = fc.oneof(
	fc
		.array(word, { minLength: 1, maxLength: 6 })
		.map((words) => words.join(' '))
		.filter((s) => textProblem(s) === undefined),
	// The same text in several events is allowed.
	fc.constant('Same text')
);
const localized = fc.record({ en: text, ja: text, 'zh-Hant': text });

const slug = fc
	.oneof(
		fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/),
		fc.constantFrom('a'.repeat(60), '0', '1999', 'event', 'era', 'main', 'timeline')
	)
	.filter((s) => s.length <= 60 && !RESERVED_EVENT_IDS.has(s));

const figure = fc.record(
	{
		label: localized,
		value: fc.double({ noNaN: true, noDefaultInfinity: true }),
		unit: fc.constantFrom(...FIGURE_UNITS),
		qualifier: fc.constantFrom(...FIGURE_QUALIFIERS)
	},
	{ requiredKeys: ['label', 'value', 'unit'] }
);

/** A date written at the given precision, for the period that contains `time`. */
function written(time: number, precision: Precision): string {
	const iso = new Date(time).toISOString();
	return iso.slice(0, { year: 4, month: 7, day: 10 }[precision]);
}

const start = (date: string) => parsePartialDate(date)!.start;
const end = (date: string) => parsePartialDate(date)!.end;

/** The coarsest date whose period ends just before `cut`: "1916" for 1917-01-01. */
function endingBefore(cut: number): string {
	const last = cut - DAY_MS;
	for (const precision of ['year', 'month', 'day'] as const) {
		if (end(written(last, precision)) === cut) return written(last, precision);
	}
	throw new Error('unreachable: a day always ends at the next day');
}

/** Contiguous eras from sorted cut points, each starting at the precision its cut allows. */
function makeEras(g: Gen, cuts: number[]) {
	return cuts.slice(0, -1).map((cut, i) => {
		const precision = (['year', 'month', 'day'] as const).find(
			(p) => start(written(cut, p)) === cut
		)!;
		return {
			id: '',
			start: written(cut, precision),
			end: endingBefore(cuts[i + 1]!),
			title: g(() => localized),
			summary: g(() => localized)
		};
	});
}

/** A dataset that should pass validation, built step by step so each part can depend on the last. */
function makeDataset(g: Gen) {
	const eraCount = g(fc.integer, { min: 1, max: 4 });
	const lastCalendarDay = Math.floor((CALENDAR.to - CALENDAR.from) / DAY_MS);
	// The first and last days the calendar can write turn up often.
	const day = fc.oneof(
		fc.integer({ min: 0, max: lastCalendarDay }),
		fc.constantFrom(0, lastCalendarDay)
	);
	const cutDays = g(() => fc.array(day, { minLength: eraCount + 1, maxLength: eraCount + 1 }));
	const cuts = [...new Set(cutDays.map((d) => CALENDAR.from + d * DAY_MS))].sort((a, b) => a - b);
	if (cuts.length < 2) cuts.push(cuts[0]! + DAY_MS);
	const eras = makeEras(g, cuts);
	const covered = { from: cuts[0]!, to: cuts[cuts.length - 1]! };
	// An event belongs to the era its date is placed in (the middle of the period it names).
	const inEra = (date: string) => {
		const placed = placementTime(parsePartialDate(date)!);
		return placed >= covered.from && placed < covered.to;
	};

	const eventCount = g(fc.integer, { min: 1, max: 10 });
	const ids = g(() =>
		fc.uniqueArray(slug, {
			minLength: eras.length + eventCount,
			maxLength: eras.length + eventCount
		})
	);
	eras.forEach((era, i) => (era.id = ids[i]!));

	const lastDay = (covered.to - covered.from) / DAY_MS - 1;
	const sharedDay = g(fc.integer, { min: 0, max: lastDay });
	const events = ids.slice(eras.length).map((id) => {
		// Era edges and one day shared by several events turn up often.
		const offset = g(() =>
			fc.oneof(fc.constantFrom(0, lastDay, sharedDay), fc.integer({ min: 0, max: lastDay }))
		);
		const time = covered.from + offset * DAY_MS;
		const precision = g(fc.constantFrom, 'year', 'month', 'day') as Precision;
		const date = [written(time, precision), written(time, 'day')].find(inEra)!;
		const later = g(() => fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }));
		const endDate =
			later === undefined || end(date) + later * DAY_MS > CALENDAR.to
				? undefined
				: written(end(date) + later * DAY_MS, g(fc.constantFrom, 'year', 'month', 'day'));
		const figures: { label: Record<Language, string> }[] = [];
		for (const candidate of g(() => fc.array(figure, { maxLength: 3 }))) {
			const clash = figures.some((f) => LANGUAGES.some((l) => f.label[l] === candidate.label[l]));
			if (!clash) figures.push(candidate);
		}
		return {
			id,
			date,
			...(endDate && start(endDate) > start(date) ? { endDate } : {}),
			title: g(() => localized),
			summary: g(() => localized),
			stance: g(fc.constantFrom, ...STANCES),
			themes: g(() => fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1 })),
			actors: g(() => fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 1 })),
			sources: g(
				fc.uniqueArray,
				fc.record(
					{
						section: fc.constantFrom(...SECTIONS),
						footnote: fc.integer({ min: 1, max: FOOTNOTES }),
						cited: fc.record(
							{
								title: text,
								publisher: text,
								date: fc.constantFrom('1999', '2014-03', '2018-07-16'),
								url: fc.constantFrom(
									'https://example.org/a?b=1&c=<2>',
									'http://例え.jp/パス',
									`https://example.org/${'x'.repeat(2000)}`
								)
							},
							{ requiredKeys: ['title'] }
						)
					},
					{ requiredKeys: ['section'] }
				),
				{ minLength: 1, maxLength: 3, selector: (s) => JSON.stringify(s) }
			),
			...g(fc.constantFrom, {}, { related: [] }),
			...g(fc.constantFrom, {}, { context: true }, { context: false }),
			...(g(fc.boolean) ? { note: g(() => localized) } : {}),
			...(figures.length > 0 || g(fc.boolean) ? { figures } : {})
		} as Dataset['events'][number];
	});

	// Responses only to events earlier in date order whose period has begun by the answer's date:
	// never to a later event, never in a cycle.
	const order = events
		.map((event, i) => ({ i, start: start(event.date) }))
		.sort((a, b) => a.start - b.start || a.i - b.i)
		.map(({ i }) => i);
	events.forEach((event, i) => {
		const others = events.filter((other) => other !== event);
		const linked = g(() => fc.subarray(others, { maxLength: Math.min(3, others.length) }));
		if (linked.length === 0) return;
		event.related = linked.map((other) => {
			const mayAnswer =
				order.indexOf(events.indexOf(other)) < order.indexOf(i) &&
				start(other.date) < end(event.date);
			const kinds = RELATION_KINDS.filter((k) => k !== 'response-to' || mayAnswer);
			return { id: other.id, kind: g(fc.constantFrom, ...kinds) };
		});
	});
	return { meta: META, eras, events };
}

const hrefFor = (id: string) => `/event/${encodeURIComponent(id)}/`;

/** Values of an attribute in the HTML, in order. */
function attributes(html: string, name: string): string[] {
	return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);
}

function expectNoRepeats(values: string[], what: string) {
	const repeated = values.filter((v, i) => values.indexOf(v) !== i);
	expect(repeated, what).toEqual([]);
}

const interfaces = {} as Record<Language, Interface>;
beforeAll(async () => {
	for (const lang of LANGUAGES) interfaces[lang] = await loadInterface(lang);
});

function renderPages(data: Dataset, lang: Language, g: Gen) {
	const ui = interfaces[lang];
	const m = { ...ui, ...siteText(data, lang, ui) };
	const events = localizeEvents(data, lang, m);
	const eras = localizeEras(data, lang);
	const index = events.map(indexEntry);

	const list = render(EventList, {
		props: { eras, events: index, m, hrefFor, selectedId: events[0]!.id }
	}).body;
	expect(attributes(list, 'href').sort()).toEqual(events.map((e) => hrefFor(e.id)).sort());
	expectNoRepeats(attributes(list, 'id'), 'element ids in the list');

	for (const event of events) {
		const detail = render(EventDetail, {
			props: { event, events: index, eras, m, lang, hrefFor, headingId: 'event-title' }
		}).body;
		// An event may be both linked from this one and its answer: it is shown once, as the answer.
		const related = [
			...detail.matchAll(
				/<span class="kind[^"]*">([^<]*)<\/span>(?:\s|<!--[^>]*-->)*<a href="([^"]*)"/g
			)
		];
		const linked = new Set([...event.related.map((r) => r.id), ...event.answeredBy]);
		expect(related.length).toBe(linked.size);
		expectNoRepeats(
			related.map(([, , href]) => href!),
			`related links of ${event.id}`
		);
		const tags = [...detail.matchAll(/<span class="tag[^"]*">([^<]*)<\/span>/g)].map((t) => t[1]!);
		expect(tags).toHaveLength(event.themes.length);
		expectNoRepeats(tags, `themes of ${event.id}`);
	}

	const items = index.map(itemOf);
	const domain = domainOf(eras);
	const around = events[g(fc.nat, events.length - 1)]!;
	for (const { span, selectedId } of [
		{ span: domain, selectedId: null },
		{ span: centredSpan(midpoint(itemOf(around)), NO_CLUSTER_SPAN_MS), selectedId: around.id }
	]) {
		const chart = render(Timeline, {
			props: { items, eras, domain, span, selectedId, hrefFor, m }
		}).body;
		expectNoRepeats(attributes(chart, 'data-event-id'), 'events marked on the chart');
		expectNoRepeats(attributes(chart, 'id'), 'element ids on the chart');
	}
}

describe('any dataset the validator accepts', () => {
	it('renders the list, every event and the timeline in every language', () => {
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const raw = makeDataset(g);
				// Through the same reader as the file, so the generated data is plain JSON.
				const { value, duplicateKeys } = parseJson(JSON.stringify(raw));
				expect(duplicateKeys).toEqual([]);
				const result = validateDataset(value);
				if (!result.ok) throw new Error(formatProblems('generated', result.problems));
				for (const lang of LANGUAGES) renderPages(result.data, lang, g);
			}),
			{ numRuns: 30 }
		);
	}, 30_000);
});
