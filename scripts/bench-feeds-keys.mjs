// Keys while a refresh runs: the reader starts on a stale archive (so it refreshes as it starts) after
// the server has published a new item in some of the feeds, and `j` and `k` move the Sections cursor
// while the header shows the refresh's progress. A key's latency is the time from writing it to the
// arrival of the output chunk that moved the cursor (the pty driver times every chunk as it arrives):
// the refresh's progress keeps the screen changing, so waiting for output to pause, as
// scripts/bench-keys.mjs does when nothing else draws, would count its frames too.
import {listPosition, median, round1, screens, tempDir} from './bench-util.mjs';
import {launchRefreshing} from './bench-feeds-start.mjs';

/** Whether the header shows a refresh in progress (`12/1000 feeds · 3/1000`). */
const refreshing = rows => /\d+\/\d+ feeds\b/.test(rows[0] ?? '');

/** The value below which `share` of the samples fall (nearest rank), or null. */
export function percentile(values, share) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/**
 * Publishes a new item in the first `changed` feeds, starts the reader refreshing on `dirs`, and
 * presses j and k (at most `presses` times) while the refresh runs. Returns the latencies of the
 * keys whose frame came while it still ran, the refresh's length as seen on screen (null when it
 * outlasts `endWaitMs` after the keys), the server's counters until then, and the reader's peak RSS.
 */
export async function keysWhileRefreshing(dirs, count, server, {presses = 60, changed = 250, gapMs = 25, endWaitMs = 60_000, log = () => undefined} = {}) {
	await server.publish(changed);
	server.takeCounts();
	const app = launchRefreshing(dirs, tempDir('cache'));
	try {
		const shown = await app.waitFor(rows => screens.sections(rows) && refreshing(rows), {
			timeoutMs: 30_000,
			label: `the Sections list with a refresh of ${count} feeds running`,
		});
		const latencies = [];
		let after = 0;
		for (let i = 0; i < presses && refreshing(app.screen()); i++) {
			await app.settle();
			const position = listPosition(app.screen())?.position ?? 1;
			const key = position <= 1 ? 'j' : 'k';
			const expected = key === 'j' ? position + 1 : position - 1;
			const sent = performance.now();
			app.press(key);
			const arrived = await app.waitFor(rows => listPosition(rows)?.position === expected, {
				timeoutMs: 15_000,
				label: `the cursor at ${expected} after ${key}`,
			});
			// A key whose frame came after the refresh ended measured an idle reader: not counted.
			if (refreshing(app.screen())) latencies.push(arrived - sent);
			else after++;
			await new Promise(resolve => setTimeout(resolve, gapMs));
		}
		// The refresh's length is worth knowing, but not worth minutes of the benchmark.
		let ended = null;
		try {
			ended = await app.waitFor(rows => screens.sections(rows) && !refreshing(rows), {timeoutMs: endWaitMs, label: 'the end of the refresh'});
		} catch {
			log(`  the refresh was still running ${Math.round((performance.now() - shown) / 1000)} s after it showed`);
		}
		const counts = server.takeCounts();
		const peakRss = app.peakRss();
		app.press('\x03');
		await Promise.race([app.exited, new Promise(resolve => setTimeout(resolve, 3000))]);
		const sorted = [...latencies].sort((a, b) => a - b);
		const length = ended === null ? null : ended - shown;
		log(
			`  ${latencies.length} keys during the refresh (${after} after it ended); it showed for ${length === null ? 'longer than that' : `${Math.round(length)} ms`}`,
		);
		return {
			count,
			changed,
			latencyMs: {
				median: round1(median(sorted)),
				p95: round1(percentile(sorted, 0.95)),
				max: round1(sorted.at(-1) ?? null),
				n: sorted.length,
			},
			samples: latencies.map(round1),
			keysAfterEnd: after,
			refreshShownMs: round1(length),
			endWaitMs,
			counts,
			peakRss,
			header: (app.screen()[0] ?? '').trim(),
		};
	} finally {
		await app.kill();
	}
}
