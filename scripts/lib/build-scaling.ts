/**
 * How the build grows with the number of events (`npm run bench -- --build`): builds the site from
 * datasets of the real one's shape (synthetic-dataset.ts) into a temporary folder and measures
 * wall time, CPU time, the peak memory of the build's processes together and the size of what it
 * writes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/data/schema';
import { endedChildrenCpuSeconds, samplePeakMemory } from './process-memory';
import { median, round } from './stats';
import { syntheticDataset } from './synthetic-dataset';

export interface BuildMeasurement {
	events: number;
	seconds: number;
	/** CPU time of all the build's processes: its cost on a machine shared with other work. */
	cpuSeconds: number;
	peakMB: number;
	/** Everything written: pages, share cards, data files, scripts. */
	sizeMB: number;
	pages: number;
	homeKB: number;
	eventPageMedianKB: number;
	largestPageKB: number;
}

const MB = 1024 * 1024;

function files(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		const stat = statSync(path);
		return stat.isDirectory() ? files(path) : [{ path, bytes: stat.size }];
	});
}

function build(
	env: NodeJS.ProcessEnv
): Promise<{ seconds: number; cpuSeconds: number; peakBytes: number }> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const cpuBefore = endedChildrenCpuSeconds();
		const child = spawn('npm', ['run', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
		const memory = samplePeakMemory(child.pid!);
		child.on('error', reject);
		child.on('exit', (code) => {
			const peakBytes = memory.stop();
			const seconds = (performance.now() - started) / 1000;
			const cpuSeconds = endedChildrenCpuSeconds() - cpuBefore;
			if (code === 0) resolve({ seconds, cpuSeconds, peakBytes });
			else reject(new Error(`the build of ${env.TIMELINE_DATA} failed (exit ${code})`));
		});
	});
}

/** Builds the site from `n` events in `workDir` and measures it. */
export async function measureBuild(
	real: Dataset,
	n: number,
	workDir: string
): Promise<BuildMeasurement> {
	const data = join(workDir, `events-${n}.json`);
	const out = join(workDir, `build-${n}`);
	writeFileSync(data, JSON.stringify(syntheticDataset(real, n)));
	const { seconds, cpuSeconds, peakBytes } = await build({
		...process.env,
		TIMELINE_DATA: data,
		TIMELINE_OUT: out
	});
	const written = files(out);
	const pages = written.filter((f) => f.path.endsWith('.html'));
	const eventPages = pages.filter((f) => f.path.includes('/event/'));
	return {
		events: n,
		seconds: round(seconds),
		cpuSeconds: round(cpuSeconds),
		peakMB: Math.round(peakBytes / MB),
		sizeMB: round(written.reduce((sum, f) => sum + f.bytes, 0) / MB),
		pages: pages.length,
		homeKB: round(statSync(join(out, 'index.html')).size / 1024),
		eventPageMedianKB: round(median(eventPages.map((f) => f.bytes)) / 1024),
		largestPageKB: round(Math.max(...pages.map((f) => f.bytes)) / 1024)
	};
}

export function readDataset(file: string): Dataset {
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** size(n) / size(previous n), time and CPU time likewise: about n / previous n when the build is linear. */
export function growth(rows: readonly BuildMeasurement[]) {
	return rows.slice(1).map((row, i) => {
		const before = rows[i]!;
		return {
			from: before.events,
			to: row.events,
			events: round(row.events / before.events, 2),
			size: round(row.sizeMB / before.sizeMB, 2),
			time: round(row.seconds / before.seconds, 2),
			cpu: round(row.cpuSeconds / before.cpuSeconds, 2)
		};
	});
}
