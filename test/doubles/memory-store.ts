/**
 * A reading store that lives in memory only, for tests. It keeps the same state rules as the file
 * store (src/core/store/merge.ts), so a test against it sees the same behaviour minus the disk.
 */
import type {ReadingStore, StoreSnapshot, StoreStatus} from '../../src/core/store/reading-store.js';
import type {Bookmark} from '../../src/core/article/types.js';
import {ReadingState} from '../../src/core/store/merge.js';
import {createListeners} from '../../src/core/async/listeners.js';

/** What a memory store starts with: a snapshot's parts and, to test notices, a status. */
export interface MemoryStoreInit extends StoreSnapshot {
	readonly status: StoreStatus;
}

/** The store interface plus a way to act as "another process". */
export interface MemoryStore extends ReadingStore {
	/** Applies changes as if another process made them, then notifies subscribers. */
	changeFromOutside(change: (store: ReadingStore) => void): void;
	/** How many times `flush` was called (the CLI must flush on every exit path). */
	readonly flushes: number;
}

/** Creates a store in memory; nothing is ever written. */
export function createMemoryStore(initial: Partial<MemoryStoreInit> = {}): MemoryStore {
	const state = new ReadingState();
	const listeners = createListeners();
	let clock = 1;
	// Seconds that only move forward: every change is later than the one before, as on disk.
	const tick = (): number => clock++;
	for (const id of initial.read ?? []) state.setRead(id, true, tick());
	for (const bookmark of initial.bookmarks?.values() ?? []) state.putBookmark(bookmark, tick());
	for (const [id, place] of initial.places ?? []) state.setPlace(id, place, tick());
	for (const feed of initial.feeds?.values() ?? []) state.putFeed(feed, tick());
	const status: StoreStatus = initial.status ?? {notices: [], saveError: null, unsaved: null};
	let flushes = 0;

	const store: MemoryStore = {
		snapshot: (): StoreSnapshot => state.snapshot(),
		setRead(id: string, read: boolean): void {
			state.setRead(id, read, tick());
		},
		putBookmark(bookmark: Bookmark): void {
			state.putBookmark(bookmark, tick());
		},
		removeBookmark(id: string): void {
			state.removeBookmark(id, tick());
		},
		setPlace(id, place): void {
			state.setPlace(id, place, tick());
		},
		putFeed(feed): void {
			state.putFeed(feed, tick());
		},
		removeFeed(key): void {
			state.removeFeed(key, tick());
		},
		flush(): void {
			flushes++;
		},
		subscribe: listeners.subscribe,
		status: (): StoreStatus => status,
		close(): void {
			store.flush();
			listeners.clear();
		},
		changeFromOutside(change: (store: ReadingStore) => void): void {
			const before = state.snapshot();
			change(store);
			if (state.snapshot() === before) return;
			listeners.notify();
		},
		get flushes(): number {
			return flushes;
		},
	};
	return store;
}
