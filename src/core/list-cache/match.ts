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

/**
 * The cached entry for a listed file if it still holds: the file has the size and mtime it had when
 * the value was computed. Undefined for a file the cache does not know or one that changed since.
 */
export function cacheHit<T>(entries: {get(rel: string): CacheEntry<T> | undefined}, file: StatLike): CacheEntry<T> | undefined {
	const hit = entries.get(file.rel);
	return hit !== undefined && hit.size === file.size && hit.mtimeMs === file.mtimeMs ? hit : undefined;
}
