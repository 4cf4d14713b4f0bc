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
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/ja/', '/zh-hant/', '/404', '/ja/404', '/zh-hant/404']
		}
	}
};

export default config;
