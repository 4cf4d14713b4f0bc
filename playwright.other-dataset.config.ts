/**
 * The smoke test of a site built from another dataset: `npm run test:e2e:other` builds
 * e2e/fixtures/aurelia-borealia.json into build-other/ and serves it on its own port, beside the
 * main suite's build/ on 4173.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';
import { OTHER_BUILD, OTHER_PORT } from './e2e/other-dataset/paths';

export default defineConfig({
	testDir: 'e2e/other-dataset',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${OTHER_PORT}`,
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
		command: `npx serve ${OTHER_BUILD} --listen ${OTHER_PORT} --no-port-switching --no-clipboard --config serve.json`,
		url: `http://localhost:${OTHER_PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
