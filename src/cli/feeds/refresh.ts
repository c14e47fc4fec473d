/** `newsterm refresh [--json]`: fetch every subscription into the archive, for cron or before a flight. */
import {plural, sanitizeText} from '../../core/text/index.js';
import {type FeedReport, refreshFeeds} from '../../io/feeds/index.js';
import type {FeedsContext} from './context.js';
import type {Streams} from './streams.js';

const failed = (report: FeedReport): boolean => report.outcome === 'error' || report.outcome === 'gone';

/**
 * The summary line: `Refreshed 40 feeds: 35 updated (120 new items), 3 unchanged, 2 failed`.
 * Feeds not fetched because their server said they are still fresh count as unchanged; feeds
 * whose server asked to wait (Retry-After) are named apart, only when there are some.
 */
function refreshSummary(reports: readonly FeedReport[]): string {
	const count = (test: (report: FeedReport) => boolean): number => reports.filter(test).length;
	const updated = reports.filter(report => report.outcome === 'updated');
	const added = updated.reduce((sum, report) => sum + report.added, 0);
	const unchanged = count(report => report.outcome === 'unchanged' || report.outcome === 'fresh');
	const waiting = count(report => report.outcome === 'waiting');
	const parts = [`${updated.length} updated (${plural(added, 'new item')})`, `${unchanged} unchanged`];
	if (waiting > 0) parts.push(`${waiting} waiting (their servers asked to wait)`);
	parts.push(`${count(failed)} failed`);
	return `Refreshed ${plural(reports.length, 'feed')}: ${parts.join(', ')}`;
}

/**
 * Refreshes every subscription. On a terminal stderr shows `3/40 feeds` on one line as they end
 * (cleared at the end, so nothing of it stays in a log); then one line per failing feed and the
 * summary, or the reports with `--json`. Exit 1 when any feed failed, else 0.
 */
export async function refreshCommand(json: boolean, feeds: FeedsContext, io: Streams, now: () => number = Date.now): Promise<number> {
	const subscriptions = feeds.subscriptions();
	if (subscriptions.length === 0) {
		if (json) await io.out('[]\n');
		else io.err('No feeds to refresh: newsterm add <url>, or newsterm import <file.opml>\n');
		return 0;
	}
	const total = subscriptions.length;
	const progress = io.stderrIsTTY ? (done: number): void => io.err(`\r${done}/${total} feeds`) : null;
	progress?.(0);
	const deps = {fetcher: feeds.fetcher(), archive: feeds.archive, store: feeds.store, now};
	const reports = await refreshFeeds(subscriptions, deps, (_report, done) => progress?.(done));
	if (progress) io.err('\r\x1b[K');
	if (json) {
		await io.out(`${JSON.stringify(reports, null, 2)}\n`);
	} else {
		// Titles and reasons come from feeds and servers: inert before they reach the terminal.
		const lines = reports.filter(failed).map(report => `${sanitizeText(report.title)}: ${sanitizeText(report.error ?? report.outcome)}\n`);
		await io.out(`${lines.join('')}${refreshSummary(reports)}\n`);
	}
	return reports.some(failed) ? 1 : 0;
}
