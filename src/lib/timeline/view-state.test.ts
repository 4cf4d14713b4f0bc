import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANCES } from '$lib/data/schema';
import {
	clampSpan,
	extentOf,
	shareableQuery,
	MIN_SPAN_MS,
	parseViewState,
	serializeViewState,
	type ViewState
} from './view-state';

const DAY = 86_400_000;
const domain = { from: Date.UTC(1800, 0, 1), to: Date.UTC(2021, 0, 1) };
/** The themes and actors a dataset's meta might declare. */
const THEMES = ['diplomacy', 'sanctions', 'economy-trade'];
const ACTORS = ['united-states', 'russia', 'nato'];
const vocabulary = { themes: THEMES, actors: ACTORS };
const parse = (query: string) => parseViewState(new URLSearchParams(query), domain, vocabulary);

describe('parseViewState', () => {
	it('opens exactly the span the URL names, through the end of its last day', () => {
		const state = parse('from=2018-01-01&to=2018-12-31');
		expect(state.span).toEqual({ from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) });
	});

	it.each([
		['no parameters', ''],
		['a malformed date', 'from=2018-1-1&to=2018-12-31'],
		['an impossible date', 'from=2018-02-30&to=2018-12-31'],
		['only one end', 'from=2018-01-01'],
		['garbage', 'from=%3Cscript%3E&to=javascript:alert(1)']
	])('falls back to the default view for %s', (_name, query) => {
		expect(parse(query).span).toBeNull();
	});

	it('swaps reversed ends and widens a span narrower than two weeks', () => {
		const state = parse('from=2018-03-10&to=2018-03-05');
		expect(state.span!.to - state.span!.from).toBe(MIN_SPAN_MS);
		expect(state.span!.from).toBeLessThanOrEqual(Date.UTC(2018, 2, 5));
	});

	it('clamps a span beyond the domain into it', () => {
		const state = parse('from=1500-01-01&to=2500-01-01');
		expect(state.span).toEqual(domain);
	});

	it('keeps known filter values, in a stable order, and drops unknown or repeated ones', () => {
		const state = parse(
			'stance=mixed,CONFLICT,war&stance=conflict&theme=sanctions,weather&actor=nato'
		);
		expect(state.stances).toEqual(['conflict', 'mixed']);
		expect(state.themes).toEqual(['sanctions']);
		expect(state.actors).toEqual(['nato']);
	});

	it('reads embed mode only from embed=1', () => {
		expect(parse('embed=1').embed).toBe(true);
		expect(parse('embed=yes').embed).toBe(false);
	});

	it('trims the search text, removes control characters and caps its length', () => {
		expect(parse('q=%20%20Crimea%0A').query).toBe('Crimea');
		expect(parse(`q=${'x'.repeat(500)}`).query).toHaveLength(200);
	});
});

describe('clampSpan', () => {
	it('keeps the centre when widening to the minimum span', () => {
		const centre = Date.UTC(2018, 6, 16);
		const span = clampSpan({ from: centre - DAY, to: centre + DAY }, domain);
		expect((span.from + span.to) / 2).toBe(centre);
		expect(span.to - span.from).toBe(MIN_SPAN_MS);
	});
});

describe('URL round trip', () => {
	const dayArb = fc
		.integer({ min: Date.UTC(1800, 0, 1) / DAY, max: Date.UTC(2020, 11, 1) / DAY })
		.map((d) => d * DAY);
	const stateArb = fc.record({
		span: fc.option(
			fc.tuple(dayArb, fc.integer({ min: 14, max: 20_000 })).map(([from, days]) => ({
				from,
				to: Math.min(from + days * DAY, domain.to)
			})),
			{ nil: null }
		),
		stances: fc.subarray([...STANCES]),
		themes: fc.subarray([...THEMES]),
		actors: fc.subarray([...ACTORS]),
		query: fc.string({ maxLength: 40 }).map((s) => s.replace(/\p{Cc}/gu, ' ').trim()),
		embed: fc.boolean()
	});

	it('parse(serialize(state)) gives back the state', () => {
		fc.assert(
			fc.property(stateArb, (state: ViewState) => {
				const span = state.span ? clampSpan(state.span, domain) : null;
				const expected = { ...state, span };
				const back = parseViewState(serializeViewState(expected), domain, vocabulary);
				expect(back).toEqual(expected);
			})
		);
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (query) => {
				const state = parseViewState(new URLSearchParams(query), domain, vocabulary);
				expect(state.query.length).toBeLessThanOrEqual(200);
			})
		);
	});
});

describe('shareableQuery', () => {
	it.each([
		['?embed=1&from=2018-01-01&to=2018-12-31', '?from=2018-01-01&to=2018-12-31'],
		['?from=2018-01-01&embed=1', '?from=2018-01-01'],
		['?embed=1', ''],
		['', ''],
		['?stance=conflict', '?stance=conflict']
	])('shares %j as %j', (query, expected) => {
		expect(shareableQuery(query)).toBe(expected);
	});
});

describe('extentOf', () => {
	const y = (year: number) => Date.UTC(year, 0, 1);
	it.each([
		[
			'two periods, with air',
			[
				{ start: y(2000), end: y(2010) },
				{ start: y(2014), end: y(2020) }
			],
			0.1,
			0,
			{ from: y(2000) - (y(2020) - y(2000)) * 0.1, to: y(2020) + (y(2020) - y(2000)) * 0.1 }
		],
		[
			'periods in any order',
			[
				{ start: y(2014), end: y(2015) },
				{ start: y(2000), end: y(2001) }
			],
			0,
			0,
			{ from: y(2000), to: y(2015) }
		],
		[
			'one day, widened about its middle',
			[{ start: y(2018), end: y(2018) + DAY }],
			0.1,
			10 * DAY,
			{ from: y(2018) - 4.5 * DAY, to: y(2018) + 5.5 * DAY }
		]
	])('%s', (_name, periods, pad, minWidth, span) => {
		expect(extentOf(periods, pad, minWidth)).toEqual(span);
	});
});
