// `npm run bench`: newsterm's performance figures in a real 100x30 pty, each beside its target, printed
// as a table and written to bench-results/latest.json. Run after `node scripts/build.mjs`.
// Environment: BENCH_PRESSES (repeats per key, default 20), BENCH_FINAL_TIMEOUT_MS (longest wait for a
// scan to finish, default 45000), BENCH_SIZES (corpus sizes, default 1000,10000,100000); the feeds part's
// in scripts/bench-feeds.mjs. `--only feeds`, `--only folders`, `--only search` or `--only start` (the
// node floor and the first frames of the folder part, nothing else) runs one part (and writes
// bench-results/latest-<part>.json instead); the
// search part (scripts/bench-search.mjs) runs at 10,000 and 100,000 articles (BENCH_SEARCH_SIZES).
import {mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {APP_ENV, BIN, REPO, ensureCorpus, median, removeTempDirs, round1, tempDir} from './bench-util.mjs';
import {articleKeys, listKeys, waitReady} from './bench-keys.mjs';
import {formatTable, tableRows} from './bench-report.mjs';
import {benchFeeds} from './bench-feeds.mjs';
import {killRefreshes} from './bench-feeds-run.mjs';
import {benchSelect} from './bench-select.mjs';
import {benchSearch} from './bench-search.mjs';
import {makeLargeStore} from './bench-store.mjs';
import {firstFrame, nodeFloor} from './bench-startup.mjs';
import {killAll, spawnPty} from './pty-driver.mjs';

const presses = Number(process.env.BENCH_PRESSES || 20);
const finalTimeoutMs = Number(process.env.BENCH_FINAL_TIMEOUT_MS || 45_000);
const sizes = (process.env.BENCH_SIZES || '1000,10000,100000').split(',').map(Number);
const log = text => process.stderr.write(`${text}\n`);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? null : (process.argv[onlyAt + 1] ?? '');
if (only !== null && !['feeds', 'folders', 'search', 'start'].includes(only)) {
	log('usage: node scripts/bench.mjs [--only feeds|folders|search|start]');
	process.exit(2);
}
const started = performance.now();
// Other work on the machine shows in every timing: the load averages say how busy it was.
const results = {
	date: new Date().toISOString(),
	node: process.version,
	cpus: cpus().length,
	loadBefore: loadavg(),
	pty: '100x30',
	presses,
	failures: [],
	startup: [],
};

// Children are killed and temp folders removed however the run ends.
const cleanUp = () => {
	killAll();
	killRefreshes();
	removeTempDirs();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

/** Runs one step; a failure is recorded (with the screen, in its message) and the run goes on. */
async function step(name, run) {
	log(`${name}…`);
	const started = performance.now();
	try {
		return await run();
	} catch (error) {
		log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
		results.failures.push({step: name, error: error instanceof Error ? error.message : String(error)});
		return undefined;
	} finally {
		log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
	}
}

/** Runs the app in the pty on `dir`; `env` adds the store and cache folders. */
const launch = (args, env) => spawnPty(process.execPath, [BIN, ...args], {cols: 100, rows: 30, env: {...APP_ENV, ...env}});

/** Ends a session with Ctrl+C (the app's quit-from-anywhere), then makes sure it is gone. */
async function quit(app) {
	app.press('\x03');
	await Promise.race([app.exited, new Promise(resolve => setTimeout(resolve, 3000))]);
	await app.kill();
}

/** List keys in one run, article keys in a second run opened on `articleId`; peak RSS of the first. */
async function keySession(dir, count, articleId, {configDir, withRead = false}) {
	const env = {NEWSTERM_CONFIG_DIR: configDir ?? join(tempDir('config'), 'config'), NEWSTERM_CACHE_DIR: tempDir('cache')};
	const list = launch(['--articles', dir], env);
	let figures;
	let rss;
	try {
		await waitReady(list, count, finalTimeoutMs);
		figures = await listKeys(list, {presses, withRead});
		rss = list.peakRss();
		await quit(list);
	} finally {
		await list.kill();
	}
	const reader = launch(['open', articleId, '--articles', dir], env);
	try {
		Object.assign(figures, await articleKeys(reader, {presses}));
		await quit(reader);
	} finally {
		await reader.kill();
	}
	return {...figures, peakRss: rss};
}

/** The longest of the first files of a section: an article that scrolls for several screens. */
function longArticle(dir, section) {
	const files = readdirSync(join(dir, section))
		.filter(name => name.endsWith('.txt'))
		.sort()
		.slice(0, 500);
	const longest = files.reduce(
		(best, name) => (statSync(join(dir, section, name)).size > best.size ? {name, size: statSync(join(dir, section, name)).size} : best),
		{name: files[0], size: -1},
	);
	return `${section}/${longest.name.slice(0, -4)}`;
}

/** The folder part: corpora, first frames, keys, the large store and the reference list. */
async function folders() {
	const corpora = new Map();
	for (const count of sizes) {
		const corpus = await step(`corpus of ${count}`, () => ensureCorpus(count));
		if (corpus) corpora.set(count, corpus.dir);
		if (corpus?.generated) log(`  generated in ${(corpus.ms / 1000).toFixed(1)} s`);
	}
	results.nodeFloor = await step('node floor', () => nodeFloor(7));
	for (const [count, dir] of corpora) {
		const start = await step(`first frame at ${count}`, () => firstFrame(dir, count, {finalTimeoutMs}));
		if (start) results.startup.push(start);
	}
	if (only === 'start') return;
	const dir10k = corpora.get(10_000);
	if (dir10k) {
		const keys = await step('keys at 10k', () => keySession(dir10k, 10_000, longArticle(dir10k, 'sec01'), {}));
		if (keys) [results.keys10k, results.peakRss10k] = [keys, keys.peakRss];
	}
	results.keysBundled = await step('keys in the bundled articles', () => keySession(join(REPO, 'articles'), null, 'world/us-not-there-yet', {}));
	if (dir10k) {
		results.store = await step('large store at 10k', async () => {
			const file = await makeLargeStore({reads: 100_000, bookmarks: 1000});
			log(`  store: ${file.bytes} bytes, written in ${Math.round(file.ms)} ms`);
			const keys = await keySession(dir10k, 10_000, longArticle(dir10k, 'sec02'), {configDir: file.dir, withRead: true});
			return {file: {bytes: file.bytes, reads: file.reads, bookmarks: file.bookmarks, writeMs: Math.round(file.ms)}, keys};
		});
	}
	results.selectInput = await step('ink-select-input reference', () => benchSelect({presses}));
}

try {
	if (only === 'search') {
		const corpora = new Map();
		for (const count of (process.env.BENCH_SEARCH_SIZES || '10000,100000').split(',').map(Number)) corpora.set(count, (await ensureCorpus(count)).dir);
		results.search = await benchSearch(step, log, corpora);
		results.nodeFloor = {ms: Number.NaN};
	} else if (only === 'feeds') results.nodeFloor = await step('node floor', () => nodeFloor(7));
	else await folders();
	if (only === null || only === 'feeds') results.feeds = await benchFeeds(step, log, {presses});
	if (only === null) {
		const corpora = new Map(
			[10_000, 100_000].filter(count => sizes.includes(count)).map(count => [count, join(tmpdir(), `newsterm-bench-corpus-${count}`, 'articles')]),
		);
		results.search = await benchSearch(step, log, corpora);
	}
	const warm10k = results.startup.find(start => start.count === 10_000)?.warm;
	if (warm10k) results.peakRss10kWarm = median(warm10k.runs.map(run => run.rss).filter(rss => rss !== null));
	results.loadAfter = loadavg();
	results.elapsedS = round1((performance.now() - started) / 1000);
	const rows = tableRows({...results, nodeFloor: results.nodeFloor ?? {ms: NaN}});
	results.table = rows;
	process.stdout.write(`\n${formatTable(rows)}\n`);
	mkdirSync(join(REPO, 'bench-results'), {recursive: true});
	const file = only === null ? 'latest.json' : `latest-${only}.json`;
	writeFileSync(join(REPO, 'bench-results', file), `${JSON.stringify(results, null, 2)}\n`);
	log(
		`\nwrote bench-results/${file} (${results.elapsedS} s; load ${results.loadBefore.map(n => n.toFixed(1)).join(' ')} before, ${results.loadAfter.map(n => n.toFixed(1)).join(' ')} after)`,
	);
} finally {
	cleanUp();
}
