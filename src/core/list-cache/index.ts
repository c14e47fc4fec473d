/** The list cache's file format (columns, versions) and checking cached entries against a walk. Pure. */
export {CachedEntries, type CacheEntry, decodeListCache, encodeListCache} from './codec.js';
export {cacheHit} from './match.js';
