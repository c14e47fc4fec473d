// Refresh figures at one size: newsterm's `refresh` and the minimal script, cold (nothing fetched yet)
// and unchanged (a second run: every feed answers 304), against the same loopback server, interleaved
// (minimal, newsterm; then newsterm, minimal on the next repeat) so a change in the machine's load
// falls on both sides of each ratio. Each repeat starts from new folders and a new state file.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {BIN, load1, median, tempDir} from './bench-util.mjs';
import {minimalRefresh, newstermDirs, newstermRefresh, timeNode} from './bench-feeds-run.mjs';

const KINDS = ['cold', 'unchanged'];

/** Subscribes newsterm in `dirs` to the first `size` feeds with `newsterm import FILE` (not timed). */
async function subscribe(dirs, opmlFile, size) {
	const run = await timeNode([BIN, 'import', opmlFile], {env: dirs});
	if (run.code !== 0) throw new Error(`newsterm import exited ${run.code}: ${run.err || run.out}`);
	if (!run.out.includes(`${size} feed`)) throw new Error(`newsterm import did not say it imported ${size} feeds: ${run.out}`);
}

/** Throws unless the server saw what the run should have sent: one request per feed, all conditional and answered 304 when unchanged. */
function checkCounts(who, kind, size, counts) {
	if (counts.requests !== size) throw new Error(`${who} ${kind} at ${size}: the server saw ${counts.requests} requests, not ${size}`);
	if (kind === 'unchanged' && who === 'minimal' && counts.notModified !== size) {
		throw new Error(`minimal unchanged at ${size}: ${counts.notModified} of ${size} answered 304`);
	}
}

/** The median and every run of one side and kind, with the server's counters per run. */
function describe(runs) {
	const counts = runs.map(run => run.counts);
	const ms = runs.map(run => run.ms);
	return {
		ms: median(ms),
		samples: ms,
		peakRss: Math.max(...runs.map(run => run.peakRss ?? 0)) || null,
		counts: counts.at(-1),
		notModifiedAll: counts.every(count => count.notModified === count.requests),
		conditionalAll: counts.every(count => count.conditional === count.requests),
		said: runs.at(-1).out.split('\n').at(-1),
	};
}

/**
 * `repeats` interleaved rounds at `size` feeds. Returns the figures, and the folders of the last
 * newsterm round (their archive holds `size` feeds x 50 items), for the measurements that follow.
 */
export async function refreshSeries(server, size, repeats, log) {
	const work = tempDir('feeds-list');
	const opmlFile = join(work, 'feeds.opml');
	writeFileSync(opmlFile, await (await fetch(server.opmlUrl(size))).text());
	const urlsFile = join(work, 'urls.txt');
	writeFileSync(urlsFile, `${server.urls.slice(0, size).join('\n')}\n`);
	const runs = {minimal: {cold: [], unchanged: []}, newsterm: {cold: [], unchanged: []}};
	const loads = [];
	let dirs = null;
	for (let i = 0; i < repeats; i++) {
		dirs = newstermDirs();
		await subscribe(dirs, opmlFile, size);
		const stateFile = join(work, `state-${i}.json`);
		const order = i % 2 === 0 ? ['minimal', 'newsterm'] : ['newsterm', 'minimal'];
		for (const kind of KINDS) {
			loads.push(load1());
			for (const who of order) {
				const run = who === 'minimal' ? await minimalRefresh(urlsFile, stateFile, server) : await newstermRefresh(dirs, server);
				checkCounts(who, kind, size, run.counts);
				runs[who][kind].push(run);
				log(`  ${size} ${kind} #${i + 1} ${who}: ${Math.round(run.ms)} ms${run.peakRss ? `, peak ${Math.round(run.peakRss / 2 ** 20)} MB` : ''}`);
			}
		}
	}
	const figures = {size, repeats, load: {max: Math.max(...loads), samples: loads}};
	for (const kind of KINDS) {
		const minimal = describe(runs.minimal[kind]);
		const newsterm = describe(runs.newsterm[kind]);
		figures[kind] = {minimal, newsterm, ratio: newsterm.ms / minimal.ms};
	}
	return {figures, dirs};
}
