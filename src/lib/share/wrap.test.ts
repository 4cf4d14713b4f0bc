import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '$lib/timeline/text-width';
import { clampLines, wrapText } from './wrap';

describe('wrapText', () => {
	it.each([
		// [text, font size, width, expected lines]
		['Russia joins the WTO', 64, 1000, ['Russia joins the WTO']],
		[
			'Trump and Putin hold their first formal summit in Helsinki',
			64,
			1030,
			['Trump and Putin hold their', 'first formal summit in Helsinki']
		],
		[
			'Russia stages Vostok-2018, its largest exercise since the Cold War',
			64,
			1000,
			['Russia stages Vostok-2018,', 'its largest exercise', 'since the Cold War']
		],
		[
			'トランプ、プーチン両氏がヘルシンキで初の正式な首脳会談',
			64,
			1000,
			['トランプ、プーチン両氏が', 'ヘルシンキで初の正式な首脳会談']
		],
		['ロシア、2016年米大統領選に介入', 72, 1000, ['ロシア、', '2016年米大統領選に介入']],
		[
			'美國驅逐60名俄羅斯外交官並關閉駐西雅圖總領事館',
			72,
			1000,
			['美國驅逐60名俄羅斯外交官', '並關閉駐西雅圖總領事館']
		],
		['普丁簽署《季馬·雅科夫列夫法》反擊', 72, 1000, ['普丁簽署', '《季馬·雅科夫列夫法》反擊']]
	])('sets %j at %ipx in %ipx as %j', (text, size, width, lines) => {
		expect(wrapText(text, size, width)?.lines).toEqual(lines);
	});

	it('never starts a line with closing punctuation or ends one with an opening bracket', () => {
		const text = '「あ」「い」、「う」。'.repeat(6);
		for (const width of [200, 300, 420, 560]) {
			const { lines } = wrapText(text, 40, width)!;
			expect(lines.join('')).toBe(text);
			for (const line of lines) {
				expect(line).not.toMatch(/^[、。」]/);
				expect(line).not.toMatch(/「$/);
			}
		}
	});

	it('counts breaks that fall inside a CJK word as awkward', () => {
		expect(wrapText('川普與普丁於赫爾辛基舉行首次正式峰會', 72, 1000)?.awkward).toBe(0);
		expect(wrapText('赫爾辛基赫爾辛基赫爾辛基赫爾辛基', 72, 1000)?.awkward).toBe(1);
	});

	it('says when the text needs more lines than allowed', () => {
		expect(wrapText('one two three four five six seven', 64, 300, 2)).toBeUndefined();
	});
});

describe('clampLines', () => {
	it('cuts at a whole word and adds an ellipsis that fits', () => {
		const text = 'U.S. imposes sanctions on Russian individuals, firms and economic sectors';
		const { lines, truncated } = clampLines(text, 40, 400, 2);
		expect(truncated).toBe(true);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/[a-z]…$/);
		for (const line of lines) expect(estimateTextWidth(line, 40)).toBeLessThanOrEqual(400);
		expect(text.startsWith(lines.join(' ').replace('…', ''))).toBe(true);
	});

	it('leaves text that fits alone', () => {
		expect(clampLines('Short title', 40, 400, 2)).toEqual({
			lines: ['Short title'],
			truncated: false
		});
	});
});
