/**
 * The files a browser fetches to show a prerendered page before any interaction, read from the
 * build without a browser: the HTML; the stylesheets, scripts and modulepreloads it links; the
 * modules SvelteKit's inline start script imports; their static imports, transitively; and the
 * page's __data.json when the HTML refers to it (SvelteKit usually inlines a prerendered page's
 * data instead).
 *
 * Dynamic import() inside modules is not followed: which of those run depends on the page (a page
 * loads only its own language's messages), so a browser measurement (scripts/bench.ts) is the
 * reference and this is the quick, deterministic check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedFile, type ShippedFile } from './bytes';

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
/** `import … from "x.js"`, `import "x.js"` and `export … from "x.js"`, as minifiers write them. */
const STATIC_IMPORT =
	/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.(?:m?js|css))["']/g;
const FETCHED_PRELOADS = new Set(['script', 'style', 'fetch', 'font']);

function attributes(source: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, name, a, b, c] of source.matchAll(ATTRIBUTE)) {
		found[name!.toLowerCase()] = a ?? b ?? c ?? '';
	}
	return found;
}

/** URL paths the HTML makes the browser fetch at once. */
function htmlReferences(html: string, pagePath: string): string[] {
	const refs: string[] = [];
	for (const [, tag, attrs] of html.matchAll(TAG)) {
		const a = attributes(attrs!);
		if (tag!.toLowerCase() === 'script') {
			if (a.src) refs.push(a.src);
			continue;
		}
		const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
		const fetched =
			rel.includes('stylesheet') ||
			rel.includes('modulepreload') ||
			(rel.includes('preload') && FETCHED_PRELOADS.has(a.as ?? ''));
		if (fetched && a.href) refs.push(a.href);
	}
	// SvelteKit's start script imports the entry, app and env modules.
	for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
		for (const [, spec] of body!.matchAll(DYNAMIC_IMPORT)) refs.push(spec!);
	}
	if (html.includes('__data.json')) refs.push('__data.json');
	return refs.map((ref) => resolveUrl(ref, pagePath));
}

function resolveUrl(spec: string, from: string): string {
	return new URL(spec, `http://site${from}`).pathname;
}

/**
 * The first-load files of the page at `pagePath` ("/", "/ja/"…) with their raw and gzipped
 * sizes, the HTML first. Throws when the HTML refers to a file the build lacks.
 */
export function firstLoadFiles(buildDir: string, pagePath = '/'): ShippedFile[] {
	const htmlFile = join(buildDir, pagePath, 'index.html');
	if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist: run npm run build first`);
	const html = readFileSync(htmlFile);
	const files: ShippedFile[] = [shippedFile(pagePath, html)];
	const seen = new Set<string>([pagePath]);
	const queue = htmlReferences(html.toString('utf8'), pagePath);
	for (const ref of queue) {
		if (!existsSync(join(buildDir, ref))) {
			throw new Error(`${htmlFile} refers to ${ref}, which is not in ${buildDir}`);
		}
	}
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		const file = join(buildDir, path);
		// An import-like string inside a module that names no file is not an import.
		if (!existsSync(file)) continue;
		seen.add(path);
		const body = readFileSync(file);
		files.push(shippedFile(path, body));
		if (/\.m?js$/.test(path)) {
			for (const [, spec] of body.toString('utf8').matchAll(STATIC_IMPORT)) {
				queue.push(resolveUrl(spec!, path));
			}
		}
	}
	return files;
}
