// The feeds part of `npm run bench`: a loopback server of seeded feeds (scripts/feed-server.mjs, 50 ms per
// answer), newsterm's `refresh` against a minimal Node script at each size, cold and unchanged; then,
// on the archive the largest size's refresh left, the reader's first frame and its keys while a refresh
// runs. Each part is a step of its own: one that fails is recorded and the others still run.
// Environment: BENCH_FEEDS_SIZES (sizes and repeats, default `200x3,1000x1`), BENCH_FEEDS_HOSTS (ports
// the feeds are spread over, default 50), BENCH_PRESSES (keys while refreshing: three times as many).
import {ITEMS} from './feed-docs.mjs';
import {startFeedServer} from './feed-server.mjs';
import {refreshSeries} from './bench-feeds-refresh.mjs';
import {RSS_METHOD} from './bench-feeds-run.mjs';
import {feedsFirstFrame} from './bench-feeds-start.mjs';
import {keysWhileRefreshing} from './bench-feeds-keys.mjs';

/** Milliseconds each answer of the server is held back, as a distant server's would be. */
export const DELAY_MS = 50;

/** `200x3,1000x1` as [{size: 200, repeats: 3}, {size: 1000, repeats: 1}]; a size alone runs once. */
export function parseSizes(text) {
	return text
		.split(',')
		.filter(Boolean)
		.map(part => {
			const [size, repeats = '1'] = part.split('x');
			const parsed = {size: Number(size), repeats: Number(repeats)};
			if (!(Number.isInteger(parsed.size) && parsed.size > 0 && Number.isInteger(parsed.repeats) && parsed.repeats > 0)) {
				throw new Error(`BENCH_FEEDS_SIZES: "${part}" is not SIZE or SIZExREPEATS`);
			}
			return parsed;
		});
}

/**
 * Runs the feeds part, each piece through `step(name, run)` (bench.mjs's: logs, times, records a
 * failure and returns undefined). Returns what goes into the results under `feeds`.
 */
export async function benchFeeds(step, log, {presses = 20} = {}) {
	const sizes = parseSizes(process.env.BENCH_FEEDS_SIZES || '200x3,1000x1');
	const hosts = Number(process.env.BENCH_FEEDS_HOSTS || 50);
	const largest = Math.max(...sizes.map(entry => entry.size));
	const feeds = {items: ITEMS, delayMs: DELAY_MS, hosts, rssMethod: RSS_METHOD, refresh: []};
	const server = await step(`feeds: server of ${largest} feeds x ${ITEMS} items`, async () => {
		const started = performance.now();
		const running = await startFeedServer({feeds: largest, delayMs: DELAY_MS, hosts});
		let total = 0;
		for (let n = 0; n < largest; n++) total += running.feedBytes(n);
		log(`  rendered in ${Math.round(performance.now() - started)} ms: ${(total / 1e6).toFixed(1)} MB of feeds`);
		feeds.feedBytes = {perFeed: Math.round(total / largest), perItem: Math.round(total / largest / ITEMS)};
		return running;
	});
	if (!server) return feeds;
	try {
		let dirs = null;
		for (const {size, repeats} of sizes) {
			const series = await step(`feeds: refresh ${size} feeds, ${repeats} round${repeats === 1 ? '' : 's'}`, () => refreshSeries(server, size, repeats, log));
			if (series) feeds.refresh.push(series.figures);
			if (series && size === largest) dirs = series.dirs;
		}
		if (dirs) {
			feeds.firstFrame = await step(`feeds: first frame with ${largest} feeds archived`, () => feedsFirstFrame(dirs, largest, {log}));
			feeds.keys = await step(`feeds: keys while ${largest} feeds refresh`, () =>
				keysWhileRefreshing(dirs, largest, server, {presses: presses * 3, changed: Math.ceil(largest / 4), log}),
			);
		}
	} finally {
		await server.close();
	}
	return feeds;
}
