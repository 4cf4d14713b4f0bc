/**
 * Rasterises share-card SVG to PNG with resvg, using the Noto Sans fonts installed in
 * node_modules: nothing is fetched, and every machine renders the same pixels.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { languageRecord, type Language } from '$lib/i18n/languages';
import { parseFont, subsetFont, type ParsedFont } from './font-subset';

const require = createRequire(import.meta.url);

/** Each font file read and parsed once per build, then shared by every card. */
const fonts = new Map<string, ParsedFont>();

function font(file: string): ParsedFont {
	let parsed = fonts.get(file);
	if (!parsed) {
		// require.resolve fails the build naming the package when a font is missing.
		parsed = parseFont(readFileSync(require.resolve(file)));
		fonts.set(file, parsed);
	}
	return parsed;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character the card's text elements (and any spans inside them) draw. */
function charactersOf(svg: string): Set<string> {
	const chars = new Set<string>();
	for (const [, content] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
		const text = content!
			.replace(/<[^>]*>/g, '')
			.replace(/&(\w+);/g, (_, name: string) => ENTITIES[name] ?? '');
		for (const ch of text) chars.add(ch);
	}
	return chars;
}

/**
 * A card's PNG at its natural size (1200×630). Each card is drawn with fonts cut down to its own
 * characters, which is several times faster than with the whole fonts (font-subset.ts says why).
 */
export function renderCard(svg: string, lang: Language): Uint8Array<ArrayBuffer> {
	const chars = charactersOf(svg);
	// resvg takes fonts only as files. Rendering is synchronous, so one file per face per thread
	// suffices, and it is removed as soon as the card is drawn.
	const { family, files } = languageRecord(lang).cardFont;
	const fontFiles = files.map((file) => {
		const path = join(tmpdir(), `share-card-${process.pid}-${threadId}-${basename(file)}`);
		writeFileSync(path, subsetFont(font(file), chars));
		return path;
	});
	try {
		const resvg = new Resvg(svg, {
			fitTo: { mode: 'original' },
			font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family }
		});
		return new Uint8Array(resvg.render().asPng());
	} finally {
		for (const path of fontFiles) rmSync(path, { force: true });
	}
}
