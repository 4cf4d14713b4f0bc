import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyContext, type KeyModifiers } from './keyboard';

const ids = ['a', 'b', 'c'];
const stage = (over: Partial<KeyContext> = {}): KeyContext => ({
	scope: 'stage',
	focusedId: null,
	selectedId: null,
	ids,
	...over
});
const page = (over: Partial<KeyContext> = {}): KeyContext => stage({ scope: 'page', ...over });

describe('keyCommand', () => {
	it.each<[string, string, KeyContext, ReturnType<typeof keyCommand>]>([
		[
			'→ on a focused mark focuses the next event',
			'ArrowRight',
			stage({ focusedId: 'a' }),
			{ type: 'focus', id: 'b' }
		],
		[
			'← on a focused mark focuses the previous event',
			'ArrowLeft',
			stage({ focusedId: 'c' }),
			{ type: 'focus', id: 'b' }
		],
		['→ on the last event does nothing', 'ArrowRight', stage({ focusedId: 'c' }), null],
		['← on the first event does nothing', 'ArrowLeft', stage({ focusedId: 'a' }), null],
		['→ on a mark the filters hide does nothing', 'ArrowRight', stage({ focusedId: 'x' }), null],
		[
			'a focused mark wins over the open event',
			'ArrowRight',
			stage({ focusedId: 'a', selectedId: 'c' }),
			{ type: 'focus', id: 'b' }
		],
		[
			'→ with an event open steps to the next event',
			'ArrowRight',
			stage({ selectedId: 'b' }),
			{ type: 'step', direction: 1 }
		],
		[
			'← with nothing focused or open pans earlier',
			'ArrowLeft',
			stage(),
			{ type: 'pan', fraction: -0.25 }
		],
		[
			'→ with nothing focused or open pans later',
			'ArrowRight',
			stage(),
			{ type: 'pan', fraction: 0.25 }
		],
		['+ zooms in', '+', stage(), { type: 'zoom', factor: 2 }],
		['= (unshifted +) zooms in', '=', stage(), { type: 'zoom', factor: 2 }],
		['− zooms out', '-', stage(), { type: 'zoom', factor: 0.5 }],
		['_ (shifted −) zooms out', '_', stage(), { type: 'zoom', factor: 0.5 }],
		['Home goes to the start', 'Home', stage(), { type: 'home' }],
		['End goes to the end', 'End', stage(), { type: 'end' }],
		[
			'Escape closes the open event',
			'Escape',
			stage({ selectedId: 'b' }),
			{ type: 'close', id: 'b' }
		],
		['Escape with nothing open does nothing', 'Escape', stage(), null],
		['other keys do nothing', 'a', stage(), null],
		[
			'on the page, → steps through the open event',
			'ArrowRight',
			page({ selectedId: 'b' }),
			{ type: 'step', direction: 1 }
		],
		[
			'on the page, Escape closes the open event',
			'Escape',
			page({ selectedId: 'b' }),
			{ type: 'close', id: 'b' }
		],
		['on the page, arrows do nothing with no event open', 'ArrowRight', page(), null],
		['on the page, zoom keys are left to the page', '+', page({ selectedId: 'b' }), null]
	])('%s', (_name, key, context, command) => {
		expect(keyCommand(key, {}, context)).toEqual(command);
	});

	it.each<KeyModifiers>([{ altKey: true }, { ctrlKey: true }, { metaKey: true }])(
		'leaves keys with %o to the browser',
		(modifiers) => {
			expect(keyCommand('ArrowRight', modifiers, stage({ selectedId: 'b' }))).toBeNull();
			expect(keyCommand('+', modifiers, stage())).toBeNull();
		}
	);
});
