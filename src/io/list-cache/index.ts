/** The list cache on disk: per article file, the list fields computed from it, so a warm start reads no bodies. */
export {type CachedEntries, type CacheEntry, cachePathFor, loadListCache, noCachedEntries, saveListCache} from './cache-file.js';
export {mayHaveListCache} from './names.js';
