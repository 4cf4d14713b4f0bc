/** How the benchmarks count shipped bytes: gzipped as a static host serves them, by kind. */
import { gzipSync } from 'node:zlib';

export type AssetKind = 'html' | 'js' | 'css' | 'data' | 'other';

export interface ShippedFile {
	/** URL path, e.g. "/_app/immutable/nodes/2.BzA5eLh6.js". */
	path: string;
	kind: AssetKind;
	raw: number;
	gzip: number;
}

export interface ByteSummary {
	/** How many files. */
	count: number;
	totalRaw: number;
	totalGzip: number;
	jsRaw: number;
	jsGzip: number;
	cssGzip: number;
	htmlGzip: number;
	dataGzip: number;
	otherGzip: number;
}

/** Level 9, as static hosts and build plugins precompress. */
export function gzipSize(body: Uint8Array | string): number {
	return gzipSync(body, { level: 9 }).length;
}

export function kindOf(path: string, contentType = ''): AssetKind {
	if (/html/.test(contentType) || /\.html$|\/$/.test(path)) return 'html';
	if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/css/.test(contentType) || /\.css$/.test(path)) return 'css';
	if (/json/.test(contentType) || /\.json$/.test(path)) return 'data';
	return 'other';
}

export function shippedFile(path: string, body: Uint8Array, contentType = ''): ShippedFile {
	return { path, kind: kindOf(path, contentType), raw: body.length, gzip: gzipSize(body) };
}

export function summarize(files: readonly ShippedFile[]): ByteSummary {
	const sum = (kind: AssetKind | null, field: 'raw' | 'gzip') =>
		files.filter((f) => kind === null || f.kind === kind).reduce((n, f) => n + f[field], 0);
	return {
		count: files.length,
		totalRaw: sum(null, 'raw'),
		totalGzip: sum(null, 'gzip'),
		jsRaw: sum('js', 'raw'),
		jsGzip: sum('js', 'gzip'),
		cssGzip: sum('css', 'gzip'),
		htmlGzip: sum('html', 'gzip'),
		dataGzip: sum('data', 'gzip'),
		otherGzip: sum('other', 'gzip')
	};
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The largest files first, one line each: gzip size, raw size, path. */
export function fileTable(files: readonly ShippedFile[], limit = files.length): string {
	return [...files]
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, limit)
		.map((f) => `  ${kib(f.gzip).padStart(10)} gz ${kib(f.raw).padStart(10)} raw  ${f.path}`)
		.join('\n');
}
