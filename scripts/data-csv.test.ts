import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet, writeSheet } from './lib/data-csv';

function workspace() {
	const dir = mkdtempSync(join(tmpdir(), 'events-csv-'));
	const dataFile = join(dir, 'events.json');
	copyFileSync('data/events.json', dataFile);
	return { dataFile, sheet: join(dir, 'events.csv') };
}

describe('the spreadsheet round trip of data/events.json', () => {
	it('gives back today’s data file byte for byte', async () => {
		const { dataFile, sheet } = workspace();
		expect(writeSheet(dataFile, sheet)).toBeGreaterThanOrEqual(45);
		// The events come from the sheet alone.
		const { meta, eras } = JSON.parse(readFileSync(dataFile, 'utf8'));
		writeFileSync(dataFile, JSON.stringify({ meta, eras, events: [] }));
		const outcome = await readSheet(sheet, dataFile);
		expect(outcome).toEqual({ ok: true, events: expect.any(Number) });
		expect(readFileSync(dataFile, 'utf8')).toBe(readFileSync('data/events.json', 'utf8'));
		// The whole dataset is written, parsed and validated twice.
	}, 30_000);

	it('writes one row per event, with the events’ Japanese and Chinese text intact', () => {
		const { dataFile, sheet } = workspace();
		writeSheet(dataFile, sheet);
		const text = readFileSync(sheet, 'utf8');
		expect(text.startsWith('\uFEFFid,')).toBe(true);
		expect(text).toContain('ヘルシンキ');
		expect(text).toContain('赫爾辛基');
	});

	it('refuses a sheet with mistakes, lists them all and leaves the data file as it was', async () => {
		const { dataFile, sheet } = workspace();
		writeSheet(dataFile, sheet);
		const broken = readFileSync(sheet, 'utf8')
			.replace(',2018-07-16,', ',2018-07-32,')
			.replace(',cooperation,', ',friendly,');
		writeFileSync(sheet, broken);
		const before = readFileSync(dataFile, 'utf8');
		const outcome = await readSheet(sheet, dataFile);
		expect(outcome.ok).toBe(false);
		const report = outcome.ok ? '' : outcome.report;
		expect(report).toMatch(/has 2 problem\(s\); .*events\.json was not changed/);
		expect(report).toMatch(
			/row \d+, column date \("helsinki-summit"\): is not a real calendar date/
		);
		expect(report).toMatch(/row \d+, column stance \(".+"\): .*expected one of/);
		expect(readFileSync(dataFile, 'utf8')).toBe(before);
	});
});
