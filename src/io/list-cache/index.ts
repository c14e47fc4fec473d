/** The list cache on disk: per article file, the list fields computed from it, so a warm start reads no bodies. */
export {type CachedEntries, type CacheEntry, cachePathFor, loadIndexCache, noCachedEntries, saveIndexCache} from './cache-file.js';
