import { describe, expect, it } from 'vitest';
import { neighbourOf } from './next-event';

const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const shown = [all[0]!, all[2]!, all[4]!];

describe('neighbourOf', () => {
	it.each([
		['the next shown event skips the hidden ones', shown, 'a', 1, 'c'],
		['the previous shown event skips the hidden ones', shown, 'e', -1, 'c'],
		['there is nothing after the last shown event', shown, 'e', 1, undefined],
		['there is nothing before the first shown event', shown, 'a', -1, undefined],
		['an open event the filters hide steps through all events', shown, 'b', 1, 'c'],
		['without filters every event is a step', all, 'b', 1, 'c'],
		['an unknown event has no neighbours', all, 'zz', 1, undefined]
	] as const)('%s', (_name, list, id, direction, expected) => {
		expect(neighbourOf(list, all, id, direction)?.id).toBe(expected);
	});
});
