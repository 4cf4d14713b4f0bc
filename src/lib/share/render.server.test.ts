import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventCardSvg, type EventCardContent } from './card';
import { loadResvg, renderCard } from './render.server';

const content: EventCardContent = {
	lang: 'zh-Hant',
	siteName: '美俄關係 1803–2019',
	eras: [{ start: Date.UTC(1803, 0, 1), end: Date.UTC(2020, 0, 1) }],
	source: '資料來源：魏百谷（2019）',
	host: 'timeline.example.com',
	title: '川普與普丁於赫爾辛基舉行首次正式峰會',
	date: '2018年7月16日',
	stance: 'mixed',
	stanceLabel: '混合',
	hollow: false,
	eraTitle: '戰略競爭',
	at: { start: Date.UTC(2018, 6, 16), end: Date.UTC(2018, 6, 17) }
};

beforeAll(loadResvg);

describe('renderCard', () => {
	it('renders a card as a 1200×630 PNG', async () => {
		const png = Buffer.from(await renderCard(eventCardSvg(content), 'zh-Hant'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	it('draws the title’s glyphs (fonts found)', async () => {
		const withTitle = await renderCard(eventCardSvg(content), 'zh-Hant');
		const withoutTitle = await renderCard(eventCardSvg({ ...content, title: '' }), 'zh-Hant');
		const ink = (png: Uint8Array) => {
			const pixels = new Resvg(
				`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630"><image width="1200" height="630" xlink:href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`
			).render().pixels;
			let dark = 0;
			// The title's band of the card: count near-black pixels.
			for (let y = 170; y < 430; y++) {
				for (let x = 64; x < 1136; x++) if (pixels[(y * 1200 + x) * 4]! < 80) dark++;
			}
			return dark;
		};
		expect(ink(withoutTitle)).toBe(0);
		expect(ink(withTitle)).toBeGreaterThan(5000);
	});
});
