import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cachePathFor, loadListCache, saveListCache, type CacheEntry} from '../../../src/io/list-cache/cache-file.js';
import {withinTime} from '../folder/hostile-folder.js';

interface Meta {
	readonly title: string;
	readonly section: string;
	readonly updated: string | null;
}

const isMeta = (value: unknown): value is Meta => {
	const v = value as Partial<Meta> | null;
	return typeof v?.title === 'string' && typeof v.section === 'string' && (v.updated === null || typeof v.updated === 'string');
};

const OLD = Date.now() - 86_400_000;
const entries: [string, CacheEntry<Meta>][] = [
	['world/a.txt', {size: 120, mtimeMs: OLD + 0.5, value: {title: 'A — “quoted”', section: 'World', updated: '2024-05-06T10:30'}}],
	['world/b.txt', {size: 80, mtimeMs: OLD + 1, value: {title: 'B', section: 'World', updated: null}}],
	['sport/c.txt', {size: 95, mtimeMs: OLD + 2, value: {title: 'C 𝄞', section: 'Sport', updated: '2024-05-07T09:00'}}],
];

let base: string;
beforeEach(async () => {
	base = await mkdtemp(join(tmpdir(), 'newsterm-cache-'));
});
afterEach(async () => {
	await rm(base, {recursive: true, force: true});
});

describe('saveListCache and loadListCache', () => {
	it('round-trip the entries, creating the folder and a private file', async () => {
		const file = join(base, 'deep', 'cache', 'index.json');
		expect(await saveListCache(file, entries)).toBeUndefined();
		expect(new Map(await loadListCache(file, isMeta))).toEqual(new Map(entries));
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect((await stat(join(base, 'deep', 'cache'))).mode & 0o777).toBe(0o700);
		expect(await readdir(join(base, 'deep', 'cache'))).toEqual(['index.json']);
	});

	it('writes one document per chunk of entries, and hands each chunk out as it is decoded', async () => {
		const file = join(base, 'index.json');
		const many: [string, CacheEntry<Meta>][] = Array.from({length: 7}, (_, i) => [
			`s/${i}.txt`,
			{size: i, mtimeMs: OLD, value: {title: `T${i}`, section: 'S', updated: null}},
		]);
		expect(await saveListCache(file, many, {first: 1, rest: 3})).toBeUndefined();
		expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3);
		const chunks: string[][] = [];
		const all = await loadListCache(file, isMeta, part => chunks.push([...part.keys()]));
		expect(chunks).toEqual([['s/0.txt'], ['s/1.txt', 's/2.txt', 's/3.txt'], ['s/4.txt', 's/5.txt', 's/6.txt']]);
		expect(new Map(all)).toEqual(new Map(many));
	});

	it('puts a short first line before full ones by default, so the first part is handed out soonest', async () => {
		const file = join(base, 'index.json');
		const many: [string, CacheEntry<Meta>][] = Array.from({length: 10_000}, (_, i) => [
			`s/${i}.txt`,
			{size: i, mtimeMs: OLD, value: {title: `T${i}`, section: 'S', updated: null}},
		]);
		await saveListCache(file, many);
		const sizes: number[] = [];
		await loadListCache(file, isMeta, part => sizes.push(part.size));
		expect(sizes).toEqual([1024, 8192, 784]);
	});

	it('loses only the entries of a damaged line', async () => {
		const file = join(base, 'index.json');
		const many: [string, CacheEntry<Meta>][] = Array.from({length: 6}, (_, i) => [
			`s/${i}.txt`,
			{size: i, mtimeMs: OLD, value: {title: `T${i}`, section: 'S', updated: null}},
		]);
		await saveListCache(file, many, {first: 2, rest: 2});
		const lines = (await readFile(file, 'utf8')).split('\n');
		await writeFile(file, [lines[0], lines[1]!.slice(0, 20), lines[2]].join('\n'));
		expect([...(await loadListCache(file, isMeta)).keys()]).toEqual(['s/0.txt', 's/1.txt', 's/4.txt', 's/5.txt']);
	});

	it('reads a one-document cache written before chunks', async () => {
		const file = join(base, 'index.json');
		const {encodeListCache} = await import('../../../src/core/list-cache/codec.js');
		await writeFile(file, JSON.stringify(encodeListCache(entries, Date.now())));
		expect(new Map(await loadListCache(file, isMeta))).toEqual(new Map(entries));
	});

	it('replaces a cache whole and makes an old world-readable one private', async () => {
		const file = join(base, 'index.json');
		await writeFile(file, 'old', {mode: 0o644});
		await saveListCache(file, entries.slice(0, 1));
		expect([...(await loadListCache(file, isMeta)).keys()]).toEqual(['world/a.txt']);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
	});

	it.each([
		['missing', null],
		['empty', ''],
		['not JSON', 'hello'],
		['truncated', '{"version":1,"savedAt":1,"count":1,"rels":{"s":"a.t'],
		['NUL-filled', '\0'.repeat(100)],
		['another version', JSON.stringify({version: 999, savedAt: 1, count: 0})],
		['a list', '[1,2,3]'],
	])('give an empty map for a cache that is %s', async (_name, text) => {
		const file = join(base, 'index.json');
		if (text !== null) await writeFile(file, text);
		expect((await loadListCache(file, isMeta)).size).toBe(0);
	});

	it('give an empty map for a cache with the version field changed', async () => {
		const file = join(base, 'index.json');
		await saveListCache(file, entries);
		const doc = JSON.parse(await readFile(file, 'utf8'));
		await writeFile(file, JSON.stringify({...doc, version: doc.version + 1}));
		expect((await loadListCache(file, isMeta)).size).toBe(0);
	});

	it('drop entries that fail validation and entries changed just before the save', async () => {
		const file = join(base, 'index.json');
		const recent: [string, CacheEntry<unknown>] = ['world/new.txt', {size: 1, mtimeMs: Date.now(), value: {title: 'New', section: 'World', updated: null}}];
		const wrong: [string, CacheEntry<unknown>] = ['world/wrong.txt', {size: 1, mtimeMs: OLD, value: {title: 7, section: 'World', updated: null}}];
		await saveListCache<unknown>(file, [...entries, recent, wrong]);
		expect([...(await loadListCache(file, isMeta)).keys()]).toEqual(['world/a.txt', 'world/b.txt', 'sport/c.txt']);
	});

	it.runIf(process.platform !== 'win32')('never hang or blow up on a cache that is a FIFO or a link to /dev/zero', async () => {
		const fifo = join(base, 'fifo.json');
		execFileSync('mkfifo', [fifo]);
		expect((await withinTime(loadListCache(fifo, isMeta))).size).toBe(0);
		const zero = join(base, 'zero.json');
		await symlink('/dev/zero', zero);
		expect((await withinTime(loadListCache(zero, isMeta))).size).toBe(0);
	});

	it('return an error instead of throwing when the folder cannot be made, leaving no temp file', async () => {
		const blocker = join(base, 'blocker');
		await writeFile(blocker, 'a file where the cache folder should be');
		const error = await saveListCache(join(blocker, 'index.json'), entries);
		expect(error).toMatch(/^could not save the list cache .*blocker\/index\.json: /);
		expect(await readdir(base)).toEqual(['blocker']);
	});

	it('clear temp files left by a crashed save, but not a fresh one', async () => {
		const file = join(base, 'index.json');
		const stale = `${file}.999.dead.tmp`;
		const fresh = `${file}.998.live.tmp`;
		await writeFile(stale, '{');
		await writeFile(fresh, '{');
		const hourAgo = new Date(Date.now() - 3_600_000);
		await utimes(stale, hourAgo, hourAgo);
		await saveListCache(file, entries);
		expect((await readdir(base)).sort()).toEqual(['index.json', 'index.json.998.live.tmp']);
	});
});

describe('cachePathFor', () => {
	it('names one file per real folder, inside the cache folder', async () => {
		const root = join(base, 'My Articles');
		await mkdir(root);
		await symlink(root, join(base, 'alias'));
		const cacheDir = join(base, 'cache');
		const path = cachePathFor(root, cacheDir);
		expect(path).toMatch(new RegExp(`^${cacheDir}/index-My_Articles-[0-9a-f]{20}\\.json$`));
		expect(cachePathFor(join(base, 'alias'), cacheDir)).toBe(path);
		expect(cachePathFor(join(base, 'My Articles', '.'), cacheDir)).toBe(path);
		expect(cachePathFor(join(base, 'other'), cacheDir)).not.toBe(path);
	});
});
