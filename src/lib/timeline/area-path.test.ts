import { describe, expect, it } from 'vitest';
import { areaPath } from './area-path';

describe('areaPath', () => {
	it('closes the line down to the baseline at both ends', () => {
		expect(
			areaPath(
				[
					{ x: 0, y: 10 },
					{ x: 5.04, y: 2.36 },
					{ x: 10, y: 20 }
				],
				20
			)
		).toBe('M0,20L0,10L5,2.4L10,20L10,20Z');
	});

	it('draws nothing without points', () => {
		expect(areaPath([], 20)).toBe('');
	});
});
