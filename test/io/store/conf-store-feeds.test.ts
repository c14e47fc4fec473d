import {beforeEach, describe, expect, it} from 'vitest';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {bookmark, subscription} from './store-contract.js';
import {useConfStores} from './conf-store-harness.js';
import {openConfStore} from '../../../src/io/store/conf-store.js';

const {tempDir, open, track} = useConfStores(30);

const file = (dir: string): string => join(dir, 'config.json');
const written = (dir: string): Record<string, unknown> => JSON.parse(readFileSync(file(dir), 'utf8')) as Record<string, unknown>;

describe('conf store: subscriptions', () => {
	let dir: string;
	beforeEach(() => {
		dir = tempDir();
	});

	it('keeps a subscription across a reopen, and an ended one stays ended', () => {
		const first = open(dir);
		first.putFeed(subscription('aaaaaaaaaa'));
		first.putFeed({...subscription('bbbbbbbbbb'), section: 'Tech'});
		first.close();
		const second = open(dir);
		expect(second.status().notices).toEqual([]);
		expect(second.snapshot().feeds.get('aaaaaaaaaa')).toEqual(subscription('aaaaaaaaaa'));
		expect(second.snapshot().feeds.get('bbbbbbbbbb')).toEqual({...subscription('bbbbbbbbbb'), section: 'Tech'});
		second.removeFeed('aaaaaaaaaa');
		second.close();
		expect([...open(dir).snapshot().feeds.keys()]).toEqual(['bbbbbbbbbb']);
		expect(written(dir)['feeds']).toMatchObject({aaaaaaaaaa: {t: expect.any(Number)}});
	});

	it('merges two stores open on one folder, the later change winning', async () => {
		const one = open(dir);
		const two = open(dir);
		one.putFeed(subscription('aaaaaaaaaa'));
		one.flush();
		two.putFeed(subscription('bbbbbbbbbb'));
		two.flush();
		// The second store read the file before it wrote, so it holds both.
		expect([...two.snapshot().feeds.keys()].sort()).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
		// The first one sees the second's write by watching the file.
		await expect.poll(() => one.snapshot().feeds.has('bbbbbbbbbb'), {timeout: 5000}).toBe(true);
		two.removeFeed('aaaaaaaaaa');
		two.flush();
		await expect.poll(() => one.snapshot().feeds.has('aaaaaaaaaa'), {timeout: 5000}).toBe(false);
		one.putFeed({...subscription('bbbbbbbbbb'), title: 'Renamed'});
		one.close();
		two.close();
		const third = open(dir);
		expect([...third.snapshot().feeds.values()]).toEqual([{...subscription('bbbbbbbbbb'), title: 'Renamed'}]);
	});

	it('loads a file from before subscriptions existed, and keeps its unknown keys', () => {
		writeFileSync(file(dir), JSON.stringify({version: 1, read: {world: 'a:5'}, bookmarks: [], unbookmarked: {}, places: {}, theme: 'dark'}));
		const store = open(dir);
		expect(store.status().notices).toEqual([]);
		expect(store.snapshot().feeds.size).toBe(0);
		store.putFeed(subscription('aaaaaaaaaa'));
		store.close();
		expect(written(dir)).toMatchObject({version: 1, theme: 'dark', feeds: {aaaaaaaaaa: {url: 'https://example.test/aaaaaaaaaa.xml'}}});
	});

	it('resets a damaged feeds field alone, keeping read marks and bookmarks', () => {
		const text = JSON.stringify({version: 1, read: {world: 'a:5,b:1'}, bookmarks: [{...bookmark('world/a'), t: 5}], feeds: ['https://example.test/a.xml']});
		writeFileSync(file(dir), text);
		const store = open(dir);
		expect([...store.snapshot().read].sort()).toEqual(['world/a', 'world/b']);
		expect([...store.snapshot().bookmarks.keys()]).toEqual(['world/a']);
		expect(store.snapshot().feeds.size).toBe(0);
		const [copy, ...more] = readdirSync(dir).filter(name => name.startsWith('config.json.corrupt-'));
		expect(more).toEqual([]);
		expect(readFileSync(join(dir, copy ?? ''), 'utf8')).toBe(text);
		expect(store.status().notices).toEqual([
			`config.json had problems: "feeds" was not an object; subscriptions were reset. Everything else was kept; the original was copied to ${copy}.`,
		]);
	});

	it('drops one malformed subscription, keeping the others and everything else', () => {
		// A tombstone is kept only while it is younger than the horizon.
		const recent = Math.floor(Date.now() / 1000) - 60;
		const good = {url: 'https://example.test/a.xml', title: 'A', section: null, added: 1, t: 5};
		writeFileSync(
			file(dir),
			JSON.stringify({version: 1, read: {world: 'a:5'}, feeds: {aaaaaaaaaa: good, bbbbbbbbbb: {...good, url: 'gopher://x'}, cccccccccc: {t: recent}}}),
		);
		const store = open(dir);
		expect([...store.snapshot().feeds.keys()]).toEqual(['aaaaaaaaaa']);
		expect([...store.snapshot().read]).toEqual(['world/a']);
		expect(store.status().notices).toEqual([expect.stringContaining('1 subscription could not be read and was dropped')]);
		store.close();
		// The repair is written: the bad entry is gone and the tombstone stays.
		expect(Object.keys(written(dir)['feeds'] as object)).toEqual(['aaaaaaaaaa', 'cccccccccc']);
	});

	it('counts subscriptions that only memory holds while the file cannot be written, each key once', async () => {
		const root = tempDir();
		writeFileSync(join(root, 'blocker'), 'not a folder');
		const blocked = join(root, 'blocker', 'sub');
		const store = open(blocked);
		store.putFeed(subscription('aaaaaaaaaa'));
		store.putFeed({...subscription('aaaaaaaaaa'), title: 'Renamed'});
		store.putFeed(subscription('bbbbbbbbbb'));
		store.removeFeed('bbbbbbbbbb');
		store.removeFeed('cccccccccc');
		store.flush();
		const reason = 'part of the path is a file, not a folder';
		expect(store.status().unsaved).toEqual({read: 0, bookmarks: 0, feeds: 2, path: join(blocked, 'config.json'), reason});
		rmSync(join(root, 'blocker'));
		mkdirSync(blocked, {recursive: true});
		await expect.poll(() => store.status().saveError, {timeout: 10_000}).toBeNull();
		expect(store.status().unsaved).toBeNull();
		expect(Object.keys(written(blocked)['feeds'] as object)).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
	});

	it('counts an ended subscription that could not be saved', () => {
		const store = track(openConfStore({dir, debounceMs: 20, retryMs: 60_000, watchIntervalMs: 30, lockStaleMs: 200}));
		store.putFeed(subscription('aaaaaaaaaa'));
		store.flush();
		// A lock held by a live process (our own pid, its time in the future) makes the write fail.
		writeFileSync(`${file(dir)}.lock`, `${process.pid} ${Date.now() + 60_000} other`);
		store.removeFeed('aaaaaaaaaa');
		store.flush();
		expect(store.status().unsaved).toMatchObject({read: 0, bookmarks: 0, feeds: 1});
		rmSync(`${file(dir)}.lock`);
		store.flush();
		expect(store.status().unsaved).toBeNull();
		expect(written(dir)['feeds']).toEqual({aaaaaaaaaa: {t: expect.any(Number)}});
	});
});
