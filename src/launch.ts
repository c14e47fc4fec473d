/**
 * The `newsterm` bin: compiles the program (src/bin.ts, bundled as CommonJS and embedded here by
 * scripts/build.mjs) with the compiled code an earlier run left in the cache folder, and runs it.
 * Compiling the 490 KB bundle, and each function on its first call, is a good part of every start;
 * V8 skips that work for code it is handed. Without a usable cache the program compiles as usual and
 * saves its code once it has been running a while.
 */
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import {Script} from 'node:vm';
import {hash, source} from 'newsterm:program';
import {defaultCacheDir} from './io/cache-dir.js';
import {codeCachePath, discardCodeCache, readCodeCache, writeCodeCache} from './io/code-cache.js';

/**
 * How long a run goes before it saves its code: long enough to have drawn and handled keys, so the
 * save holds the functions a start needs, not only the top level; short runs (`--version`, `list`)
 * save nothing.
 */
const SAVE_AFTER_MS = 2000;

// V8 sized for a long-running terminal program, not a server: its heap grows in smaller steps and
// collects sooner (peak memory with 10,000 articles ~126 → ~111 MB, npm run bench). Set before the
// compile, because V8 refuses cached code made under other flags.
setFlagsFromString('--optimize-for-size');

const file = fileURLToPath(import.meta.url);
const cacheFile = codeCachePath(defaultCacheDir(), hash);
const cachedData = readCodeCache(cacheFile);
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: file, cachedData});
if (cachedData === undefined || script.cachedDataRejected === true) {
	discardCodeCache(cacheFile);
	setTimeout(() => void writeCodeCache(cacheFile, script.createCachedData()), SAVE_AFTER_MS).unref();
}
const program = {exports: {}};
(script.runInThisContext() as (...args: unknown[]) => void)(program.exports, createRequire(import.meta.url), program, file, dirname(file));
