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
			'a glossary entry with a single term',
			(d: Json) => (d.meta.glossary = [{ en: ['INF'] }]),
			undefined,
			'meta.glossary[0]',
			/needs at least two terms/
		],
		[
			'a glossary term in a language meta does not list',
			(d: Json) => (d.meta.glossary = [{ en: ['INF'], fr: ['FNI'] }]),
			undefined,
			'meta.glossary[0]',
			/unrecognized key.*"fr"/i
		],
		[
			'an empty glossary term',
			(d: Json) => (d.meta.glossary = [{ en: ['INF', ''] }]),
			undefined,
			'meta.glossary[0].en[1]',
			/must not be empty/
		],
		[
			'a focus that ends before it starts',
			(d: Json) => (d.meta.focus = { start: '2019', end: '2009' }),
			undefined,
			'meta.focus',
			/expected start before end/
		],
		[
			'a focus with a date that is not one',
			(d: Json) => (d.meta.focus = { start: '2009-13', end: '2019' }),
			undefined,
			'meta.focus.start',
			/YYYY|calendar/
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
		],
		[
			'an event id that an era uses',
			(d: Json) => (d.events[0].id = 'second-era'),
			'second-era',
			'events[0].id',
			/duplicate id, already used by eras\[1\]/
		],
		[
			'two eras with one id',
			(d: Json) => (d.eras[1].id = 'first-era'),
			'first-era',
			'eras[1].id',
			/duplicate id, already used by eras\[0\]/
		],
		[
			'an id the share cards reserve',
			(d: Json) => (d.events[0].id = 'site'),
			'site',
			'events[0].id',
			/"site" is reserved for the site's own share card/
		],
		[
			'a theme listed twice',
			(d: Json) => (d.events[0].themes = ['sanctions', 'diplomacy', 'sanctions']),
			'magnitsky-act',
			'events[0].themes[2]',
			/"sanctions" is listed twice \(also at themes\[0\]\)/
		],
		[
			'an actor listed twice',
			(d: Json) => (d.events[0].actors = ['russia', 'russia']),
			'magnitsky-act',
			'events[0].actors[1]',
			/"russia" is listed twice/
		],
		[
			'a source cited twice',
			(d: Json) => d.events[1].sources.push(structuredClone(d.events[1].sources[0])),
			'dima-yakovlev-law',
			'events[1].sources[1]',
			/repeats sources\[0\]/
		],
		[
			'a related link listed twice',
			(d: Json) => d.events[1].related.push({ id: 'magnitsky-act', kind: 'response-to' }),
			'dima-yakovlev-law',
			'events[1].related[1].id',
			/"magnitsky-act" is already linked at related\[0\]/
		],
		[
			'one event linked twice with different kinds',
			(d: Json) => d.events[1].related.push({ id: 'magnitsky-act', kind: 'see-also' }),
			'dima-yakovlev-law',
			'events[1].related[1].id',
			/already linked/
		],
		[
			'a figure qualified in words the schema does not know',
			(d: Json) => {
				d.events[0].figures = [
					{
						label: { en: 'Troops', ja: '兵力', 'zh-Hant': '兵力' },
						value: 1000,
						unit: 'people',
						qualifier: 'roughly'
					}
				];
			},
			'magnitsky-act',
			'events[0].figures[0].qualifier',
			/"roughly" is not a qualifier; expected one of more-than, about/
		],
		[
			'two figures with one label',
			(d: Json) => {
				const figure = { label: { en: 'Troops', ja: '兵力', 'zh-Hant': '兵力' }, unit: 'people' };
				d.events[0].figures = [
					{ ...figure, value: 1 },
					{ ...figure, value: 2 }
				];
			},
			'magnitsky-act',
			'events[0].figures[1].label.en',
			/label "Troops" is already used by figures\[0\]/
		],
		[
			'a response to a later event',
			(d: Json) => {
				delete d.events[1].related;
				d.events[0].related = [{ id: 'dima-yakovlev-law', kind: 'response-to' }];
			},
			'magnitsky-act',
			'events[0].related[0].id',
			/responds to "dima-yakovlev-law" \(2012-12-28\), which begins after this event's date 2012-12-14/
		],
		[
			'responses that answer each other',
			(d: Json) => {
				d.events[0].date = '2012-12';
				d.events[1].date = '2012-12';
				d.events[0].related = [{ id: 'dima-yakovlev-law', kind: 'response-to' }];
			},
			'dima-yakovlev-law',
			'events[1].related[0].id',
			/cycle \(magnitsky-act → dima-yakovlev-law → magnitsky-act\)/
		],
		[
			'a title of zero-width characters only',
			(d: Json) => (d.events[0].title.en = '\u200b\u200d\u2060'),
			'magnitsky-act',
			'events[0].title.en',
			/no visible characters \(only U\+200B \(zero-width space\)/
		],
		[
			'a title of Hangul fillers',
			(d: Json) => (d.events[0].title.ja = '\u3164\u115f\u1160\uffa0'),
			'magnitsky-act',
			'events[0].title.ja',
			/no visible characters \(only U\+3164 \(Hangul filler\)/
		],
		[
			'a summary of blank Braille and ideographic spaces',
			(d: Json) => (d.events[0].summary['zh-Hant'] = '\u2800\u3000\u2800'),
			'magnitsky-act',
			'events[0].summary.zh-Hant',
			/no visible characters/
		],
		[
			'a right-to-left override in a title',
			(d: Json) => (d.events[0].title.en = 'Act \u202egnp.exe'),
			'magnitsky-act',
			'events[0].title.en',
			/contains U\+202E \(right-to-left override\), which reorders the text after it/
		],
		[
			'a directional isolate in a note',
			(d: Json) => (d.events[0].note = { en: 'a \u2067b\u2069', ja: 'a', 'zh-Hant': 'a' }),
			'magnitsky-act',
			'events[0].note.en',
			/U\+2067 \(right-to-left isolate\)/
		],
		[
			'a NUL character',
			(d: Json) => (d.events[0].summary.en = 'Signed.\u0000'),
			'magnitsky-act',
			'events[0].summary.en',
			/control character U\+0000 \(NUL\)/
		],
		[
			'a BEL character in a cited title',
			(d: Json) => (d.events[1].sources[0].cited.title = 'Re\u0007port'),
			'dima-yakovlev-law',
			'events[1].sources[0].cited.title',
			/control character U\+0007 \(BEL\)/
		],
		[
			'a line break inside a title',
			(d: Json) => (d.events[0].title.en = 'Magnitsky\nAct'),
			'magnitsky-act',
			'events[0].title.en',
			/U\+000A \(line feed\); text must be one plain paragraph/
		],
		[
			'a C1 control character',
			(d: Json) => (d.events[0].title.en = 'Magnitsky\u0085Act'),
			'magnitsky-act',
			'events[0].title.en',
			/control character U\+0085/
		],
		[
			'half of a surrogate pair',
			(d: Json) => (d.events[0].title.en = 'Act \ud800'),
			'magnitsky-act',
			'events[0].title.en',
			/U\+D800, half of a surrogate pair/
		],
		[
			'an invisible character in a source URL',
			(d: Json) => (d.events[1].sources[0].cited.url = 'https://example.org/\u202eexe'),
			'dima-yakovlev-law',
			'events[1].sources[0].cited.url',
			/contains U\+202E/
		]
	])('rejects %s, naming the event and the path', (_name, mutate, id, path, message) => {
		const problems = problemsAfter(mutate);
		expect(problems).toContainEqual(
			expect.objectContaining({ id, path, message: expect.stringMatching(message) })
		);
	});

	// Text a reader can read, in any script, stays accepted.
	it.each([
		['Japanese', 'ja', 'ヘルシンキ首脳会談'],
		['traditional Chinese', 'zh-Hant', '赫爾辛基峰會'],
		['Arabic with a right-to-left mark', 'en', 'قمة هلسنكي\u200f (2018)'],
		['Hebrew', 'en', 'פסגת הלסינקי'],
		['an emoji joined by zero-width joiners', 'en', 'Summit 👩\u200d💻'],
		['a no-break space between words', 'en', 'New\u00a0START'],
		['one visible letter among combining marks', 'en', 'e\u0301']
	])('accepts a title in %s', (_name, lang, title) => {
		const data = valid();
		data.events[0].title[lang] = title;
		expect(validateDataset(data)).toMatchObject({ ok: true });
	});

	it('accepts a response dated by year to an event dated within that year', () => {
		const data = valid();
		data.events[1].date = '2012';
		data.events[1].related = [{ id: 'magnitsky-act', kind: 'response-to' }];
		expect(validateDataset(data)).toMatchObject({ ok: true });
	});

	it('accepts a response on the same day as the event it answers', () => {
		const data = valid();
		data.events[1].date = data.events[0].date;
		expect(validateDataset(data)).toMatchObject({ ok: true });
	});

	it('reports a long chain of responses without a cycle as valid', () => {
		const data = valid();
		const template = data.events[0];
		data.events = Array.from({ length: 2000 }, (_, i) => ({
			...template,
			id: `step-${i}`,
			date: '2012-12-14',
			related: i > 0 ? [{ id: `step-${i - 1}`, kind: 'response-to' }] : undefined
		}));
		expect(validateDataset(data)).toMatchObject({ ok: true });
		data.events[0].related = [{ id: 'step-1999', kind: 'response-to' }];
		const result = validateDataset(data);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems).toHaveLength(1);
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
