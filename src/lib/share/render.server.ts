/**
 * Rasterises share-card SVG to PNG with resvg (its WebAssembly build), using the Noto Sans fonts
 * installed in node_modules: nothing is fetched, and every machine renders the same pixels.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { languageRecord, type Language } from '$lib/i18n/languages';

const require = createRequire(import.meta.url);

let ready: Promise<void> | undefined;

/** resvg's module, compiled and instantiated once per build; `Resvg` works once this resolves. */
export function loadResvg(): Promise<void> {
	ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
	return ready;
}

/** Each font file read once per build, then shared by every card. */
const fonts = new Map<string, Uint8Array>();

function font(file: string): Uint8Array {
	let bytes = fonts.get(file);
	if (!bytes) {
		// require.resolve fails the build naming the package when a font is missing.
		bytes = readFileSync(require.resolve(file));
		fonts.set(file, bytes);
	}
	return bytes;
}

/**
 * A card's PNG at its natural size (1200×630). The renderer's memory (the fonts it was given, the
 * parsed drawing, the pixels) is released as soon as the PNG is encoded: the garbage collector
 * does not see memory held outside JavaScript, so a build drawing thousands of cards would
 * otherwise hold gigabytes until it ends.
 */
export async function renderCard(svg: string, lang: Language): Promise<Uint8Array<ArrayBuffer>> {
	await loadResvg();
	const { family, files } = languageRecord(lang).cardFont;
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { fontBuffers: files.map(font), defaultFontFamily: family }
	});
	try {
		const image = resvg.render();
		try {
			return new Uint8Array(image.asPng());
		} finally {
			image.free();
		}
	} finally {
		resvg.free();
	}
}
