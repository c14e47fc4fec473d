import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import type {ReadingStore} from '../../../src/core/store/reading-store.js';
import {openConfStore} from '../../../src/io/store/conf-store.js';

/**
 * Temporary store folders and conf stores with short timers, all closed and removed after each test.
 * Call once at the top of a test file.
 */
export function useConfStores(watchIntervalMs = 50): {tempDir(): string; open(dir: string): ReadingStore; track(store: ReadingStore): ReadingStore} {
	const dirs: string[] = [];
	const stores: ReadingStore[] = [];
	afterEach(() => {
		for (const store of stores.splice(0)) store.close();
		for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
	});
	return {
		tempDir() {
			const dir = mkdtempSync(join(tmpdir(), 'newsterm-store-'));
			dirs.push(dir);
			return dir;
		},
		open(dir) {
			const store = openConfStore({dir, debounceMs: 20, retryMs: 20, watchIntervalMs});
			stores.push(store);
			return store;
		},
		/** Closes a store opened with other options after the test, like the others. */
		track(store) {
			stores.push(store);
			return store;
		},
	};
}
