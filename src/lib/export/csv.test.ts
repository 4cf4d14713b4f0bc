import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "reset"', '"say ""reset"""'],
		['line\nbreak', '"line\nbreak"'],
		['crlf\r\nbreak', '"crlf\r\nbreak"'],
		[' padded ', '" padded "'],
		['ヘルシンキ首脳会談', 'ヘルシンキ首脳会談'],
		['川普，普丁', '川普，普丁'],
		[42, '42'],
		[null, ''],
		[undefined, '']
	] as const)('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	it('writes a header and rows with CRLF line ends', () => {
		expect(
			toCsv(
				['id', 'title'],
				[
					['a', 'One, two'],
					['b', '「選択的パートナーシップ」']
				]
			)
		).toBe('id,title\r\na,"One, two"\r\nb,「選択的パートナーシップ」\r\n');
	});
});
