/**
 * The behaviour every ReadingStore shares, run against the memory store and the conf store.
 */
import {afterEach, describe, expect, it} from 'vitest';
import type {ReadingStore} from '../../../src/core/store/reading-store.js';
import type {Bookmark} from '../../../src/core/article/types.js';
import type {Subscription} from '../../../src/core/store/subscriptions.js';

/** A bookmark for `id` with fixed text. */
export function bookmark(id: string, at = 1_700_000_000_000): Bookmark {
	return {id, title: `Title of ${id}`, section: 'World', updated: '2024-05-01T10:00', teaser: 'A teaser.', at};
}

/** A subscription under `key` (10 characters of [0-9a-z]) with fixed fields. */
export function subscription(key: string, added = 1_700_000_000_000): Subscription {
	return {key, url: `https://example.test/${key}.xml`, title: `Feed ${key}`, section: null, added};
}

/** Registers the contract tests; `make` returns a fresh, empty store each time. */
export function describeStoreContract(name: string, make: () => ReadingStore): void {
	describe(`${name}: ReadingStore contract`, () => {
		const open: ReadingStore[] = [];
		const fresh = (): ReadingStore => {
			const store = make();
			open.push(store);
			return store;
		};
		afterEach(() => {
			for (const store of open.splice(0)) store.close();
		});

		it('starts empty with no notices and no save error', () => {
			const store = fresh();
			expect([...store.snapshot().read]).toEqual([]);
			expect([...store.snapshot().bookmarks]).toEqual([]);
			expect(store.status()).toEqual({notices: [], saveError: null, unsaved: null});
		});

		it('marks read and unread, the last call winning', () => {
			const store = fresh();
			store.setRead('world/a', true);
			store.setRead('world/b', true);
			store.setRead('world/a', false);
			store.setRead('world/a', true);
			store.setRead('world/a', false);
			expect([...store.snapshot().read]).toEqual(['world/b']);
		});

		it('keeps a reading place per article, the last call winning, and null drops it', () => {
			const store = fresh();
			store.setPlace('world/a', {block: 3, offset: 40});
			store.setPlace('world/b', {block: 1, offset: 0});
			store.setPlace('world/a', {block: 5, offset: 12});
			store.setPlace('world/b', null);
			store.setPlace('never/there', null);
			expect([...store.snapshot().places]).toEqual([['world/a', {block: 5, offset: 12}]]);
		});

		it('adds, replaces and removes bookmarks', () => {
			const store = fresh();
			store.putBookmark(bookmark('world/a'));
			store.putBookmark(bookmark('sport/b'));
			store.putBookmark({...bookmark('world/a'), title: 'Renamed'});
			store.removeBookmark('sport/b');
			store.removeBookmark('never/there');
			const {bookmarks} = store.snapshot();
			expect([...bookmarks.keys()]).toEqual(['world/a']);
			expect(bookmarks.get('world/a')?.title).toBe('Renamed');
		});

		it('adds, replaces and ends subscriptions, listed in the order they were added', () => {
			const store = fresh();
			store.putFeed(subscription('bbbbbbbbbb', 2));
			store.putFeed(subscription('aaaaaaaaaa', 3));
			store.putFeed(subscription('cccccccccc', 1));
			store.putFeed({...subscription('bbbbbbbbbb', 2), section: 'Tech', url: 'https://moved.example.test/b.xml'});
			store.removeFeed('cccccccccc');
			store.removeFeed('nevernever');
			const {feeds} = store.snapshot();
			expect([...feeds.keys()]).toEqual(['bbbbbbbbbb', 'aaaaaaaaaa']);
			expect(feeds.get('bbbbbbbbbb')).toEqual({...subscription('bbbbbbbbbb', 2), section: 'Tech', url: 'https://moved.example.test/b.xml'});
		});

		it('returns the same snapshot until something changes, and old snapshots stay as they were', () => {
			const store = fresh();
			store.setRead('world/a', true);
			const first = store.snapshot();
			expect(store.snapshot()).toBe(first);
			store.setRead('world/a', true);
			store.removeBookmark('world/none');
			expect(store.snapshot()).toBe(first);
			store.setRead('world/b', true);
			const second = store.snapshot();
			expect(second).not.toBe(first);
			expect([...first.read]).toEqual(['world/a']);
			expect([...second.read].sort()).toEqual(['world/a', 'world/b']);
		});

		it('does not call subscribers for its own changes, and unsubscribes', () => {
			const store = fresh();
			let calls = 0;
			const unsubscribe = store.subscribe(() => calls++);
			store.setRead('world/a', true);
			store.putBookmark(bookmark('world/a'));
			store.flush();
			unsubscribe();
			expect(calls).toBe(0);
		});

		it('keeps odd ids exactly', () => {
			const store = fresh();
			const ids = ['plain', '/leading', 'a/b/c', 'x/with,comma:colon!bang%25', 'ünï/côdé 😀', 'trailing/'];
			for (const id of ids) store.setRead(id, true);
			store.flush();
			expect([...store.snapshot().read].sort()).toEqual([...ids].sort());
		});

		it('flushes and closes without throwing', () => {
			const store = fresh();
			store.setRead('world/a', true);
			expect(() => store.flush()).not.toThrow();
			expect(store.status().saveError).toBeNull();
		});
	});
}
