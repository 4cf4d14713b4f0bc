import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateDataset } from './validate';
import { loadDatasetFile } from './load.server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const valid = (): Json => JSON.parse(readFileSync('src/lib/data/fixtures/valid.json', 'utf8'));

function problemsAfter(mutate: (data: Json) => void) {
	const data = valid();
	mutate(data);
	const result = validateDataset(data);
	if (result.ok) throw new Error('expected the mutated dataset to be rejected');
	return result.problems;
}

describe('validateDataset', () => {
	it('accepts the project’s own data file', () => {
		const data = loadDatasetFile('data/events.json');
		expect(data.events.length).toBeGreaterThanOrEqual(45);
		expect(data.eras.length).toBeGreaterThanOrEqual(6);
	});

	it('accepts a small valid fixture', () => {
		expect(validateDataset(valid()).ok).toBe(true);
	});

	// One row per kind of mistake a contributor can make: the id, the path and the message.
	it.each([
		[
			'a missing field',
			(d: Json) => delete d.events[0].summary,
			'magnitsky-act',
			'events[0].summary',
			/expected object/
		],
		[
			'an empty title',
			(d: Json) => (d.events[0].title.ja = ''),
			'magnitsky-act',
			'events[0].title.ja',
			/must not be empty/
		],
		[
			'an unknown language key',
			(d: Json) => (d.events[0].title.fr = 'Loi'),
			'magnitsky-act',
			'events[0].title',
			/unrecognized key.*"fr"/i
		],
		[
			'an impossible day',
			(d: Json) => (d.events[0].date = '2019-02-30'),
			'magnitsky-act',
			'events[0].date',
			/not a real calendar date/
		],
		[
			'an impossible month',
			(d: Json) => (d.events[0].date = '2019-13-01'),
			'magnitsky-act',
			'events[0].date',
			/not a real calendar date/
		],
		[
			'a malformed date',
			(d: Json) => (d.events[0].date = '14/12/2012'),
			'magnitsky-act',
			'events[0].date',
			/YYYY, YYYY-MM or YYYY-MM-DD/
		],
		[
			'an endDate before the date',
			(d: Json) => (d.events[0].endDate = '2012-12-01'),
			'magnitsky-act',
			'events[0].endDate',
			/not after date/
		],
		[
			'a duplicated id',
			(d: Json) => (d.events[1].id = 'magnitsky-act'),
			'magnitsky-act',
			'events[1].id',
			/duplicate id/
		],
		[
			'an id that is not a slug',
			(d: Json) => (d.events[0].id = 'Magnitsky Act'),
			'Magnitsky Act',
			'events[0].id',
			/kebab-case slug/
		],
		[
			'a related id that does not exist',
			(d: Json) => (d.events[1].related[0].id = 'no-such-event'),
			'dima-yakovlev-law',
			'events[1].related[0].id',
			/"no-such-event" does not exist/
		],
		[
			'an event outside every era',
			(d: Json) => (d.events[0].date = '1790'),
			'magnitsky-act',
			'events[0].date',
			/outside every era/
		],
		[
			'overlapping eras',
			(d: Json) => (d.eras[1].start = '1910'),
			'first-era',
			'eras[0].end',
			/overlaps the next era/
		],
		[
			'a gap between eras',
			(d: Json) => (d.eras[1].start = '1920'),
			'first-era',
			'eras[0].end',
			/gap of 1095 day/
		],
		[
			'an unknown stance',
			(d: Json) => (d.events[0].stance = 'hostile'),
			'magnitsky-act',
			'events[0].stance',
			/expected one of/i
		],
		[
			'an unknown theme',
			(d: Json) => (d.events[0].themes = ['weather']),
			'magnitsky-act',
			'events[0].themes[0]',
			/expected one of/i
		],
		[
			'an actor meta does not declare',
			(d: Json) => (d.events[0].actors = ['united-states', 'atlantis']),
			'magnitsky-act',
			'events[0].actors[1]',
			/"atlantis" is not an actor declared in meta\.actors; expected one of united-states, russia/
		],
		[
			'a section the work does not have',
			(d: Json) => (d.events[0].sources[0].section = '9.9'),
			'magnitsky-act',
			'events[0].sources[0].section',
			/"9\.9" is not a section declared in meta\.works\[\]\.sections; expected one of 3\.2\.2/
		],
		[
			'a footnote beyond the work’s last',
			(d: Json) => (d.events[1].sources[0].footnote = 24),
			'dima-yakovlev-law',
			'events[1].sources[0].footnote',
			/beyond the work "the-article"; expected 1 to 23/
		],
		[
			'a work meta does not declare',
			(d: Json) => (d.events[0].sources[0].work = 'another-book'),
			'magnitsky-act',
			'events[0].sources[0].work',
			/"another-book" is not a work declared in meta\.works; expected one of the-article/
		],
		[
			'a text missing in a language meta lists',
			(d: Json) => delete d.events[0].title['zh-Hant'],
			'magnitsky-act',
			'events[0].title.zh-Hant',
			/expected string/
		],
		[
			'a text in a language meta does not list',
			(d: Json) => (d.meta.languages = ['en', 'ja']),
			'magnitsky-act',
			'events[0].title',
			/unrecognized key.*"zh-Hant"/i
		],
		[
			'a language without an interface',
			(d: Json) => d.meta.languages.push('fr'),
			undefined,
			'meta.languages[3]',
			/"fr" is not an interface language; expected one of en, ja, zh-Hant/
		],
		[
			'a theme declared twice',
			(d: Json) => d.meta.themes.push(d.meta.themes[0]),
			'sanctions',
			'meta.themes[2].id',
			/duplicate id "sanctions"/
		],
		[
			'a source URL that is not http(s)',
			(d: Json) => (d.events[1].sources[0].cited.url = 'javascript:alert(1)'),
			'dima-yakovlev-law',
			'events[1].sources[0].cited.url',
			/http\(s\)/
		],
		[
			'text with surrounding spaces',
			(d: Json) => (d.events[0].summary.en = ' Signed. '),
			'magnitsky-act',
			'events[0].summary.en',
			/start or end with spaces/
		],
		[
			'no sources',
			(d: Json) => (d.events[0].sources = []),
			'magnitsky-act',
			'events[0].sources',
			/at least one source/
		]
	])('rejects %s, naming the event and the path', (_name, mutate, id, path, message) => {
		const problems = problemsAfter(mutate);
		expect(problems).toContainEqual(
			expect.objectContaining({ id, path, message: expect.stringMatching(message) })
		);
	});

	it('reports every problem at once, one line each with file, id and path', () => {
		const problems = problemsAfter((d) => {
			d.events[0].date = '2019-02-30';
			d.events[1].stance = 'hostile';
			d.events[1].title.en = '';
		});
		expect(problems).toHaveLength(3);
		const report = formatProblems('data/events.json', problems);
		expect(report).toContain('data/events.json has 3 problem(s)');
		expect(report).toContain(
			'data/events.json: "magnitsky-act" at events[0].date: is not a real calendar date'
		);
		expect(report).toContain('"dima-yakovlev-law" at events[1].stance');
		expect(report).toContain('"dima-yakovlev-law" at events[1].title.en: must not be empty');
	});
});
