/**
 * The order of a walk's calls (src/io/folder/walk.ts): until it has found a file it lists one folder at a
 * time, so a cold start's first article is not queued behind every folder's listing.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';

const events: string[] = [];
let root = '';

vi.mock('node:fs', async original => {
	const fs = await original<typeof import('node:fs')>();
	const readdir = ((path: string, options: unknown, done: (...args: unknown[]) => void) => {
		events.push(`list ${relative(root, path) || '.'}`);
		return fs.readdir(path, options as never, done as never);
	}) as unknown as typeof fs.readdir;
	return {...fs, readdir};
});

const {walkArticleFiles} = await import('../../../src/io/folder/walk.js');

describe('walkArticleFiles call order', () => {
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'newsterm-walk-order-'));
		for (let section = 1; section <= 6; section++) {
			const folder = join(root, `sec${section}`);
			await mkdir(join(folder, 'deeper'), {recursive: true});
			for (let n = 1; n <= 3; n++) await writeFile(join(folder, `a${n}.txt`), `Title ${section}/${n}\n`);
		}
	});
	afterAll(async () => {
		await rm(root, {recursive: true, force: true});
	});

	it('lists one folder before the first file is reported, then the rest at once', async () => {
		events.length = 0;
		const {files} = await walkArticleFiles(root, {onFile: file => events.push(`file ${file.rel}`)});
		expect(files).toHaveLength(18);
		const first = events.findIndex(event => event.startsWith('file '));
		expect(events.slice(0, first)).toEqual(['list .', expect.stringMatching(/^list sec\d$/)]);
		const firstFolder = events[1]!.slice('list '.length);
		// That folder's files, and then every other folder found so far, listed at once.
		expect(events.slice(first, first + 3).every(event => event.startsWith(`file ${firstFolder}/`))).toBe(true);
		const wide = events.slice(first + 3, first + 9);
		expect(wide.every(event => event.startsWith('list '))).toBe(true);
		expect(new Set(wide).size).toBe(6);
	});
});
