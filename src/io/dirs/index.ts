/**
 * The places newsterm keeps files (settings and marks, rebuildable caches), the one way a file is
 * written into them (atomically), and the one way a cache file that is acted on unseen is read. Small
 * on purpose: the launcher loads it before the program.
 */
export {defaultCacheDir} from './cache-dir.js';
export {defaultConfigDir} from './config-dir.js';
export {readPrivateFile} from './read-private.js';
export {writeAtomically, writeAtomicallySync} from './write-atomic.js';
