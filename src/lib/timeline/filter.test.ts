import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery, queryTerms } from '$lib/search/fold';
import { applyFilters, hasFilters, type Filterable, type Filters } from './filter';

interface Item extends Filterable {
	id: string;
	text: string;
}

const items: Item[] = [
	{
		id: 'reset',
		stance: 'cooperation',
		themes: ['diplomacy'],
		actors: ['united-states', 'russia'],
		text: 'The “reset” button in Genève'
	},
	{
		id: 'crimea',
		stance: 'conflict',
		themes: ['regional-conflict'],
		actors: ['russia', 'ukraine'],
		text: 'ロシアがクリミアを編入 Crimea'
	},
	{
		id: 'helsinki',
		stance: 'mixed',
		themes: ['diplomacy'],
		actors: ['united-states', 'russia'],
		text: '川普與普丁在赫爾辛基會晤'
	},
	{
		id: 'sanctions',
		stance: 'conflict',
		themes: ['sanctions'],
		actors: ['united-states'],
		text: 'ＵＳ sanctions on Russian banks'
	}
];

const none: Filters = { stances: [], themes: [], actors: [], query: '' };
const run = (filters: Partial<Filters>) => {
	const terms = queryTerms(filters.query ?? '');
	const found = terms.length ? (item: Item) => matchesQuery(foldText(item.text), terms) : undefined;
	return applyFilters(items, { ...none, ...filters }, found);
};
const ids = (filters: Partial<Filters>) => run(filters).shown.map((i) => i.id);

describe('applyFilters', () => {
	it.each([
		['no filter shows everything', {}, ['reset', 'crimea', 'helsinki', 'sanctions']],
		['one stance', { stances: ['conflict'] }, ['crimea', 'sanctions']],
		['two stances', { stances: ['conflict', 'mixed'] }, ['crimea', 'helsinki', 'sanctions']],
		['a theme', { themes: ['diplomacy'] }, ['reset', 'helsinki']],
		['an actor', { actors: ['ukraine'] }, ['crimea']],
		['stance and theme together', { stances: ['conflict'], themes: ['sanctions'] }, ['sanctions']],
		['search ignores case', { query: 'CRIMEA' }, ['crimea']],
		['search ignores accents', { query: 'geneve' }, ['reset']],
		['search folds full-width letters', { query: 'us sanctions' }, ['sanctions']],
		['Japanese text without spaces', { query: 'クリミア' }, ['crimea']],
		['Chinese text without spaces', { query: '普丁' }, ['helsinki']],
		['every term must match', { query: 'russian banks' }, ['sanctions']],
		['nothing matches', { query: 'zzz' }, []]
	] as [string, Partial<Filters>, string[]][])('%s', (_name, filters, expected) => {
		expect(ids(filters)).toEqual(expected);
	});

	it('counts, per stance, what selecting it would show under the other filters', () => {
		expect(run({ themes: ['diplomacy'] }).stanceCounts).toEqual({
			conflict: 0,
			cooperation: 1,
			mixed: 1
		});
		expect(run({ stances: ['mixed'] }).stanceCounts).toEqual({
			conflict: 2,
			cooperation: 1,
			mixed: 1
		});
	});
});

describe('hasFilters', () => {
	it('knows when any filter is set', () => {
		expect(hasFilters(none)).toBe(false);
		expect(hasFilters({ ...none, query: ' ' })).toBe(false);
		expect(hasFilters({ ...none, actors: ['nato'] })).toBe(true);
	});
});
