import {describe, expect, it} from 'vitest';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {bookmark} from './store-contract.js';
import {useConfStores} from './conf-store-harness.js';
import {openConfStore} from '../../../src/io/store/conf-store.js';

const {tempDir, open, track} = useConfStores(30);

// Tests run as root, for whom file modes do not stop writes: the store is made unwritable by
// putting a file where its folder should be, or a folder where its file should be.
describe('conf store: a store that cannot be written', () => {
	it('keeps changes in memory with a clear error while the folder is a file, and recovers', async () => {
		const root = tempDir();
		const blocker = join(root, 'blocker');
		writeFileSync(blocker, 'not a folder');
		const dir = join(blocker, 'sub');
		const store = open(dir);
		expect(store.status().notices).toEqual([expect.stringContaining('part of the path is a file, not a folder')]);
		store.setRead('world/a', true);
		store.putBookmark(bookmark('world/a'));
		expect(() => store.flush()).not.toThrow();
		expect(store.status().saveError).toBe(
			`Cannot save ${join(dir, 'config.json')}: part of the path is a file, not a folder. Changes are kept in memory; retrying.`,
		);
		expect([...store.snapshot().read]).toEqual(['world/a']);
		rmSync(blocker);
		mkdirSync(dir, {recursive: true});
		// No flush: the retry timer must get there by itself.
		await expect.poll(() => store.status().saveError, {timeout: 10_000}).toBeNull();
		expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({read: {world: expect.stringMatching(/^a:/)}});
	});

	it('says from the start that nothing is saved, and counts what only memory holds', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'blocker'), 'not a folder');
		const dir = join(root, 'blocker', 'sub');
		const store = open(dir);
		expect(store.status().saveError).toContain('part of the path is a file, not a folder');
		expect(store.status().unsaved).toBeNull();
		store.setRead('world/a', true);
		store.setRead('world/b', true);
		store.setRead('world/a', false);
		store.putBookmark(bookmark('world/a'));
		store.removeBookmark('world/a');
		store.flush();
		expect(store.status().unsaved).toEqual({
			read: 2,
			bookmarks: 1,
			feeds: 0,
			path: join(dir, 'config.json'),
			reason: 'part of the path is a file, not a folder',
		});
		rmSync(join(root, 'blocker'));
		mkdirSync(dir, {recursive: true});
		await expect.poll(() => store.status().saveError, {timeout: 10_000}).toBeNull();
		expect(store.status().unsaved).toBeNull();
	});

	it('tells subscribers when saving starts and stops failing', () => {
		const dir = tempDir();
		const store = track(openConfStore({dir, debounceMs: 20, retryMs: 60_000, watchIntervalMs: 30, lockStaleMs: 200}));
		let told = 0;
		store.subscribe(() => told++);
		// A lock held by a live process (our own pid, its time in the future) makes the write fail.
		writeFileSync(join(dir, 'config.json.lock'), `${process.pid} ${Date.now() + 60_000} other`);
		store.setRead('world/a', true);
		store.flush();
		expect(told).toBe(1);
		rmSync(join(dir, 'config.json.lock'));
		store.flush();
		expect(told).toBe(2);
	});

	it('does the same when config.json is a folder', async () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'config.json'));
		const store = open(dir);
		store.setRead('world/a', true);
		store.flush();
		expect(store.status().saveError).toContain('the store file is a folder');
		expect(store.snapshot().read.has('world/a')).toBe(true);
		rmSync(join(dir, 'config.json'), {recursive: true});
		await expect.poll(() => store.status().saveError, {timeout: 10_000}).toBeNull();
		expect(open(dir).snapshot().read.has('world/a')).toBe(true);
	});

	it('waits for a lock held by a live process, then reports it busy without losing changes', () => {
		const dir = tempDir();
		const store = track(openConfStore({dir, debounceMs: 20, retryMs: 60_000, watchIntervalMs: 30, lockStaleMs: 200}));
		// Our own pid is alive, and the lock's time is in the future so it does not go stale by age.
		writeFileSync(join(dir, 'config.json.lock'), `${process.pid} ${Date.now() + 60_000} other`);
		store.setRead('world/a', true);
		store.flush();
		expect(store.status().saveError).toContain(`locked by another newsterm (pid ${process.pid})`);
		rmSync(join(dir, 'config.json.lock'));
		store.flush();
		expect(store.status().saveError).toBeNull();
	});
});

describe('conf store: two stores on one file', () => {
	it("tells subscribers about the other store's writes and shows them in the snapshot", async () => {
		const dir = tempDir();
		const a = open(dir);
		const b = open(dir);
		let calls = 0;
		b.subscribe(() => calls++);
		let own = 0;
		a.subscribe(() => own++);
		a.setRead('world/a', true);
		a.putBookmark(bookmark('world/a'));
		a.flush();
		await expect.poll(() => calls, {timeout: 10_000}).toBeGreaterThan(0);
		expect(b.snapshot().read.has('world/a')).toBe(true);
		expect(b.snapshot().bookmarks.has('world/a')).toBe(true);
		expect(own).toBe(0);
	});

	it('merges instead of overwriting, un-reads included', async () => {
		const dir = tempDir();
		const a = open(dir);
		const b = open(dir);
		a.setRead('world/a', true);
		a.setRead('world/gone', true);
		a.flush();
		b.setRead('sport/b', true);
		b.flush();
		a.setRead('world/gone', false);
		a.flush();
		b.putBookmark(bookmark('sport/b'));
		b.flush();
		for (const store of [b, open(dir)]) {
			expect([...store.snapshot().read].sort()).toEqual(['sport/b', 'world/a']);
			expect([...store.snapshot().bookmarks.keys()]).toEqual(['sport/b']);
		}
		// `a` wrote before b's last write: it learns of it from its watcher.
		await expect.poll(() => [...a.snapshot().bookmarks.keys()], {timeout: 10_000}).toEqual(['sport/b']);
		expect([...a.snapshot().read].sort()).toEqual(['sport/b', 'world/a']);
	});
});
