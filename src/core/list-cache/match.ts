/**
 * Checking a walk against the list cache. The walk already stats every file (it must, to see new
 * and deleted ones), so its size and mtime are all revalidation needs: no second pass over the disk.
 */
import type {CacheEntry} from './columns.js';

/** What a cache needs to know about a listed file. */
export interface StatLike {
	readonly rel: string;
	readonly size: number;
	readonly mtimeMs: number;
}

/** Files whose cached value still holds, and files that must be read. */
export interface CacheMatch<F extends StatLike, T> {
	readonly hits: readonly {readonly file: F; readonly value: T}[];
	readonly misses: readonly F[];
}

/**
 * Splits listed files into cache hits (same size and mtime as cached) and misses, keeping the
 * walk's order in both. Cached entries for files no longer listed are simply not returned, so
 * saving the next cache from hits plus freshly read misses drops them.
 */
export function matchCache<F extends StatLike, T>(files: readonly F[], cache: ReadonlyMap<string, CacheEntry<T>>): CacheMatch<F, T> {
	const hits: {file: F; value: T}[] = [];
	const misses: F[] = [];
	for (const file of files) {
		const cached = cache.get(file.rel);
		if (cached !== undefined && cached.size === file.size && cached.mtimeMs === file.mtimeMs) hits.push({file, value: cached.value});
		else misses.push(file);
	}
	return {hits, misses};
}
