import { siteSuite } from './playwright.base';

export default siteSuite({
	testDir: 'e2e',
	// The site of another dataset has its own build and config (playwright.other-dataset.config.ts).
	testIgnore: 'other-dataset/**',
	build: 'build',
	// E2E_PORT moves the built site's server off a busy port.
	port: Number(process.env.E2E_PORT) || 4173,
	reuseExistingServer: !process.env.CI
});
