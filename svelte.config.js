import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// TIMELINE_OUT builds another dataset's site (TIMELINE_DATA) beside the default one.
		adapter: adapter({
			pages: process.env.TIMELINE_OUT || 'build',
			assets: process.env.TIMELINE_OUT || 'build',
			fallback: undefined,
			strict: true
		}),
		// Root-absolute URLs: 404.html is served at any depth and must still find its assets.
		paths: { relative: false },
		// Every page carries this policy in a <meta> tag, with hashes of SvelteKit's own inline
		// scripts; scripts/security-headers.ts repeats it as HTTP headers (build/_headers), adding
		// frame-ancestors, which a <meta> policy cannot carry.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Every page without parameters, and the entries() of each route with them: one per
			// language the dataset has (see src/lib/i18n/languages.ts), event and share card.
			entries: ['*']
		}
	}
};

export default config;
