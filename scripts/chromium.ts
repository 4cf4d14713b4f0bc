/** The Chromium that tests, benchmarks and screenshots drive, and the flags that keep it quiet. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** No sandbox (containers), no GPU, and no background traffic to skew timings or byte counts. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Playwright's own Chromium when installed, else CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// Not installed: fall through to the system's.
	}
	if (bundled && existsSync(bundled)) return bundled;
	const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(system)) {
		throw new Error(
			`No Chromium found at ${system}: install one ("npx playwright install chromium" or ` +
				`"apt-get install chromium") or point CHROMIUM_PATH at it.`
		);
	}
	return system;
}

export function launchChromium() {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface DebuggableChromium {
	/** The DevTools port, for tools that drive Chromium themselves (Lighthouse). */
	port: number;
	close(): Promise<void>;
}

/** A headless Chromium with a remote-debugging port and a throwaway profile. */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
	const profile = mkdtempSync(join(tmpdir(), 'timeline-chromium-'));
	const child = spawn(
		chromiumPath(),
		[
			...CHROMIUM_ARGS,
			'--headless=new',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		// A process group of its own, so closing stops Chromium's helper processes too.
		{ stdio: ['ignore', 'ignore', 'pipe'], detached: true }
	);
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const close = async () => {
		if (child.exitCode === null && child.pid) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				child.kill();
			}
		}
		await exited;
		// Chromium's helpers may still be writing to the profile for a moment after it exits.
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	};
	try {
		const port = await new Promise<number>((found, fail) => {
			let seen = '';
			const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${seen}`)), 30_000);
			child.once('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${seen}`)));
			child.stderr.on('data', (chunk: Buffer) => {
				seen += chunk.toString();
				const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
				if (match) {
					clearTimeout(timer);
					found(Number(match[1]));
				}
			});
		});
		return { port, close };
	} catch (error) {
		await close();
		throw error;
	}
}
