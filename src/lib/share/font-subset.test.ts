import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFont, subsetFont } from './font-subset';

const require = createRequire(import.meta.url);
const FULL = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');
const font = parseFont(readFileSync(FULL));
const dir = mkdtempSync(join(tmpdir(), 'font-subset-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(text: string, fontFile: string): Buffer {
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="900" height="80" font-family="Noto Sans JP">` +
		`<text x="10" y="60" font-size="48" font-weight="700">${text}</text></svg>`;
	return Buffer.from(
		new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [fontFile] } }).render().pixels
	);
}

describe('subsetFont', () => {
	it.each([
		['ligatures', 'first office flight'],
		['kana, kanji and punctuation', 'ヘルシンキで初の正式な首脳会談、「リセット」'],
		['kerning and figures', 'AV To Ty 1803–2019 “quoted” …']
	])('draws %s exactly as the whole font does', (_, text) => {
		const file = join(dir, 'subset.ttf');
		writeFileSync(file, subsetFont(font, text));
		expect(render(text, file).equals(render(text, FULL))).toBe(true);
	});

	it('is a small fraction of the whole font', () => {
		const size = subsetFont(font, 'Trump and Putin hold their first formal summit').length;
		expect(size).toBeLessThan(font.data.length / 4);
	});
});
