import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
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
			entries: [
				'*',
				'/ja/',
				'/zh-hant/',
				'/404',
				'/ja/404',
				'/zh-hant/404',
				'/details.json',
				'/ja/details.json',
				'/zh-hant/details.json'
			]
		}
	}
};

export default config;
