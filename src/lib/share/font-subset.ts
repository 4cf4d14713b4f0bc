/**
 * Cuts a TrueType font down to the outlines a piece of text needs, keeping every glyph id.
 *
 * Why: the native resvg binding takes fonts only as file paths and re-reads the whole file for
 * every glyph it draws; the CJK fonts are 5–7 MB, almost all of it outlines ('glyf'). A copy
 * holding only the needed outlines is about half a megabyte, which makes drawing a card several
 * times faster. Glyph ids stay as they were, so every other table (cmap, metrics, kerning,
 * substitutions) is copied untouched and stays valid; every glyph a substitution can turn the
 * text's glyphs into (ligatures such as "fi", alternates) is kept, since shaping may swap it in.
 */

interface TableRecord {
	tag: string;
	offset: number;
	length: number;
}

/** What a font needs parsed once: its tables, glyph locations and character map. */
export interface ParsedFont {
	data: Uint8Array;
	view: DataView;
	tables: TableRecord[];
	/** Byte range of each glyph's outline within 'glyf', by glyph id (numGlyphs + 1 entries). */
	locations: number[];
	/** Glyph id of each character the font maps. */
	glyphOf: Map<number, number>;
	/** The glyphs each glyph can be substituted by (ligatures, alternates, contextual forms). */
	substitutes: Map<number, number[]>;
}

function table(font: Pick<ParsedFont, 'tables'>, tag: string): TableRecord {
	const found = font.tables.find((t) => t.tag === tag);
	if (!found) throw new Error(`Font has no '${tag}' table; share cards need a TrueType font`);
	return found;
}

export function parseFont(data: Uint8Array): ParsedFont {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const version = view.getUint32(0);
	if (version !== 0x00010000 && version !== 0x74727565) {
		throw new Error('Font is not TrueType (glyf outlines); share cards cannot subset it');
	}
	const tables: TableRecord[] = [];
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		tables.push({
			tag: String.fromCharCode(...data.subarray(at, at + 4)),
			offset: view.getUint32(at + 8),
			length: view.getUint32(at + 12)
		});
	}
	const font = { tables };
	const numGlyphs = view.getUint16(table(font, 'maxp').offset + 4);
	const longOffsets = view.getInt16(table(font, 'head').offset + 50) === 1;
	const loca = table(font, 'loca').offset;
	const locations = Array.from({ length: numGlyphs + 1 }, (_, i) =>
		longOffsets ? view.getUint32(loca + 4 * i) : 2 * view.getUint16(loca + 2 * i)
	);

	// The full-Unicode map (format 12) covers everything the BMP-only format 4 does.
	const cmap = table(font, 'cmap').offset;
	let groups = -1;
	for (let i = 0; i < view.getUint16(cmap + 2); i++) {
		const sub = cmap + view.getUint32(cmap + 8 + 8 * i);
		if (view.getUint16(sub) === 12) groups = sub;
	}
	if (groups < 0) throw new Error('Font has no format-12 character map');
	const glyphOf = new Map<number, number>();
	for (let g = 0; g < view.getUint32(groups + 12); g++) {
		const at = groups + 16 + 12 * g;
		const [first, last, glyph] = [
			view.getUint32(at),
			view.getUint32(at + 4),
			view.getUint32(at + 8)
		];
		for (let code = first; code <= last; code++) glyphOf.set(code, glyph + code - first);
	}
	return { data, view, tables, locations, glyphOf, substitutes: substitutionMap({ tables, view }) };
}

/** The glyphs a coverage table lists. */
function coverage(view: DataView, at: number): number[] {
	const glyphs: number[] = [];
	const count = view.getUint16(at + 2);
	if (view.getUint16(at) === 1) {
		for (let i = 0; i < count; i++) glyphs.push(view.getUint16(at + 4 + 2 * i));
	} else {
		for (let i = 0; i < count; i++) {
			const range = at + 4 + 6 * i;
			for (let g = view.getUint16(range); g <= view.getUint16(range + 2); g++) glyphs.push(g);
		}
	}
	return glyphs;
}

/** Glyph ids in an array of `count` u16 at `at`. */
function glyphArray(view: DataView, at: number, count: number): number[] {
	return Array.from({ length: count }, (_, i) => view.getUint16(at + 2 * i));
}

/**
 * Each glyph one substitution subtable can replace, with the glyphs it can become. Contextual
 * subtables replace nothing themselves: they call other lookups, which are read in their turn.
 * A ligature is listed under its first glyph alone, which keeps it more often than needed.
 */
function substitutions(view: DataView, type: number, at: number): [number, number[]][] {
	const covered = () => coverage(view, at + view.getUint16(at + 2));
	const sets = () => glyphArray(view, at + 6, view.getUint16(at + 4)).map((o) => at + o);
	switch (type) {
		case 1: {
			if (view.getUint16(at) === 1) {
				const delta = view.getInt16(at + 4);
				return covered().map((g) => [g, [(g + delta) & 0xffff]]);
			}
			const replacements = glyphArray(view, at + 6, view.getUint16(at + 4));
			return covered().map((g, i) => [g, [replacements[i]!]]);
		}
		case 2: // multiple: one glyph to a sequence
		case 3: {
			// alternate: one glyph to one of a set
			const offsets = sets();
			return covered().map((g, i) => [
				g,
				glyphArray(view, offsets[i]! + 2, view.getUint16(offsets[i]!))
			]);
		}
		case 4: {
			const offsets = sets();
			return covered().map((g, i) => {
				const set = offsets[i]!;
				const ligatures = glyphArray(view, set + 2, view.getUint16(set));
				return [g, ligatures.map((ligature) => view.getUint16(set + ligature))];
			});
		}
		case 7: // extension: another type, at a 32-bit offset
			return substitutions(view, view.getUint16(at + 2), at + view.getUint32(at + 4));
		case 8: {
			// reverse chaining single: the replacements follow the backtrack and lookahead coverages
			let p = at + 4;
			p += 2 + 2 * view.getUint16(p);
			p += 2 + 2 * view.getUint16(p);
			const replacements = glyphArray(view, p + 2, view.getUint16(p));
			return covered().map((g, i) => [g, [replacements[i]!]]);
		}
		default:
			return [];
	}
}

/** What every glyph can be substituted by, across all the font's substitution lookups. */
function substitutionMap(font: Pick<ParsedFont, 'tables' | 'view'>): Map<number, number[]> {
	const map = new Map<number, number[]>();
	const gsub = font.tables.find((t) => t.tag === 'GSUB');
	if (!gsub) return map;
	const { view } = font;
	const lookups = gsub.offset + view.getUint16(gsub.offset + 8);
	for (let l = 0; l < view.getUint16(lookups); l++) {
		const lookup = lookups + view.getUint16(lookups + 2 + 2 * l);
		const type = view.getUint16(lookup);
		for (let s = 0; s < view.getUint16(lookup + 4); s++) {
			const subtable = lookup + view.getUint16(lookup + 6 + 2 * s);
			for (const [glyph, outputs] of substitutions(view, type, subtable)) {
				map.set(glyph, [...(map.get(glyph) ?? []), ...outputs]);
			}
		}
	}
	return map;
}

/** Adds the glyphs a composite glyph is built from, and theirs, to the set. */
function addComponents(font: ParsedFont, glyph: number, keep: Set<number>): void {
	const start = table(font, 'glyf').offset + font.locations[glyph]!;
	if (font.locations[glyph + 1]! === font.locations[glyph]! || font.view.getInt16(start) >= 0) {
		return;
	}
	let at = start + 10;
	for (;;) {
		const flags = font.view.getUint16(at);
		const component = font.view.getUint16(at + 2);
		if (!keep.has(component)) {
			keep.add(component);
			addComponents(font, component, keep);
		}
		at += 4 + (flags & 0x0001 ? 4 : 2);
		if (flags & 0x0008) at += 2;
		else if (flags & 0x0040) at += 4;
		else if (flags & 0x0080) at += 8;
		if (!(flags & 0x0020)) break;
	}
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The OpenType checksum of a 4-byte-aligned, zero-padded range. */
function checksum(view: DataView, from: number, length: number): number {
	let sum = 0;
	for (let i = from; i < from + pad4(length); i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

/** A copy of the font in which only the outlines `text` can need remain. */
export function subsetFont(font: ParsedFont, text: Iterable<string>): Uint8Array {
	const keep = new Set<number>([0]); // .notdef
	for (const ch of text) {
		const glyph = font.glyphOf.get(ch.codePointAt(0)!);
		if (glyph !== undefined) keep.add(glyph);
	}
	// Whatever shaping may swap in, and whatever that may become in turn.
	const queue = [...keep];
	for (let glyph = queue.pop(); glyph !== undefined; glyph = queue.pop()) {
		for (const substitute of font.substitutes.get(glyph) ?? []) {
			if (!keep.has(substitute)) {
				keep.add(substitute);
				queue.push(substitute);
			}
		}
	}
	for (const glyph of [...keep]) addComponents(font, glyph, keep);

	const glyf = table(font, 'glyf').offset;
	const numGlyphs = font.locations.length - 1;
	const length = (glyph: number) => font.locations[glyph + 1]! - font.locations[glyph]!;
	let size = 0;
	for (const glyph of keep) size += pad4(length(glyph));
	const newGlyf = new Uint8Array(size);
	const newLoca = new DataView(new ArrayBuffer(4 * (numGlyphs + 1)));
	let at = 0;
	for (let glyph = 0; glyph < numGlyphs; glyph++) {
		newLoca.setUint32(4 * glyph, at);
		if (!keep.has(glyph)) continue;
		const from = glyf + font.locations[glyph]!;
		newGlyf.set(font.data.subarray(from, from + length(glyph)), at);
		at += pad4(length(glyph));
	}
	newLoca.setUint32(4 * numGlyphs, at);
	const replaced: Record<string, Uint8Array> = {
		glyf: newGlyf,
		loca: new Uint8Array(newLoca.buffer)
	};

	const contents = font.tables.map(
		(t) => replaced[t.tag] ?? font.data.subarray(t.offset, t.offset + t.length)
	);
	const headerSize = 12 + 16 * font.tables.length;
	const out = new Uint8Array(headerSize + contents.reduce((sum, c) => sum + pad4(c.length), 0));
	const view = new DataView(out.buffer);
	out.set(font.data.subarray(0, headerSize));
	let offset = headerSize;
	let headAt = 0;
	font.tables.forEach((t, i) => {
		const bytes = contents[i]!;
		out.set(bytes, offset);
		if (t.tag === 'head') {
			headAt = offset;
			view.setUint32(offset + 8, 0); // checkSumAdjustment: counted as 0, set last
			view.setInt16(offset + 50, 1); // 'loca' now holds 32-bit offsets
		}
		const record = 12 + 16 * i;
		view.setUint32(record + 4, checksum(view, offset, bytes.length));
		view.setUint32(record + 8, offset);
		view.setUint32(record + 12, bytes.length);
		offset += pad4(bytes.length);
	});
	view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, out.length)) >>> 0);
	return out;
}
