import {describe, expect, it} from 'vitest';
import {errnoWords} from '../../../src/core/text/errno-words.js';
import {errorReason} from '../../../src/core/folder/rules.js';

const failure = (code: string): Error => Object.assign(new Error(`${code}: long system text\nsecond line`), {code});

describe('errnoWords', () => {
	// A few from each former table (the folder reads', the store's), not a copy of the whole one.
	it.each([
		['EACCES', 'permission denied'],
		['EPERM', 'permission denied'],
		['ENOTDIR', 'part of the path is a file, not a folder'],
		['ELOOP', 'symlink loop'],
		['ENOSPC', 'the disk is full'],
	])('%s is "%s"', (code, words) => {
		expect(errnoWords(code)).toBe(words);
	});

	it('has no words for ENOENT, unknown codes, or codes that are not strings', () => {
		for (const code of ['ENOENT', 'EWHATEVER', 'constructor', '__proto__', 'toString', undefined, null, 13])
			expect(errnoWords(code), String(code)).toBeUndefined();
	});
});

describe('errorReason, the table as a walk or a read words it', () => {
	it.each([
		['EACCES', 'permission denied'],
		['ELOOP', 'symlink loop'],
		['ENOENT', 'no longer exists'],
		['EISDIR', 'cannot read (EISDIR)'],
		['EWHATEVER', 'cannot read (EWHATEVER)'],
	])('%s is "%s"', (code, reason) => {
		expect(errorReason(failure(code))).toBe(reason);
	});

	it('names what it was given when there is no code', () => {
		expect(errorReason('boom')).toBe('cannot read (boom)');
	});
});
