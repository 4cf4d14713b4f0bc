import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Where `npm run preview` serves the build (src/lib/site.ts falls back to the same). */
const PREVIEW_ORIGIN = 'http://localhost:4173';

/**
 * The absolute URLs a build writes into its pages use PUBLIC_SITE_ORIGIN. A build without it is
 * fine for looking at locally, but its links would lead nowhere once deployed, so it says so.
 */
function siteOrigin(): Plugin {
	return {
		name: 'site-origin',
		apply: 'build',
		configResolved(config) {
			// SvelteKit builds twice (server, then client); one warning is enough.
			if (process.env.PUBLIC_SITE_ORIGIN || config.build.ssr) return;
			config.logger.warn(
				`\nPUBLIC_SITE_ORIGIN is not set: canonical, alternate-language, Open Graph and JSON-LD ` +
					`links will point to ${PREVIEW_ORIGIN} (the local preview). Set it to the site's ` +
					`address when building for deployment, e.g. ` +
					`PUBLIC_SITE_ORIGIN=https://timeline.example.com npm run build\n`
			);
		}
	};
}

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
	plugins: [sveltekit(), siteOrigin(), compileHints()],
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
