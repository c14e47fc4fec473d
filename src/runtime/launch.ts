/**
 * The `newsterm` bin: compiles the program (src/bin.ts, bundled as CommonJS and embedded here by
 * scripts/build.mjs) with the compiled code an earlier run left in the cache folder, and runs it.
 * Compiling the bundle, and each function on its first call, is a good part of every start; V8 skips
 * that work for code it is handed (docs/performance.md#code-cache). Without a usable cache the program
 * compiles as usual and saves its code once it has been running a while.
 */
// First: it paints a saved first frame before anything else here is evaluated.
import './early-paint.js';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import type {EventLoopUtilization, Performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import {Script} from 'node:vm';
import {end, hash, length, painterLength} from 'newsterm:program';
import {defaultCacheDir} from '../io/dirs/index.js';
import {codeCachePath, discardCodeCache, readCodeCache, writeCodeCache} from './code-cache.js';
import {commonJsWrapper, readEmbeddedScript} from './embedded.js';
import {capYoungGeneration, withStartFlags} from './young-generation.js';

/**
 * When a run saves its code: once it has gone 2 s, long enough to have drawn and handled keys (so the
 * save holds the functions a start needs, not only the top level), and then at the first second in
 * which the event loop was all but idle, as when someone is reading. Serialising takes memory for a
 * moment, once per build: saved during a scan or a run of keys, that landed on top of their peak
 * (docs/performance.md#code-cache-idle-save). Short runs (`--version`, `list`) save nothing.
 */
const SAVE_AFTER_MS = 2000;
const IDLE_WINDOW_MS = 1000;
const IDLE_BELOW = 0.05;

/**
 * Calls `action` at the first quiet window after SAVE_AFTER_MS; never keeps the process alive. The
 * global `performance` loads node:perf_hooks on first use, here a second after the start, not before
 * the first frame (docs/performance.md#lazy-builtins).
 */
function whenIdle(action: () => void): void {
	const clock = (): Performance => globalThis.performance as unknown as Performance;
	// Measured from the start of the first window, so the busy start-up does not count.
	let since: EventLoopUtilization;
	const check = (): void => {
		const now = clock().eventLoopUtilization();
		const busy = clock().eventLoopUtilization(now, since).utilization;
		since = now;
		if (busy < IDLE_BELOW) action();
		else setTimeout(check, IDLE_WINDOW_MS).unref();
	};
	setTimeout(() => {
		since = clock().eventLoopUtilization();
		setTimeout(check, IDLE_WINDOW_MS).unref();
	}, SAVE_AFTER_MS - IDLE_WINDOW_MS).unref();
}

/**
 * The commands that fetch and parse feeds (`refresh`, `import`, `add`) are seconds of CPU work, which
 * `--optimize-for-size` made twice as long (docs/performance.md#refresh-flags); they run without it,
 * and without the code cache, which V8 stamps with the flags (the reader's must stay the reader's).
 */
const FEED_BATCH = new Set(['refresh', 'import', 'add']);
const feedBatch = FEED_BATCH.has(process.argv.slice(2).find(arg => !arg.startsWith('-')) ?? '');

// V8 sized for a long-running terminal program, not a server: its heap grows in smaller steps and
// collects sooner, for a lower peak (docs/performance.md#optimize-for-size). Set before the compile,
// because V8 refuses cached code made under other flags.
// A feed batch grows its heap by half each step instead (V8 picks 1.1x to 4x by itself): without it,
// a refresh of 1,000 feeds peaked at 245 MB, with it at ~165 MB, still half the time (same page).
setFlagsFromString(feedBatch ? '--heap-growing-percent=50' : '--optimize-for-size');
// The other half of the peak was the young generation's growth (young-generation.ts,
// docs/performance.md#young-generation).
capYoungGeneration();

/**
 * The program's text, read back from the comment that ends this file: a string literal of it would be
 * parsed on every start, a comment is only skipped (docs/performance.md#program-comment). The build
 * writes ASCII, so latin1 reads it as it was written, without decoding UTF-8.
 */
function programSource(file: string): string {
	return readEmbeddedScript(file, {end, length, painterLength}, 'program');
}

/**
 * Compiles the program, with cached code when there is a usable file, and arranges a save when there
 * is not. A function, so the cached bytes are garbage once V8 has read them.
 */
function compile(file: string): Script {
	const source = programSource(file);
	if (feedBatch) return new Script(commonJsWrapper(source), {filename: file});
	const cacheFile = codeCachePath(defaultCacheDir(), hash);
	const cachedData = readCodeCache(cacheFile);
	const script = new Script(commonJsWrapper(source), {filename: file, cachedData});
	if (cachedData === undefined || script.cachedDataRejected === true) {
		discardCodeCache(cacheFile);
		whenIdle(
			() =>
				void writeCodeCache(
					cacheFile,
					withStartFlags(() => script.createCachedData()),
				),
		);
	}
	return script;
}

const file = fileURLToPath(import.meta.url);
const program = {exports: {}};
(compile(file).runInThisContext() as (...args: unknown[]) => void)(program.exports, createRequire(import.meta.url), program, file, dirname(file));
