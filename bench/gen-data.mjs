/**
 * Deterministic synthetic timeline events for the benchmark: 1800–2020, about 55% packed into
 * 2009–2019, where the real dataset is densest. The output must stay byte-identical to the
 * reference generator the comparison was designed with (gen-data.test.ts pins its hashes), so
 * change nothing here without changing those hashes on purpose.
 *
 * Plain JavaScript with no Node imports: the /bench page bundles it and the vis-timeline page
 * loads it as is, so both build their data with exactly this code.
 */

/**
 * @typedef {object} BenchEvent
 * @property {number} id 1…n, in generation order.
 * @property {string} date "YYYY-MM-DD" (UTC).
 * @property {string} title
 * @property {'conflict' | 'cooperation'} category
 */

/**
 * Mulberry32: a tiny seeded PRNG, so every run and every page sees the same events.
 * @param {number} a seed
 * @returns {() => number} uniform in [0, 1)
 */
function mulberry32(a) {
	return function () {
		a |= 0;
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const CONFLICT = [
	'Border clash',
	'Sanctions imposed',
	'Embassy expelled',
	'Naval standoff',
	'Trade war escalates',
	'Ceasefire collapses',
	'Protest crackdown',
	'Cyberattack attributed'
];
const COOP = [
	'Treaty signed',
	'Trade pact',
	'Joint summit',
	'Aid package',
	'Science accord',
	'Peace talks',
	'Climate pledge',
	'Visa agreement'
];
const PLACES = [
	'Geneva',
	'Vienna',
	'Lima',
	'Nairobi',
	'Hanoi',
	'Oslo',
	'Cairo',
	'Quito',
	'Riga',
	'Dakar',
	'Manila',
	'Tbilisi',
	'Accra',
	'Minsk',
	'Doha',
	'Bogotá'
];

/**
 * `n` events sorted by date, then id. The default seed depends on `n`, so each size is its own
 * dataset rather than a prefix of a bigger one.
 * @param {number} n
 * @param {number} [seed]
 * @returns {BenchEvent[]}
 */
export function generate(n, seed = 20240601 + n) {
	const rnd = mulberry32(seed);
	const t1800 = Date.UTC(1800, 0, 1);
	const t2021 = Date.UTC(2021, 0, 1);
	const t2009 = Date.UTC(2009, 0, 1);
	const t2020 = Date.UTC(2020, 0, 1);
	/** @type {BenchEvent[]} */
	const out = [];
	for (let i = 0; i < n; i++) {
		const dense = rnd() < 0.55;
		const t = dense ? t2009 + rnd() * (t2020 - t2009) : t1800 + rnd() * (t2021 - t1800);
		/** @type {BenchEvent['category']} */
		const category = rnd() < 0.5 ? 'conflict' : 'cooperation';
		const words = category === 'conflict' ? CONFLICT : COOP;
		const title = `${words[Math.floor(rnd() * words.length)]} in ${PLACES[Math.floor(rnd() * PLACES.length)]}`;
		out.push({ id: i + 1, date: new Date(t).toISOString().slice(0, 10), title, category });
	}
	out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
	return out;
}
