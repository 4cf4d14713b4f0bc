/**
 * Reads a hand-edited JSON file strictly: it must be UTF-8 (a byte-order mark at the start is
 * accepted and dropped), a syntax error is placed by line and column, and a key written twice in
 * one object is reported, where JSON.parse would silently keep only the last value.
 */
import { parse, type AnyNode } from '@humanwhocodes/momoa';
import { showInvisible } from './characters';

/** A key written twice in one object. */
export interface DuplicateKey {
	/** Path of the object holding the key, e.g. ["events", 3, "title"]. */
	path: (string | number)[];
	key: string;
	line: number;
	column: number;
	/** Where the key was first written. */
	firstLine: number;
}

export interface ParsedJson {
	value: unknown;
	duplicateKeys: DuplicateKey[];
}

/** Text that is not JSON, with where it stops being JSON. */
export class JsonSyntaxError extends Error {
	constructor(
		readonly reason: string,
		readonly line: number,
		readonly column: number
	) {
		super(`line ${line}, column ${column}: ${reason}`);
		this.name = 'JsonSyntaxError';
	}
}

const BOM = '\uFEFF';

/** UTF-8 bytes to text; throws, naming the problem in words, when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new Error('starts with a UTF-16 byte-order mark; save it as UTF-8');
	}
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new Error('is not valid UTF-8; save it as UTF-8');
	}
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const lastBreak = before.lastIndexOf('\n');
	return { line: before.split('\n').length, column: offset - lastBreak };
}

/** The parser's names for punctuation, as a reader would write it. */
const TOKENS: Record<string, string> = {
	LBrace: '{',
	RBrace: '}',
	LBracket: '[',
	RBracket: ']',
	Colon: ':',
	Comma: ','
};

/**
 * Why the text is not JSON, and where. The engine's wording says what it expected, when it also
 * says where; otherwise the JSON parser that keeps locations says both.
 */
function syntaxError(text: string, error: Error): JsonSyntaxError {
	const position = / in JSON at position (\d+)/.exec(error.message);
	let reason = error.message.replace(/ in JSON at position \d+.*$/s, '');
	let offset = position ? Number(position[1]) : text.length;
	if (!position && !/end of JSON input/.test(reason)) {
		try {
			parse(text, { mode: 'json' });
		} catch (located) {
			const { message, offset: at } = located as { message: string; offset?: number };
			reason = message.replace(/\.? \(\d+:\d+\)$/, '');
			offset = at ?? offset;
		}
	}
	const { line, column } = lineAndColumn(text, Math.min(offset, text.length));
	const readable = showInvisible(
		reason.replace(/token (\w+) found/, (found, name: string) =>
			TOKENS[name] ? `'${TOKENS[name]}' found` : found
		)
	).replace(/'\[(U\+[^\]]+)\]'/g, '$1');
	return new JsonSyntaxError(readable, line, column);
}

function findDuplicateKeys(node: AnyNode, path: (string | number)[], found: DuplicateKey[]) {
	if (node.type === 'Document') {
		findDuplicateKeys(node.body, path, found);
	} else if (node.type === 'Array') {
		node.elements.forEach((element, i) => findDuplicateKeys(element.value, [...path, i], found));
	} else if (node.type === 'Object') {
		const firstLine = new Map<string, number>();
		for (const member of node.members) {
			const key = member.name.type === 'String' ? member.name.value : member.name.name;
			const first = firstLine.get(key);
			if (first === undefined) firstLine.set(key, member.name.loc.start.line);
			else {
				const { line, column } = member.name.loc.start;
				found.push({ path, key, line, column, firstLine: first });
			}
			findDuplicateKeys(member.value, [...path, key], found);
		}
	}
}

/** Parses JSON text; throws a JsonSyntaxError when it is not JSON. */
export function parseJson(source: string): ParsedJson {
	const text = source.startsWith(BOM) ? source.slice(BOM.length) : source;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw syntaxError(text, error as Error);
	}
	const duplicateKeys: DuplicateKey[] = [];
	findDuplicateKeys(parse(text, { mode: 'json' }), [], duplicateKeys);
	return { value, duplicateKeys };
}
