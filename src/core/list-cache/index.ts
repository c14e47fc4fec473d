/** The list cache's file format (columns, versions) and checking cached entries against a walk. Pure. */
export {CachedEntries, type CacheEntry, decodeListCache, encodeListCache, LIST_CACHE_VERSION, RACY_MS} from './codec.js';
export {cacheHit, type StatLike} from './match.js';
