import type {SearchControl, SearchProgress} from '../../src/core/search/index.js';
import {type SearchDoc, SearchIndex} from '../../src/core/search/search-index.js';

/** A search over documents given in memory, whose index grows when the test says. */
export interface MemorySearch {
	readonly control: SearchControl;
	/** Indexes `count` more of the documents (all that are left by default) and tells the listeners. */
	grow(count?: number): void;
}

/**
 * The reader's SearchControl without I/O: the core index over the documents given, of which
 * `indexed` are in at the start (all by default), so a test can show the results filling in.
 */
export function createMemorySearch(docs: readonly SearchDoc[], indexed = docs.length): MemorySearch {
	const index = new SearchIndex();
	const listeners = new Set<() => void>();
	let done = 0;
	let progress: SearchProgress = {indexed: 0, total: docs.length, complete: docs.length === 0};
	const grow = (count = docs.length - done): void => {
		for (const doc of docs.slice(done, done + count)) index.add(doc);
		done = Math.min(docs.length, done + count);
		progress = {indexed: done, total: docs.length, complete: done === docs.length};
		for (const listener of [...listeners]) listener();
	};
	grow(indexed);
	return {
		control: {
			subscribe: listener => {
				listeners.add(listener);
				return () => listeners.delete(listener);
			},
			progress: () => progress,
			search: query => index.search(query),
		},
		grow,
	};
}
