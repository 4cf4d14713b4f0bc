import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * Finds a Chromium: Playwright's own when installed, else the system's (CHROMIUM_PATH or
 * /usr/bin/chromium). Without either, stop at once and say how to get one.
 */
function browserLaunchOptions() {
	let bundled: string;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = '';
	}
	if (bundled && existsSync(bundled)) return {};
	const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(system)) {
		throw new Error(
			`No Chromium found. Install one with "npx playwright install chromium", or on Debian/Ubuntu ` +
				`"sudo apt-get install chromium", or point CHROMIUM_PATH at a Chromium binary (looked for ${system}).`
		);
	}
	return {
		executablePath: system,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	};
}

const PORT = 4173;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: browserLaunchOptions(),
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
