/** Writes a results file formatted as Prettier would, so the format check passes on it. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeJson(file: string, value: unknown): Promise<void> {
	const options = (await resolveConfig(file)) ?? {};
	writeFileSync(file, await format(JSON.stringify(value), { ...options, filepath: file }));
}
