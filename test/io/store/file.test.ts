import {afterEach, describe, expect, it} from 'vitest';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {asideName, describeError, removeLeftovers} from '../../../src/io/store/file.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-file-'));
	dirs.push(dir);
	return dir;
}

describe('store file chores', () => {
	it('removes only what conf and the lock leave behind for this file', () => {
		const dir = tempDir();
		for (const name of [
			'config.json',
			'config.json.tmp-1700000000abcdef',
			'config.json.lock.stale-12-ab',
			'config.json.corrupt-x',
			'other.json.tmp-1',
			'notes.txt',
		]) {
			writeFileSync(join(dir, name), '');
		}
		expect([...removeLeftovers(join(dir, 'config.json'))].sort()).toEqual(['config.json.lock.stale-12-ab', 'config.json.tmp-1700000000abcdef']);
		expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.corrupt-x', 'notes.txt', 'other.json.tmp-1']);
	});

	it('names a damaged file with a time that is safe in file names, never reusing a name', () => {
		const dir = tempDir();
		const file = join(dir, 'config.json');
		const now = Date.UTC(2025, 0, 2, 3, 4, 5, 678);
		const first = asideName(file, now);
		expect(first).toBe(`${file}.corrupt-2025-01-02T03-04-05-678Z`);
		writeFileSync(first, '');
		expect(asideName(file, now)).toBe(`${file}.corrupt-2025-01-02T03-04-05-678Z-2`);
	});

	it('says in a few words why a write failed', () => {
		const error = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: long system text`), {code});
		expect(describeError(error('ENOSPC'))).toBe('the disk is full');
		expect(describeError(error('EROFS'))).toBe('the file system is read-only');
		expect(describeError(error('EACCES'))).toBe('permission denied');
		// The store's own words for these two; the rest come from the shared table (core/text errno-words).
		expect(describeError(error('ENOENT'))).toBe('the folder does not exist');
		expect(describeError(error('EISDIR'))).toBe('the store file is a folder');
		expect(describeError(error('ELOOP'))).toBe('symlink loop');
		expect(describeError(error('EWHATEVER'))).toBe('EWHATEVER: long system text');
		expect(describeError(new Error('first line\nsecond'))).toBe('first line');
	});
});
