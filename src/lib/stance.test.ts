import { describe, expect, it } from 'vitest';
import { STANCES } from './data/vocabulary';
import { STANCE_SHAPES, stanceClipPath, stancePoints } from './stance';

describe('stance shapes', () => {
	it('every stance has a shape of its own', () => {
		const shapes = STANCES.map((s) => JSON.stringify(STANCE_SHAPES[s]));
		expect(new Set(shapes).size).toBe(STANCES.length);
	});

	it.each([
		['conflict', '0,-11.5 11,8 -11,8'],
		['mixed', '0,-12 12,0 0,12 -12,0'],
		['cooperation', '']
	] as const)('%s at half-width 10 has the points "%s"', (stance, points) => {
		expect(stancePoints(stance, 10)).toBe(points);
	});

	it('places the points about a centre', () => {
		expect(stancePoints('mixed', 1, 100, 50)).toBe('100,48.8 101.2,50 100,51.2 98.8,50');
	});

	it.each([
		['cooperation', 'circle(50%)'],
		['conflict', 'polygon(50% 2.08%, 95.83% 83.33%, 4.17% 83.33%)'],
		['mixed', 'polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%)']
	] as const)('the %s badge is clipped to %s', (stance, clip) => {
		expect(stanceClipPath(stance)).toBe(clip);
	});
});
