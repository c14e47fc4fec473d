import {beforeEach, describe, expect, it, vi} from 'vitest';
import {chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {bookmark, describeStoreContract} from './store-contract.js';
import {useConfStores} from './conf-store-harness.js';
import {openConfStore} from '../../../src/io/store/conf-store.js';
import {StoreDisk} from '../../../src/io/store/disk.js';

const {tempDir, open, track} = useConfStores(50);

describeStoreContract('conf store', () => open(tempDir()));

const file = (dir: string): string => join(dir, 'config.json');
const corrupt = (dir: string): string[] => readdirSync(dir).filter(name => name.startsWith('config.json.corrupt-'));

describe('conf store: persistence', () => {
	let dir: string;
	beforeEach(() => {
		dir = tempDir();
	});

	it('keeps read marks and bookmarks across a reopen', () => {
		const first = open(dir);
		first.setRead('world/a', true);
		first.setRead('sport/b', true);
		first.putBookmark(bookmark('world/a'));
		first.flush();
		const second = open(dir);
		expect([...second.snapshot().read].sort()).toEqual(['sport/b', 'world/a']);
		expect(second.snapshot().bookmarks.get('world/a')).toEqual(bookmark('world/a'));
	});

	it('keeps reading places across a reopen, and a dropped place stays dropped', () => {
		const first = open(dir);
		first.setPlace('world/a', {block: 7, offset: 120});
		first.setPlace('world/b', {block: 2, offset: 5});
		first.close();
		const second = open(dir);
		expect([...second.snapshot().places].sort()).toEqual([
			['world/a', {block: 7, offset: 120}],
			['world/b', {block: 2, offset: 5}],
		]);
		second.setPlace('world/b', null);
		second.close();
		expect([...open(dir).snapshot().places]).toEqual([['world/a', {block: 7, offset: 120}]]);
	});

	it('loads a file written before reading places existed, and keeps its unknown keys', () => {
		writeFileSync(file(dir), JSON.stringify({version: 1, read: {world: 'a:5'}, bookmarks: [], unbookmarked: {}, theme: 'dark'}));
		const store = open(dir);
		expect(store.status().notices).toEqual([]);
		expect([...store.snapshot().read]).toEqual(['world/a']);
		expect(store.snapshot().places.size).toBe(0);
		store.setPlace('world/a', {block: 4, offset: 9});
		store.close();
		const written = JSON.parse(readFileSync(file(dir), 'utf8')) as Record<string, unknown>;
		expect(written).toMatchObject({version: 1, theme: 'dark', places: {'world/a': {block: 4, offset: 9}}});
	});

	it('keeps odd ids exactly across a reopen', () => {
		const ids = ['plain', '/leading', 'a/b/c', 'x/with,comma:colon!bang%25', 'ünï/côdé 😀', 'trailing/', '__proto__/constructor'];
		const first = open(dir);
		for (const id of ids) {
			first.setRead(id, true);
			first.putBookmark(bookmark(id));
		}
		first.close();
		const second = open(dir);
		expect([...second.snapshot().read].sort()).toEqual([...ids].sort());
		expect([...second.snapshot().bookmarks.keys()].sort()).toEqual([...ids].sort());
		expect(second.status().notices).toEqual([]);
	});

	it('keeps an un-read and an un-bookmark across a reopen', () => {
		const first = open(dir);
		first.setRead('world/a', true);
		first.putBookmark(bookmark('world/a'));
		first.flush();
		const second = open(dir);
		second.setRead('world/a', false);
		second.removeBookmark('world/a');
		second.close();
		const third = open(dir);
		expect(third.snapshot().read.size).toBe(0);
		expect(third.snapshot().bookmarks.size).toBe(0);
	});

	it('writes by itself shortly after a change, without a flush', async () => {
		const store = open(dir);
		store.setRead('world/a', true);
		await expect.poll(() => readFileSync(file(dir), 'utf8'), {timeout: 5000}).toContain('"world":"a:');
	});

	it('writes a compact, versioned file', () => {
		const store = open(dir);
		store.setRead('world/us-not-there-yet', true);
		store.flush();
		const root = JSON.parse(readFileSync(file(dir), 'utf8')) as Record<string, unknown>;
		expect(root['version']).toBe(1);
		expect(root['read']).toEqual({world: expect.stringMatching(/^us-not-there-yet:[0-9a-z]+$/)});
	});

	it('creates the file 0600 and puts it back to 0600 after someone changes it', () => {
		const store = open(dir);
		store.setRead('world/a', true);
		store.flush();
		expect(statSync(file(dir)).mode & 0o777).toBe(0o600);
		chmodSync(file(dir), 0o644);
		store.setRead('world/b', true);
		store.flush();
		expect(statSync(file(dir)).mode & 0o777).toBe(0o600);
	});

	it('removes leftover temp files and a stale lock at start', () => {
		writeFileSync(file(dir), '{"version":1,"read":{"world":"a:5"}}');
		writeFileSync(`${file(dir)}.tmp-17000000001a2b3c`, '{"half');
		writeFileSync(`${file(dir)}.tmp-17000000002d4e5f`, '');
		// pid 2^22 + 1 is above Linux's pid_max, so no such process exists.
		writeFileSync(`${file(dir)}.lock`, `${2 ** 22 + 1} ${Date.now()} abc`);
		const store = open(dir);
		expect(readdirSync(dir)).toEqual(['config.json']);
		expect([...store.snapshot().read]).toEqual(['world/a']);
		expect(store.status().notices).toEqual([]);
	});

	it("uses conf's folder newsterm/ under the config home when no folder is given", () => {
		const home = tempDir();
		const saved = process.env['XDG_CONFIG_HOME'];
		process.env['XDG_CONFIG_HOME'] = home;
		try {
			const store = track(openConfStore());
			store.setRead('world/a', true);
			store.flush();
			expect(existsSync(join(home, 'newsterm', 'config.json'))).toBe(true);
		} finally {
			if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
			else process.env['XDG_CONFIG_HOME'] = saved;
		}
	});

	it('keeps keys it does not know', () => {
		writeFileSync(file(dir), '{"version":1,"theme":"dark"}');
		const store = open(dir);
		store.setRead('world/a', true);
		store.flush();
		expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toMatchObject({theme: 'dark', version: 1});
	});
});

describe('conf store: a damaged file', () => {
	let dir: string;
	beforeEach(() => {
		dir = tempDir();
	});

	it.each([
		['truncated', '{"version":1,"read":{"world":"a:sa3x', 'it was not valid JSON'],
		['not JSON', 'read=world/a\n', 'it was not valid JSON'],
		['an array at the root', '[{"id":"world/a"}]', 'it held a list instead of an object'],
		['a number at the root', '42', 'it held a number instead of an object'],
		['NUL-filled', '\0'.repeat(4096), 'it was not valid JSON'],
	])('moves a file that is %s aside and starts empty', (_name, text, reason) => {
		writeFileSync(file(dir), text);
		const store = open(dir);
		expect(store.snapshot().read.size).toBe(0);
		const [aside, ...more] = corrupt(dir);
		expect(more).toEqual([]);
		expect(aside).toMatch(/^config\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
		expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe(text);
		expect(store.status().notices).toEqual([`config.json was damaged (${reason}); it was moved aside to ${aside} and a new one was started.`]);
		store.setRead('world/b', true);
		store.flush();
		expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toMatchObject({read: {world: expect.stringMatching(/^b:/)}});
		expect(open(dir).status().notices).toEqual([]);
	});

	it('loads a valid file that starts with a byte-order mark', () => {
		writeFileSync(file(dir), '\uFEFF{"version":1,"read":{"world":"a:5"}}');
		const store = open(dir);
		expect([...store.snapshot().read]).toEqual(['world/a']);
		expect(store.status().notices).toEqual([]);
		expect(corrupt(dir)).toEqual([]);
	});

	it('resets only a field of the wrong type, keeping a copy of the original', () => {
		const text = '{"version":1,"read":{"world":"a:5,b:1"},"bookmarks":"oops"}';
		writeFileSync(file(dir), text);
		const store = open(dir);
		expect([...store.snapshot().read].sort()).toEqual(['world/a', 'world/b']);
		expect(store.snapshot().bookmarks.size).toBe(0);
		const [copy] = corrupt(dir);
		expect(readFileSync(join(dir, copy ?? ''), 'utf8')).toBe(text);
		expect(store.status().notices).toEqual([
			`config.json had problems: "bookmarks" was not a list; bookmarks were reset. Everything else was kept; the original was copied to ${copy}.`,
		]);
	});

	it('drops one malformed bookmark and one malformed mark, keeping the others', () => {
		const good = {...bookmark('world/a'), t: 5};
		const bad = {...bookmark('world/b'), title: 7};
		writeFileSync(file(dir), JSON.stringify({version: 1, read: {world: 'a:5,b:??,c:1'}, bookmarks: [good, bad, {...good, id: 'world/c'}]}));
		const store = open(dir);
		expect([...store.snapshot().read].sort()).toEqual(['world/a', 'world/c']);
		expect([...store.snapshot().bookmarks.keys()].sort()).toEqual(['world/a', 'world/c']);
		expect(corrupt(dir)).toHaveLength(1);
		expect(store.status().notices).toHaveLength(1);
		expect(store.status().notices[0]).toContain('1 bookmark could not be read and was dropped');
		expect(store.status().notices[0]).toContain('1 read mark in "world" could not be read and was dropped');
	});

	it('rewrites a repaired file soon, so the problem is reported once', async () => {
		writeFileSync(file(dir), JSON.stringify({version: 1, read: {world: 'a:5'}, bookmarks: 'oops'}));
		open(dir);
		await expect.poll(() => (JSON.parse(readFileSync(file(dir), 'utf8')) as {bookmarks: unknown}).bookmarks, {timeout: 5000}).toEqual([]);
		const again = open(dir);
		expect(again.status().notices).toEqual([]);
		expect([...again.snapshot().read]).toEqual(['world/a']);
	});

	it('refuses to write over a file from a newer newsterm', () => {
		const text = '{"version":99,"read":"something new"}';
		writeFileSync(file(dir), text);
		const store = open(dir);
		expect(store.status().notices).toEqual([expect.stringContaining('written by a newer newsterm (format 99)')]);
		store.setRead('world/a', true);
		store.flush();
		expect(store.status().saveError).toContain('newer newsterm');
		expect(readFileSync(file(dir), 'utf8')).toBe(text);
	});
});

describe('conf store: reading back before a write', () => {
	it('skips a file only it wrote since, and reads and keeps what another process wrote', () => {
		const dir = tempDir();
		const reads = vi.spyOn(StoreDisk.prototype, 'read');
		try {
			const store = open(dir);
			store.setRead('world/a', true);
			store.flush();
			let before = reads.mock.calls.length;
			store.setRead('world/b', true);
			store.flush();
			expect(reads.mock.calls.length).toBe(before);
			// Another process (its own store on the same folder) writes in between.
			const other = openConfStore({dir, debounceMs: 20, watchIntervalMs: 50});
			other.setRead('sport/c', true);
			other.close();
			before = reads.mock.calls.length;
			store.setRead('world/d', true);
			store.flush();
			expect(reads.mock.calls.length).toBe(before + 1);
			expect([...open(dir).snapshot().read].sort()).toEqual(['sport/c', 'world/a', 'world/b', 'world/d']);
		} finally {
			reads.mockRestore();
		}
	});
});
