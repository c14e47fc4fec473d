/**
 * The places newsterm keeps files (settings and marks, rebuildable caches) and the one way a file is
 * written into them: atomically. Small on purpose: the launcher loads it before the program.
 */
export {defaultCacheDir} from './cache-dir.js';
export {defaultConfigDir} from './config-dir.js';
export {writeAtomically} from './write-atomic.js';
