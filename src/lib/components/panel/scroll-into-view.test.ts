import { describe, expect, it } from 'vitest';
import { scrollDelta } from './scroll-into-view';

const room = { top: 8, bottom: 760 };

describe('scrollDelta', () => {
	it.each([
		{
			case: 'leaves the page alone when the chart starts in view and the title is seen',
			want: { top: 200, bottom: 600 },
			must: { top: 650, bottom: 700 },
			delta: 0
		},
		{
			case: 'scrolls the chart to the top when the title is below the window',
			want: { top: 210, bottom: 650 },
			must: { top: 780, bottom: 830 },
			delta: 202
		},
		{
			case: 'scrolls further than the chart when the title would still be below the window',
			want: { top: 210, bottom: 650 },
			must: { top: 1100, bottom: 1150 },
			delta: 390
		},
		{
			case: 'scrolls back up to the chart when the title is above the window',
			want: { top: -900, bottom: -460 },
			must: { top: -300, bottom: -250 },
			delta: -908
		},
		{
			case: 'shows as much of a chart taller than the window as the title leaves room for',
			want: { top: -900, bottom: -100 },
			must: { top: -30, bottom: 20 },
			delta: -740
		}
	])('$case', ({ want, must, delta }) => {
		expect(scrollDelta({ want, must, room })).toBe(delta);
	});

	it('brings a mark under a sheet up into the room the sheet leaves', () => {
		const sheetRoom = { top: 8, bottom: 325 };
		const stage = { top: 330, bottom: 564 };
		const mark = { top: 470, bottom: 510 };
		const delta = scrollDelta({ want: stage, must: mark, room: sheetRoom });
		expect(stage.top - delta).toBe(8);
		expect(mark.bottom - delta).toBeLessThanOrEqual(325);
	});
});
