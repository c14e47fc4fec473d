/** `newsterm feeds [--json]`, and the feed titles `list --json` gives its feed items. */
import {splitId} from '../../core/article/index.js';
import type {FeedsContext} from './context.js';
import type {Streams} from './streams.js';
import {feedRows, feedsTable} from './table.js';

/**
 * Prints every subscription: `--json` as `{url, title, section, items, unread, lastFetched,
 * status, error}` rows, else the table (fitted to a terminal). No feeds prints nothing on stdout,
 * so `newsterm feeds | wc -l` counts them, and a hint on stderr.
 */
export async function feedsCommand(json: boolean, feeds: FeedsContext, io: Streams): Promise<number> {
	const rows = feedRows(feeds.subscriptions(), await feeds.archive.listings(), feeds.store.snapshot().read);
	if (json) {
		await io.out(`${JSON.stringify(rows, null, 2)}\n`);
		return 0;
	}
	if (rows.length === 0) {
		io.err('No feeds yet: newsterm add <url>, or newsterm import <file.opml>\n');
		return 0;
	}
	await io.out(`${feedsTable(rows, io.columns)}\n`);
	return 0;
}

/** The title of the feed an article id belongs to, or null for a folder article (or a feed no longer subscribed). */
export async function feedTitleOf(feeds: FeedsContext): Promise<(id: string) => string | null> {
	const listings = await feeds.archive.listings();
	const byKey = new Map(feeds.subscriptions().map(feed => [feed.key, feed]));
	return id => {
		const [source] = splitId(id);
		if (!source.startsWith('@')) return null;
		const key = source.slice(1);
		const feed = byKey.get(key);
		if (!feed) return null;
		const title = listings.get(key)?.title;
		return title ? title : feed.title;
	};
}
