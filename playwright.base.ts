/**
 * What both end-to-end suites share: the browser, the viewport, the time zone and a static server
 * for one build on one port.
 */
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

interface SiteSuite {
	testDir: string;
	testIgnore?: string;
	/** The folder of the built site the suite runs against. */
	build: string;
	port: number;
	/** Whether a server already listening on the port may be reused (never in CI). */
	reuseExistingServer: boolean;
}

export function siteSuite({ testDir, testIgnore, build, port, reuseExistingServer }: SiteSuite) {
	const config: PlaywrightTestConfig = {
		testDir,
		fullyParallel: true,
		workers: 2,
		// A flaky test is fixed, not retried.
		retries: 0,
		reporter: process.env.CI ? 'line' : 'list',
		timeout: 30_000,
		use: {
			baseURL: `http://localhost:${port}`,
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
			command: `npx serve ${build} --listen ${port} --no-port-switching --no-clipboard --config serve.json`,
			url: `http://localhost:${port}/`,
			reuseExistingServer,
			timeout: 60_000
		}
	};
	if (testIgnore) config.testIgnore = testIgnore;
	return defineConfig(config);
}
