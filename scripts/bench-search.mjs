// The search part of `npm run bench` (`--only search`): at each corpus size, the index in-process
// (build time, memory, the time from a key to the results for each key of a typed query), `newsterm
// search` building its cache and using it, the reader in the pty (a key typed after `/` to the results
// on screen), and the first frame with and without a search cache present (it must not change).
import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync, renameSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {BIN, REPO, median, round1, screens, tempDir} from './bench-util.mjs';
import {waitReady} from './bench-keys.mjs';
import {spawnNode, timeTo} from './bench-startup.mjs';

/** The core search bundled for the in-process figures. */
async function coreBundle() {
	const outfile = join(tempDir('search-core'), 'core.mjs');
	await build({entryPoints: [join(REPO, 'src/core/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error'});
	return outfile;
}

/** The in-process figures, from a process of their own so the heap holds the index alone. */
function inProcess(core, dir) {
	const run = spawnSync(process.execPath, ['--expose-gc', join(REPO, 'scripts/bench-search-index.mjs'), core, dir], {
		encoding: 'utf8',
		timeout: 600_000,
		maxBuffer: 1 << 26,
	});
	if (run.status !== 0) throw new Error(`bench-search-index failed: ${run.stderr}`);
	return JSON.parse(run.stdout);
}

/** `newsterm search` once on an empty search cache (it builds and saves the index) and once more on it. */
function cli(dir, env) {
	const time = () => {
		const started = performance.now();
		execFileSync(process.execPath, [BIN, 'search', 'harbour', '--articles', dir], {env: {...process.env, ...env}, stdio: 'ignore', timeout: 900_000});
		return round1(performance.now() - started);
	};
	execFileSync(process.execPath, [BIN, 'list', '--articles', dir], {env: {...process.env, ...env}, stdio: 'ignore', timeout: 600_000});
	return {buildMs: time(), cachedMs: time()};
}

const SEARCH = rows => /newsterm › Search/.test(rows[0] ?? '');

/** In the reader: `/`, then each key of `harbour`, timed to the frame that shows its results. */
async function readerKeys(dir, count, env) {
	const app = spawnNode([BIN, '--articles', dir], env);
	try {
		await waitReady(app, count, 300_000);
		await app.key('/', {until: SEARCH});
		// The cached index is loaded behind the first frame; typing is timed once it is complete.
		await app.waitFor(rows => SEARCH(rows) && (rows[2] ?? '').includes('Type words'), {timeoutMs: 300_000, label: 'the complete index'});
		const keys = [];
		let typed = '';
		for (const char of 'harbour') {
			typed += char;
			const shown = typed;
			const result = await app.key(char, {until: rows => (rows[1] ?? '').includes(`/ ${shown}`) && /\d+ articles?/.test(rows[2] ?? '')});
			keys.push({text: shown, ms: round1(result.latencyMs)});
		}
		// For comparison, a key that only moves the selection (no query): what drawing a frame costs here.
		const moves = [];
		for (let i = 0; i < 5; i++) moves.push(round1((await app.key('\x1b[B', {until: rows => (rows[0] ?? '').includes(`${i + 2}/`)})).latencyMs));
		return {keys, medianMs: median(keys.map(key => key.ms)), maxMs: Math.max(...keys.map(key => key.ms)), downMs: median(moves), peakRss: app.peakRss()};
	} finally {
		await app.kill();
	}
}

/** The first Sections frame on a warm list cache, with the search cache present and moved aside, alternated. */
async function firstFrames(dir, count, env, runs = 5) {
	const searchFile = join(env.NEWSTERM_CACHE_DIR, readdirSync(env.NEWSTERM_CACHE_DIR).find(name => name.startsWith('search-')) ?? 'none');
	const once = async () => {
		const app = spawnNode([BIN, '--articles', dir], env);
		try {
			return await timeTo(app, screens.sections, {timeoutMs: 60_000, label: `Sections at ${count}`});
		} finally {
			await app.kill();
		}
	};
	const withCache = [];
	const without = [];
	for (let i = 0; i < runs; i++) {
		withCache.push(await once());
		renameSync(searchFile, `${searchFile}.aside`);
		try {
			without.push(await once());
		} finally {
			renameSync(`${searchFile}.aside`, searchFile);
		}
	}
	return {
		withSearchCacheMs: round1(median(withCache)),
		withoutMs: round1(median(without)),
		runs: {withCache: withCache.map(round1), without: without.map(round1)},
	};
}

/** The whole search part over the corpora given (count → folder). */
export async function benchSearch(step, log, corpora) {
	const core = await coreBundle();
	const results = [];
	for (const [count, dir] of corpora) {
		const env = {NEWSTERM_CONFIG_DIR: join(tempDir('config'), 'config'), NEWSTERM_CACHE_DIR: tempDir('cache')};
		const index = await step(`search index in-process at ${count}`, () => inProcess(core, dir));
		if (index)
			log(
				`  build ${index.buildMs} ms, heap +${index.heapMB} MB, buffers +${index.arrayBuffersMB} MB, typed key max ${Math.max(...index.queries.map(q => q.maxMs))} ms`,
			);
		const command = await step(`newsterm search at ${count}`, () => cli(dir, env));
		if (command) log(`  first ${command.buildMs} ms, cached ${command.cachedMs} ms`);
		const reader = await step(`search keys in the reader at ${count}`, () => readerKeys(dir, count, env));
		if (reader) log(`  key to results: median ${reader.medianMs} ms, max ${reader.maxMs} ms`);
		const first = await step(`first frame with and without a search cache at ${count}`, () => firstFrames(dir, count, env));
		if (first) log(`  first frame ${first.withSearchCacheMs} ms with, ${first.withoutMs} ms without`);
		results.push({count, index, command, reader, firstFrame: first});
	}
	return results;
}
