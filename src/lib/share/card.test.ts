import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Stance } from '$lib/data/schema';
import { estimateTextWidth } from '$lib/timeline/text-width';
import { eventCardSvg, siteCardSvg, type EventCardContent } from './card';
import { escapeXml, STANCE_COLOURS } from './draw';
import { loadResvg } from './render.server';
import { stripX } from './strip';

const YEAR = 365.25 * 86_400_000;
const at = (year: number) => Date.UTC(year, 0, 1);

/** 1803–2019 in three eras, like the real strip. */
const ERAS = [
	{ start: at(1803), end: at(1917) },
	{ start: at(1917), end: at(1992) },
	{ start: at(1992), end: at(2020) }
];

function card(overrides: Partial<EventCardContent> = {}): EventCardContent {
	return {
		lang: 'en',
		siteName: 'U.S.–Russia Relations, 1803–2019',
		eras: ERAS,
		source: 'Source: Wei Bai-Ku (2019).',
		host: 'timeline.example.com',
		title: 'Trump and Putin hold their first formal summit in Helsinki',
		date: 'July 16, 2018',
		stance: 'mixed',
		stanceLabel: 'Mixed',
		hollow: false,
		eraTitle: 'Strategic Competition',
		at: { start: Date.UTC(2018, 6, 16), end: Date.UTC(2018, 6, 17) },
		...overrides
	};
}

/** The text of each line of the card's title. */
function titleLines(svg: string): { size: number; text: string }[] {
	const group = /<g class="title">(.*?)<\/g>/.exec(svg)![1]!;
	return [...group.matchAll(/font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(([, size, text]) => ({
		size: Number(size),
		text: text!
	}));
}

const markerX = (svg: string) =>
	Number(/<g class="marker" transform="translate\(([\d.]+) /.exec(svg)![1]);

describe('escapeXml', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['Tom & Jerry', 'Tom &amp; Jerry'],
		[`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
		['bell\u0007 and nul\u0000 are dropped', 'bell and nul are dropped'],
		['「引用」と“quotes”', '「引用」と“quotes”']
	])('escapes %j', (input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});
});

beforeAll(loadResvg);

describe('eventCardSvg', () => {
	it('escapes hostile text everywhere it appears and stays well-formed XML', () => {
		const hostile = `</text><script>alert("x")</script> & 'q' ]]>`;
		const svg = eventCardSvg(
			card({
				title: hostile,
				eraTitle: hostile,
				date: hostile,
				stanceLabel: hostile,
				badge: hostile
			})
		);
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('</text><script');
		expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
		// resvg rejects malformed XML; parsing needs no fonts.
		expect(() => new Resvg(svg).free()).not.toThrow();
	});

	it.each<[Stance, string, string]>([
		['cooperation', 'circle', '#1f5fa8'],
		['conflict', 'polygon', '#c4391d'],
		['mixed', 'polygon', '#6b6b6b']
	])(
		'draws a %s event with its shape (%s) and colour (%s), and names it',
		(stance, shape, colour) => {
			const svg = eventCardSvg(card({ stance, stanceLabel: `Label for ${stance}` }));
			expect(STANCE_COLOURS[stance]).toBe(colour);
			const symbol = new RegExp(`<${shape} class="symbol ${stance}" fill="${colour}"`);
			expect(svg).toMatch(symbol);
			expect(svg).toContain(`>LABEL FOR ${stance.toUpperCase()}</text>`);
			expect(svg).toMatch(new RegExp(`fill="${colour}"[^>]*>LABEL FOR`));
			if (stance === 'conflict') {
				expect(
					/<polygon class="symbol conflict"[^>]*points="([^"]+)"/.exec(svg)![1]!.split(' ')
				).toHaveLength(3);
			}
			if (stance === 'mixed') {
				expect(
					/<polygon class="symbol mixed"[^>]*points="([^"]+)"/.exec(svg)![1]!.split(' ')
				).toHaveLength(4);
			}
		}
	);

	it('draws the symbol hollow when the date is known only to the month or year', () => {
		const svg = eventCardSvg(card({ stance: 'conflict', hollow: true }));
		expect(svg).toMatch(/<polygon class="symbol conflict hollow" fill="#fbfaf7" stroke="#c4391d"/);
		expect(svg).not.toMatch(/class="symbol conflict" fill=/);
	});

	it('shows the date, the era and the site', () => {
		const svg = eventCardSvg(card({ date: 'March 2014', eraTitle: 'Crimea and Sanctions' }));
		expect(svg).toContain('>March 2014</text>');
		expect(svg).toContain('>Crimea and Sanctions</text>');
		expect(svg).toContain('>U.S.–RUSSIA RELATIONS, 1803–2019</text>');
		expect(svg).toContain('>timeline.example.com</text>');
	});

	it('keeps the kicker as written in scripts without case', () => {
		const svg = eventCardSvg(card({ lang: 'ja', siteName: '米露関係 1803–2019' }));
		expect(svg).toContain('>米露関係 1803–2019</text>');
		expect(svg).toContain('font-family="Noto Sans JP"');
		expect(eventCardSvg(card({ lang: 'zh-Hant' }))).toContain('font-family="Noto Sans TC"');
	});

	it('sets a short title large on one line and a long one in up to three', () => {
		expect(titleLines(eventCardSvg(card({ title: 'Russia joins the WTO' })))).toEqual([
			{ size: 72, text: 'Russia joins the WTO' }
		]);
		const lines = titleLines(
			eventCardSvg(
				card({ title: 'U.S. imposes sanctions on Russian individuals, firms and economic sectors' })
			)
		);
		expect(lines.length).toBeLessThanOrEqual(3);
		expect(lines.map((l) => l.text).join(' ')).toBe(
			'U.S. imposes sanctions on Russian individuals, firms and economic sectors'
		);
		for (const line of lines)
			expect(estimateTextWidth(line.text, line.size)).toBeLessThanOrEqual(1072);
	});

	it('cuts a title too long for three lines with an ellipsis', () => {
		const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
		const lines = titleLines(eventCardSvg(card({ title })));
		expect(lines).toHaveLength(3);
		expect(lines.at(-1)!.text).toMatch(/word\d+…$/);
		for (const line of lines)
			expect(estimateTextWidth(line.text, line.size)).toBeLessThanOrEqual(1072);
	});

	it('wraps a Japanese title between characters, at a natural place, losing none', () => {
		const title = 'プーチン、オバマ両大統領が6回の電話会談';
		const lines = titleLines(eventCardSvg(card({ lang: 'ja', title })));
		expect(lines.map((l) => l.text)).toEqual(['プーチン、オバマ両大統領が', '6回の電話会談']);
	});

	it('hangs a line’s opening bracket into the margin so its ink aligns', () => {
		const svg = eventCardSvg(
			card({ lang: 'ja', title: 'プーチン大統領、報復として「ジーマ・ヤコブレフ法」に署名' })
		);
		const xs = [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)</g)]
			.filter(([, , size]) => Number(size) >= 52)
			.map(([, x, size, line]) => [line!.startsWith('「'), Number(x), Number(size)] as const);
		expect(xs.some(([bracket]) => bracket)).toBe(true);
		for (const [bracket, x, size] of xs) expect(x).toBe(bracket ? 64 - size / 2 : 64);
	});

	it('wraps a Chinese title without starting a line on closing punctuation', () => {
		const title =
			'俄羅斯暫停履行《中程核武條約》義務，指控美國秘密研發飛彈，並宣布研發新型中程飛彈系統以資反制';
		const lines = titleLines(eventCardSvg(card({ lang: 'zh-Hant', title }))).map((l) => l.text);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.length).toBeLessThanOrEqual(3);
		expect(lines.join('').replace(/…$/, '')).toBe(
			title.slice(0, lines.join('').replace(/…$/, '').length)
		);
		for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、》」]/);
		for (const line of lines) expect(line).not.toMatch(/[《「]$/);
	});

	it.each([
		['the first era begins', at(1803), 64],
		['the strip’s midpoint', at(1803) + (at(2020) - at(1803)) / 2, 600],
		['the last era ends', at(2020), 1136],
		['before the strip (clamped)', at(1700), 64]
	])('puts the marker where %s', (_, start, x) => {
		const svg = eventCardSvg(card({ at: { start, end: start + 1 } }));
		expect(markerX(svg)).toBeCloseTo(x, 0);
		expect(stripX(start, ERAS)).toBeCloseTo(x, 5);
	});

	it('draws a span as a bar from its start to its end, labelled with both years', () => {
		const svg = eventCardSvg(card({ at: { start: at(1900), end: at(1950) } }));
		const width = stripX(at(1950), ERAS) - stripX(at(1900), ERAS);
		expect(svg).toContain(`<rect x="0" y="473" width="${Math.round(width * 10) / 10}" height="6"`);
		expect(svg).toContain('>1900–1949</text>');
	});

	it('highlights the era the event falls in', () => {
		const svg = eventCardSvg(card({ at: { start: at(1950), end: at(1950) + YEAR } }));
		const bands = [
			...svg.matchAll(/<rect x="[\d.]+" y="466" width="[\d.]+" height="20" fill="(#\w+)"/g)
		].map((m) => m[1]);
		expect(bands).toHaveLength(3);
		expect(new Set([bands[0], bands[2]]).has(bands[1])).toBe(false);
	});
});

describe('siteCardSvg', () => {
	it('shows the site, a key of all three stances and a tick for every event', () => {
		const svg = siteCardSvg({
			...card(),
			kicker: 'An interactive timeline',
			description: 'Two centuries of U.S.–Russia relations.',
			stanceLabels: { cooperation: 'Cooperation', conflict: 'Conflict', mixed: 'Mixed' },
			countLabel: '3 events',
			events: [
				{ start: at(1809), stance: 'cooperation' },
				{ start: at(1917), stance: 'conflict' },
				{ start: at(2018), stance: 'mixed' }
			]
		});
		expect(
			titleLines(svg)
				.map((l) => l.text)
				.join(' ')
		).toBe('U.S.–Russia Relations, 1803–2019');
		for (const stance of ['cooperation', 'conflict', 'mixed'] as const) {
			expect(svg).toContain(`class="symbol ${stance}"`);
		}
		expect(svg.match(/<g class="events">(.*?)<\/g>/)![1]!.match(/<line /g)).toHaveLength(3);
		expect(svg).toContain('>3 events</text>');
	});
});
