import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Absolute URLs use PUBLIC_SITE_ORIGIN; unset, they use the origin the dataset's meta gives.
 * The build validates the file; here an unreadable one just leaves the origin to src/lib/site.ts.
 */
function datasetOrigin(): string {
	// The data file as src/lib/data/load.server.ts finds it.
	const file = process.env.TIMELINE_DATA || 'data/events.json';
	try {
		const origin: unknown = JSON.parse(readFileSync(file, 'utf8'))?.meta?.origin;
		return typeof origin === 'string' ? origin : '';
	} catch {
		return '';
	}
}
process.env.PUBLIC_SITE_ORIGIN ||= datasetOrigin();

/**
 * Marks every browser chunk for eager compilation (V8's explicit compile hints, Chrome 136+).
 * Nearly all of the shipped JavaScript runs while the first page starts, and a chunk compiled
 * eagerly is compiled off the main thread while it downloads, instead of function by function
 * on the main thread during hydration. Other engines read the line as a comment.
 */
function compileHints(): Plugin {
	return {
		name: 'compile-hints',
		apply: 'build',
		enforce: 'post',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		generateBundle: {
			// After Vite has prepended its own preload table, so the hint is the file's first line.
			order: 'post',
			handler(_options, bundle) {
				for (const output of Object.values(bundle)) {
					if (output.type === 'chunk') output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
