/**
 * What the reader can ask of the search while it runs: the results for a query, and how far the
 * index has got. The CLI builds it over the articles and the cache file (io/search); the reader only
 * calls it, so its screens stay free of I/O (as core/library/feeds-control.ts does for the feeds).
 */
import type {SearchAnswer} from './search-index.js';

/** How far the index is; the same object until something changes. */
export interface SearchProgress {
	/** Articles indexed so far, of `total` known. */
	readonly indexed: number;
	readonly total: number;
	/** True once every known article is indexed. */
	readonly complete: boolean;
}

/** The search as the reader sees it. */
export interface SearchControl {
	/** Called when the index grows or changes (the results may change); returns an unsubscribe. */
	subscribe(listener: () => void): () => void;
	progress(): SearchProgress;
	/** The ids matching a query, title hits first; answers from what is indexed so far, never waits. */
	search(query: string): SearchAnswer;
}

/** The progress line the results show while the index is incomplete, or null once it is complete. */
export function indexingNote(progress: SearchProgress): string | null {
	return progress.complete ? null : `still indexing (${progress.indexed} of ${progress.total})`;
}
