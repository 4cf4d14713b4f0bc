import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

/** The port the built site is served on for the tests; E2E_PORT moves it off a busy one. */
const PORT = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
	testDir: 'e2e',
	// The site of another dataset has its own build and config (playwright.other-dataset.config.ts).
	testIgnore: 'other-dataset/**',
	fullyParallel: true,
	workers: 2,
	// A flaky test is fixed, not retried.
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Playwright's own Chromium where installed, else the system's; stops at once without one.
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		timezoneId: 'UTC',
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } }
		}
	],
	webServer: {
		command: `npx serve build --listen ${PORT} --no-port-switching --no-clipboard --config serve.json`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
