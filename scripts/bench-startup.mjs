// Start-up figures: Node's own floor in this pty, and newsterm's time to its first Sections frame and to
// the final counts, cold (empty cache folder: no list cache, no compiled code) and warm (the list cache
// and the compiled code an earlier run saved), and warm without the compiled code, for comparison.
import {execFileSync} from 'node:child_process';
import {readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {APP_ENV, BIN, load1, median, round1, screens, sectionTotal, tempDir} from './bench-util.mjs';
import {spawnPty} from './pty-driver.mjs';

const PTY = {cols: 100, rows: 30};

/**
 * Starts `node args` in the benchmark's pty with the benchmark's environment (APP_ENV, then `env`):
 * Node's floor and the app are spawned by this one helper, so neither pays for something the other
 * does not.
 */
export const spawnNode = (args, env = {}) => spawnPty(process.execPath, args, {...PTY, env: {...APP_ENV, ...env}});

/**
 * Milliseconds from the child's start stamp (taken just before the spawn) to the arrival of the output
 * chunk that made the screen match `ready` (the text 'ready' for the floor, screens.sections for the
 * app's first frame): the one way both sides are timed.
 */
export const timeTo = async (child, ready, options) => (await child.waitFor(ready, options)) - child.started;

/** Time from spawning `node -e "console.log('ready')"` to the text on screen, once. */
export async function floorSample() {
	const child = spawnNode(['-e', "console.log('ready')"]);
	try {
		const ms = await timeTo(child, 'ready', {label: 'node -e output'});
		await child.exited;
		return ms;
	} finally {
		await child.kill();
	}
}

/** Node's floor: the median of `runs` samples, and the 1-minute load average before each. */
export async function nodeFloor(runs = 7) {
	// The benchmark's first ptys come up slower (55-70 ms, then 33 ms: its own pty and parser code warming
	// up), which the app's starts, all later, never pay: one sample is taken and dropped first.
	await floorSample();
	const samples = [];
	const loads = [];
	for (let i = 0; i < runs; i++) {
		loads.push(load1());
		samples.push(await floorSample());
	}
	return {ms: round1(median(samples)), samples: samples.map(round1), load: {max: Math.max(...loads), samples: loads}};
}

/**
 * One start of the app: time to the first Sections frame, and to the frame whose counts add up to
 * `count` with the scan finished (header no longer "reading…"). Quits with `q` so the app writes its
 * cache as a user's run would; a final wait that times out records how far the scan got.
 */
async function startOnce(dir, count, {cacheDir, configDir, firstTimeoutMs, finalTimeoutMs, waitFinal = true}) {
	const app = spawnNode([BIN, '--articles', dir], {NEWSTERM_CACHE_DIR: cacheDir, NEWSTERM_CONFIG_DIR: configDir});
	try {
		const first = await timeTo(app, screens.sections, {timeoutMs: firstTimeoutMs, label: `Sections at ${count}`});
		const done = rows => screens.sections(rows) && !(rows[0] ?? '').includes('reading') && sectionTotal(rows) === count;
		let final = null;
		let partial = null;
		try {
			if (waitFinal) final = await timeTo(app, done, {timeoutMs: finalTimeoutMs, label: `final counts at ${count}`});
		} catch (error) {
			partial = {afterMs: Math.round(performance.now() - app.started), header: (app.screen()[0] ?? '').trim(), shown: sectionTotal(app.screen())};
			process.stderr.write(`  ${error.message.split('\n')[0]} (${partial.shown} of ${count} shown)\n`);
		}
		const rss = app.peakRss();
		if (final !== null) {
			app.press('q');
			await Promise.race([app.exited, new Promise(resolve => setTimeout(resolve, 5000))]);
		}
		return {first, final, partial, rss};
	} finally {
		await app.kill();
	}
}

/**
 * Writes the list cache for `dir` into `cacheDir` with `newsterm list`, which scans the same way
 * without drawing: the way to still measure warm starts when the reader's own cold scan is too slow.
 */
function primeCache(dir, cacheDir, configDir) {
	const started = performance.now();
	execFileSync(process.execPath, [BIN, 'list', '--articles', dir], {
		env: {...process.env, NEWSTERM_CACHE_DIR: cacheDir, NEWSTERM_CONFIG_DIR: configDir},
		stdio: ['ignore', 'ignore', 'inherit'],
		timeout: 180_000,
	});
	return round1(performance.now() - started);
}

/** The compiled-code cache file in `cacheDir` (src/runtime/code-cache.ts), or null. */
export function codeCacheFile(cacheDir) {
	const name = readdirSync(cacheDir).find(file => /^code-.*\.bin$/.test(file));
	return name === undefined ? null : join(cacheDir, name);
}

/** How long a reader may run before it has saved its compiled code (see ensureCodeCache). */
const CODE_CACHE_WAIT_MS = 90_000;

/**
 * Makes sure `cacheDir` holds the program's compiled code, as it would after any reader session of a
 * while: when no earlier run left it, runs the reader until it has saved it. The reader saves it at
 * the first idle second, which at 100,000 articles comes only after the search index is built (a
 * minute and more on a first start); if it has not come within CODE_CACHE_WAIT_MS, the warm runs go
 * on without it and the report says how many of them ran from compiled code.
 */
async function ensureCodeCache(dir, count, {cacheDir, configDir, firstTimeoutMs}) {
	if (codeCacheFile(cacheDir) !== null) return;
	const app = spawnNode([BIN, '--articles', dir], {NEWSTERM_CACHE_DIR: cacheDir, NEWSTERM_CONFIG_DIR: configDir});
	try {
		await app.waitFor(screens.sections, {timeoutMs: firstTimeoutMs, label: `Sections at ${count}`});
		const deadline = performance.now() + CODE_CACHE_WAIT_MS;
		while (codeCacheFile(cacheDir) === null && performance.now() < deadline) await new Promise(resolve => setTimeout(resolve, 100));
		if (codeCacheFile(cacheDir) === null) process.stderr.write(`  no compiled code saved within ${CODE_CACHE_WAIT_MS / 1000} s: warm runs go on without it\n`);
		// q, not Ctrl+C: the reader saves its next first frame on the way out, as a user's run does.
		app.press('q');
		await Promise.race([app.exited, new Promise(resolve => setTimeout(resolve, 5000))]);
	} finally {
		await app.kill();
	}
}

/**
 * A warm start, and whether it ran from the compiled code in the cache folder: the launcher removes a
 * file V8 refuses before the program starts, so a file still there with the same mtime was taken.
 */
async function warmOnce(dir, count, options) {
	const file = codeCacheFile(options.cacheDir);
	const before = file === null ? null : statSync(file).mtimeMs;
	const run = await startOnce(dir, count, options);
	const after = file === null ? null : statSync(file, {throwIfNoEntry: false})?.mtimeMs;
	return {...run, codeTaken: before !== null && after === before};
}

/** A warm start with the compiled code moved out of the way (and back after). */
async function warmWithoutCode(dir, count, options) {
	const file = codeCacheFile(options.cacheDir);
	if (file !== null) renameSync(file, `${file}.aside`);
	try {
		return await startOnce(dir, count, options);
	} finally {
		const saved = codeCacheFile(options.cacheDir);
		if (saved !== null) rmSync(saved);
		if (file !== null) renameSync(`${file}.aside`, file);
	}
}

/**
 * Cold starts (each on a new empty cache) and warm starts (second and later runs on the first cold
 * run's cache). When a cold scan does not finish in `finalTimeoutMs`, no more cold runs are made, the
 * cache is written with `newsterm list` instead, and warm runs stop waiting for final counts once one
 * of them times out too.
 */
export async function firstFrame(dir, count, {coldRuns = 5, warmRuns = 7, finalTimeoutMs = 60_000} = {}) {
	const configDir = join(tempDir('config'), 'config');
	const options = {configDir, firstTimeoutMs: finalTimeoutMs, finalTimeoutMs};
	const cold = [];
	const caches = [];
	// Each start is preceded by a floor sample (floor, start, floor, start ...), and each series' ratios
	// use the median of its own floor samples: this machine's load drifts over a benchmark, and a ratio
	// means most when its two sides are measured under the same load. The 1-minute load average is
	// noted before each pair, so a ratio taken on a busy machine says so.
	/** Runs `start` after a floor sample; its result carries that floor sample and the load before both. */
	const paired = async start => {
		const load = load1();
		const floor = await floorSample();
		return {...(await start()), floor, load};
	};
	for (let i = 0; i < coldRuns; i++) {
		const cacheDir = tempDir('cache');
		caches.push(cacheDir);
		const run = await paired(() => startOnce(dir, count, {...options, cacheDir}));
		cold.push(run);
		process.stderr.write(
			`  ${count} cold #${i + 1}: first ${Math.round(run.first)} ms, final ${run.final === null ? 'not reached' : `${Math.round(run.final)} ms`}\n`,
		);
		// A scan this slow would blow the time budget if repeated.
		if (run.final === null) break;
	}
	let warmCache = caches[cold.findIndex(run => run.final !== null)];
	let primedMs = null;
	if (warmCache === undefined) {
		warmCache = tempDir('cache');
		primedMs = primeCache(dir, warmCache, configDir);
		process.stderr.write(`  cache written by newsterm list in ${Math.round(primedMs)} ms\n`);
	}
	await ensureCodeCache(dir, count, {...options, cacheDir: warmCache});
	// Alternated, so a change in the machine's load falls on both series alike.
	const warm = [];
	const warmNoCode = [];
	let waitFinal = true;
	for (let i = 0; i < warmRuns; i++) {
		const run = await paired(() => warmOnce(dir, count, {...options, cacheDir: warmCache, waitFinal}));
		warm.push(run);
		if (run.final === null) waitFinal = false;
		warmNoCode.push(await paired(() => warmWithoutCode(dir, count, {...options, cacheDir: warmCache, waitFinal: false})));
	}
	const describe = runs => {
		const finals = runs.map(run => run.final);
		const loads = runs.map(run => run.load);
		return {
			firstMs: round1(median(runs.map(run => run.first))),
			finalMs: finals.includes(null) ? null : round1(median(finals)),
			floor: {ms: round1(median(runs.map(run => run.floor))), samples: runs.map(run => round1(run.floor))},
			load: {max: Math.max(...loads), samples: loads},
			runs: runs.map(run => ({firstMs: round1(run.first), finalMs: round1(run.final), partial: run.partial, rss: run.rss})),
		};
	};
	const all = [...cold, ...warm, ...warmNoCode];
	return {
		count,
		floor: {ms: round1(median(all.map(run => run.floor))), samples: all.map(run => round1(run.floor))},
		load: {max: Math.max(...all.map(run => run.load))},
		cold: describe(cold),
		warm: {...describe(warm), cacheFromListMs: primedMs, codeTaken: warm.filter(run => run.codeTaken).length},
		warmNoCode: describe(warmNoCode),
	};
}
