/**
 * The memory a process and all its descendants hold together, sampled from /proc (Linux): a
 * build runs the bundler and the prerenderer as separate processes, so one process's peak alone
 * would understate it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Resident bytes of `root` and every process below it, now. */
export function treeResidentBytes(root: number): number {
	const parent = new Map<number, number>();
	const resident = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // the process has ended meanwhile
		}
		// Fields after the command, which may itself hold spaces: state, ppid, … rss is the 22nd.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		parent.set(Number(name), Number(fields[1]));
		resident.set(Number(name), Number(fields[21]) * PAGE_BYTES);
	}
	const inTree = (pid: number): boolean => {
		for (let p: number | undefined = pid; p !== undefined && p > 0; p = parent.get(p)) {
			if (p === root) return true;
		}
		return false;
	};
	let total = 0;
	for (const [pid, bytes] of resident) if (inTree(pid)) total += bytes;
	return total;
}

/** Samples a process tree until stopped; `peak` is the largest total seen. */
export function samplePeakMemory(root: number, everyMs = 250) {
	let peak = 0;
	const sample = () => (peak = Math.max(peak, treeResidentBytes(root)));
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop(): number {
			clearInterval(timer);
			return peak;
		}
	};
}

/** Clock ticks per second of /proc's CPU times: 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user and system) spent so far by this process's children that have ended,
 * and theirs in turn: a build's own work, however busy the machine was with others'.
 */
export function endedChildrenCpuSeconds(): number {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	// cutime and cstime are the 16th and 17th fields, the 14th and 15th after the command.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
