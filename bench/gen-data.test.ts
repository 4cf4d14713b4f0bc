import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generate } from './gen-data.mjs';

/**
 * sha256 of JSON.stringify(generate(n)) from the reference generator the benchmark was designed
 * with. Pinned here so the port never drifts, and so the test needs nothing outside this checkout.
 */
const REFERENCE_SHA256: [n: number, hash: string][] = [
	[50, '7c2e425e541f57c9541a6ad71052202e60c4caea82fd503afb9c9b9a1ceeec61'],
	[1_000, '9f9233fc439697a1ff73f867c30c821a8b3240726334f2d9f7d993887b1a6526'],
	[10_000, 'afb2f8ef83d6f06f5214cdf0a2387741b6dfbbd5615d10dd8ad21d9893428b82']
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('generate', () => {
	it.each(REFERENCE_SHA256)('matches the reference output byte for byte for n = %i', (n, hash) => {
		expect(sha256(JSON.stringify(generate(n)))).toBe(hash);
	});

	it('gives the same events on every call', () => {
		expect(generate(200)).toEqual(generate(200));
	});

	it('returns n events in date order, each with a day date and a known category', () => {
		const events = generate(1_000);
		expect(events).toHaveLength(1_000);
		expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
		for (const e of events) {
			expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(['conflict', 'cooperation']).toContain(e.category);
		}
	});
});
