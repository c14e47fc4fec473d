// The reader's first frame over an archive of feeds (the folders a 1,000-feed refresh filled), measured
// as the folder case is (scripts/bench-startup.mjs): the same pty, spawn helper, start stamp and wait,
// each start preceded by a sample of Node's floor, medians, the load noted before each pair. Cold is an
// empty cache folder (no compiled code), warm the compiled code an earlier run saved. The reader is
// told not to refresh on start, so what is timed is reading the archive and drawing.
import {BIN, listPosition, load1, median, round1, screens, tempDir} from './bench-util.mjs';
import {codeCacheFile, floorSample, spawnNode, timeTo} from './bench-startup.mjs';

// Minutes since the last refresh before the reader refreshes on start: never, here.
const NO_REFRESH = String(10 * 365 * 24 * 60);

/** The reader on the archive in `dirs` with `cacheDir`, in the benchmark's pty. */
const launch = (dirs, cacheDir, refreshMinutes = NO_REFRESH) =>
	spawnNode([BIN], {
		NEWSTERM_CONFIG_DIR: dirs.NEWSTERM_CONFIG_DIR,
		NEWSTERM_DATA_DIR: dirs.NEWSTERM_DATA_DIR,
		NEWSTERM_CACHE_DIR: cacheDir,
		NEWSTERM_REFRESH_MINUTES: refreshMinutes,
	});

/** Ctrl+C (quit from anywhere), then the child is made sure gone. */
async function quit(app) {
	app.press('\x03');
	await Promise.race([app.exited, new Promise(resolve => setTimeout(resolve, 3000))]);
	await app.kill();
}

/**
 * One start: time to the first Sections frame, and to the frame whose header counts all `count`
 * sections (every feed listed: the archive was read whole); peak RSS.
 */
async function startOnce(dirs, count, cacheDir, timeoutMs) {
	const app = launch(dirs, cacheDir);
	try {
		const first = await timeTo(app, screens.sections, {timeoutMs, label: `Sections with ${count} feeds`});
		const all = await timeTo(app, rows => screens.sections(rows) && listPosition(rows)?.total === count, {timeoutMs, label: `all ${count} feeds listed`});
		const rss = app.peakRss();
		await quit(app);
		return {first, all, rss};
	} finally {
		await app.kill();
	}
}

/** Runs the reader in `cacheDir` until it has saved its compiled code, as any session of a few seconds does. */
async function saveCompiledCode(dirs, count, cacheDir, timeoutMs) {
	const app = launch(dirs, cacheDir);
	try {
		await app.waitFor(screens.sections, {timeoutMs, label: `Sections with ${count} feeds`});
		const deadline = performance.now() + 15_000;
		while (codeCacheFile(cacheDir) === null) {
			if (performance.now() > deadline) throw new Error(`the reader saved no compiled code in ${cacheDir} within 15 s`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		await quit(app);
	} finally {
		await app.kill();
	}
}

const describe = runs => ({
	firstMs: round1(median(runs.map(run => run.first))),
	allMs: round1(median(runs.map(run => run.all))),
	floor: {ms: round1(median(runs.map(run => run.floor))), samples: runs.map(run => round1(run.floor))},
	load: {max: Math.max(...runs.map(run => run.load)), samples: runs.map(run => run.load)},
	peakRss: Math.max(...runs.map(run => run.rss ?? 0)) || null,
	runs: runs.map(run => ({firstMs: round1(run.first), allMs: round1(run.all), rss: run.rss})),
});

/** Cold starts (each on a new empty cache folder) and warm starts (on one with compiled code), each after a floor sample. */
export async function feedsFirstFrame(dirs, count, {coldRuns = 5, warmRuns = 7, timeoutMs = 30_000, log = () => undefined} = {}) {
	const paired = async start => {
		const load = load1();
		const floor = await floorSample();
		return {...(await start()), floor, load};
	};
	const cold = [];
	for (let i = 0; i < coldRuns; i++) {
		const run = await paired(() => startOnce(dirs, count, tempDir('cache'), timeoutMs));
		log(`  ${count} feeds cold #${i + 1}: first ${Math.round(run.first)} ms, all listed ${Math.round(run.all)} ms (floor ${Math.round(run.floor)} ms)`);
		cold.push(run);
	}
	const warmCache = tempDir('cache');
	await saveCompiledCode(dirs, count, warmCache, timeoutMs);
	const warm = [];
	for (let i = 0; i < warmRuns; i++) {
		const run = await paired(() => startOnce(dirs, count, warmCache, timeoutMs));
		log(`  ${count} feeds warm #${i + 1}: first ${Math.round(run.first)} ms, all listed ${Math.round(run.all)} ms (floor ${Math.round(run.floor)} ms)`);
		warm.push(run);
	}
	return {count, cold: describe(cold), warm: describe(warm)};
}

/** The reader on `dirs`, refreshing as it starts (any archive is stale at 0 minutes): for the keys measured meanwhile. */
export const launchRefreshing = (dirs, cacheDir) => launch(dirs, cacheDir, '0');
