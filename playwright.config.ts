import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

/** E2E_PORT runs a second copy of the suite beside one already serving on the usual port. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
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
