import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasVisibleCharacter } from './characters';
import { loadDatasetFile } from './load.server';

const fixture = readFileSync('src/lib/data/fixtures/valid.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'events-json-'));
let files = 0;

/** Writes the content to a file of its own and returns the loader's report, or '' when it loads. */
function reportFor(content: string | Uint8Array): string {
	const file = join(dir, `events-${files++}.json`);
	writeFileSync(file, content);
	try {
		loadDatasetFile(file);
		return '';
	} catch (error) {
		return (error as Error).message.replaceAll(file, 'events.json');
	}
}

/** Every character of the report shows, apart from spaces and line breaks between problems. */
function expectAllVisible(report: string) {
	for (const char of report.replace(/[ \n]/g, ''))
		expect(hasVisibleCharacter(char), report).toBe(true);
}

describe('reading the events file', () => {
	it('accepts a UTF-8 byte-order mark at the start of the file', () => {
		expect(reportFor('\uFEFF' + fixture)).toBe('');
	});

	it('names a byte-order mark anywhere else in words', () => {
		const report = reportFor(fixture + '\uFEFF');
		expect(report).toBe(
			`events.json is not valid JSON: line ${fixture.split('\n').length}, column 1: Unexpected character U+FEFF (byte-order mark) found`
		);
		expectAllVisible(report);
	});

	it('names a UTF-16 file as such', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, 'utf16le')]);
		expect(reportFor(utf16)).toBe(
			'events.json starts with a UTF-16 byte-order mark; save it as UTF-8'
		);
	});

	it('refuses bytes that are not UTF-8 rather than reading them as replacement characters', () => {
		const latin1 = Buffer.from(fixture.replace('Signed.', 'Signé.'), 'latin1');
		expect(reportFor(latin1)).toBe('events.json is not valid UTF-8; save it as UTF-8');
	});

	// One row per kind of slip: the line and column point at it, the reason says what was expected.
	it.each([
		['a missing comma', '{\n\t"eras": []\n\t"events": []\n}', 3, 2, /Expected ',' or '}'/],
		['a trailing comma', '{\n\t"eras": [],\n}', 3, 1, /Expected double-quoted property name/],
		['a misspelt literal', '{\n\t"eras": tru\n}', 2, 10, /Unexpected identifier 'tru'/],
		['an unclosed object', '{\n\t"eras": [\n', 3, 1, /Unexpected end of (JSON )?input/],
		['a comment', '{\n\t// eras\n}', 2, 2, /.+/],
		['a raw tab inside a string', '{\n\t"eras": "a\tb"\n}', 2, 12, /Bad control character/]
	])('places %s by line and column', (_name, content, line, column, reason) => {
		const report = reportFor(content);
		const [, where, why] =
			/^events\.json is not valid JSON: (line \d+, column \d+): (.+)$/.exec(report) ?? [];
		expect(where, report).toBe(`line ${line}, column ${column}`);
		expect(why).toMatch(reason);
		expectAllVisible(report);
	});

	it('refuses a key written twice in one object, naming the event, the path and both lines', () => {
		const twice = fixture.replace(
			'"stance": "conflict",',
			'"stance": "conflict",\n"stance": "mixed",'
		);
		const line = twice.split('\n').findIndex((l) => l.startsWith('"stance": "mixed"')) + 1;
		expect(reportFor(twice)).toContain(
			`events.json: "magnitsky-act" at events[0]: key "stance" is written twice in this object (lines ${line - 1} and ${line})`
		);
	});

	it('refuses a duplicate key at the top of the file', () => {
		const report = reportFor(fixture.replace(/^\{/, '{\n"events": [],'));
		expect(report).toContain('at (root): key "events" is written twice');
	});

	it('reports duplicate keys together with every other problem', () => {
		const report = reportFor(
			fixture
				.replace('"en": "Signed.",', '"en": "Signed.",\n"en": "Signed!",')
				.replace('"stance": "conflict"', '"stance": "hostile"')
		);
		expect(report).toContain('events.json has 2 problem(s):');
		expect(report).toContain('"magnitsky-act" at events[0].summary: key "en" is written twice');
		expect(report).toContain('"magnitsky-act" at events[0].stance:');
	});
});
