/**
 * Subscribed feeds as a source of articles, read from the archive: listing reads the listing
 * file, opening reads one feed's file (the last few are kept, since a reader moves within a feed).
 */
import {type ArchivedFeed, feedArticles, sectionOf} from '../../core/archive/index.js';
import {splitId} from '../../core/article/index.js';
import type {ArticleSource} from '../../core/library/index.js';
import type {Subscription} from '../../core/store/index.js';
import type {Archive} from '../archive/index.js';

/** How many feeds' files are kept parsed in memory. */
const KEPT_FEEDS = 4;

/** The feeds source: its articles, and a way to forget a feed's file after a refresh wrote it. */
export interface FeedSource extends ArticleSource {
	/** Drops what is held of a feed (or of all, without a key), so the next open reads the new file. */
	forget(key?: string): void;
}

/** A source over `archive` for the subscriptions `feeds()` gives at each call. */
export function createFeedSource(archive: Archive, feeds: () => readonly Subscription[]): FeedSource {
	const kept = new Map<string, Promise<ArchivedFeed | null>>();
	const feedFile = (key: string): Promise<ArchivedFeed | null> => {
		let file = kept.get(key);
		if (!file) {
			file = archive.readFeed(key);
			kept.set(key, file);
			for (const old of kept.keys()) if (kept.size > KEPT_FEEDS) kept.delete(old);
		}
		return file;
	};
	return {
		async scan(onBatch) {
			const articles = feedArticles(feeds(), await archive.listings());
			if (articles.length > 0) onBatch?.(articles);
			return {articles, skipped: []};
		},
		async open(id) {
			const key = splitId(id)[0].slice(1);
			const subscription = feeds().find(feed => feed.key === key);
			if (!subscription) return {ok: false, error: 'its feed is no longer subscribed'};
			const feed = await feedFile(key);
			// Loaded on the first open: the HTML parser it brings is no part of the first frame.
			const {itemArticle} = await import('../../core/item/index.js');
			const article = feed ? itemArticle(feed, id, sectionOf(subscription)) : null;
			return article ? {ok: true, article} : {ok: false, error: 'it is no longer in the archive'};
		},
		forget(key) {
			if (key === undefined) kept.clear();
			else kept.delete(key);
		},
	};
}
