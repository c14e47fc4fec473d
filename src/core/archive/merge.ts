/**
 * A fetched feed folded into its archive: new items added, known ones updated in place (keeping
 * when they were first seen, and marked revised when their text changed), items the feed no longer
 * lists kept for offline reading until they age out. Pure.
 */
import {joinId, splitId} from '../article/index.js';
import type {FeedDoc, FeedItem} from '../feeds/index.js';
import type {ArchivedFeed, ArchivedItem} from './types.js';

/**
 * Per feed, at most this many items are kept.
 * @internal Tests use it; the program does not.
 */
export const KEEP_ITEMS = 1000;
/**
 * An item the feed no longer lists is kept this long after it was first seen.
 * @internal Tests use it; the program does not.
 */
export const KEEP_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The id an item has in this feed: the slug from its identity, under the feed's own key. */
function itemId(key: string, item: FeedItem): string {
	return joinId(`@${key}`, splitId(item.id)[1]);
}

function archived(key: string, item: FeedItem, now: number, before: ArchivedItem | undefined): ArchivedItem {
	const html = item.contentHtml ?? item.summaryHtml;
	// Compared whole: string equality is a memory compare, where hashing every item's text cost a refresh ~8%.
	const changed = before !== undefined && (before.title !== item.title || before.html !== html);
	const next: ArchivedItem = {
		id: itemId(key, item),
		title: item.title,
		link: item.link,
		author: item.author,
		published: item.published,
		html,
		summaryOnly: item.contentHtml === null,
		seen: before?.seen ?? now,
		revised: (before?.revised ?? false) || changed,
	};
	// Reader mode's text belongs to the page, not the feed's copy: kept while the item is unchanged.
	return before?.full && !changed ? {...next, full: before.full} : next;
}

/**
 * Newest first by date; undated items after dated ones, newest seen first. Ties keep the order they
 * come in (the sort is stable): the feed's own order, then the archive's.
 */
function compareItems(a: ArchivedItem, b: ArchivedItem): number {
	if (a.published !== b.published) {
		if (a.published === null) return 1;
		if (b.published === null) return -1;
		return a.published < b.published ? 1 : -1;
	}
	return b.seen - a.seen;
}

/**
 * Folds `doc`, fetched from `url` at `now`, into `feed`. An item is kept while it is among the
 * newest `KEEP_ITEMS` and either still in the feed or seen within `KEEP_DAYS`; an item `keep` says
 * yes to (a bookmark) is never dropped.
 */
export function mergeFetched(feed: ArchivedFeed, doc: FeedDoc, url: string, now: number, keep: (id: string) => boolean): ArchivedFeed {
	const known = new Map(feed.items.map(item => [item.id, item]));
	const current = new Map<string, ArchivedItem>();
	for (const item of doc.items) {
		const id = itemId(feed.key, item);
		if (!current.has(id)) current.set(id, archived(feed.key, item, now, known.get(id)));
	}
	const all = [...current.values()];
	for (const item of feed.items) if (!current.has(item.id)) all.push(item);
	all.sort(compareItems);
	const items = retain(all, id => current.has(id), now, keep);
	return {...feed, url, title: doc.title, link: doc.link, items};
}

/** The items the archive keeps, in their order. */
function retain(items: readonly ArchivedItem[], listed: (id: string) => boolean, now: number, keep: (id: string) => boolean): ArchivedItem[] {
	const oldest = now - KEEP_DAYS * DAY_MS;
	const out: ArchivedItem[] = [];
	for (const item of items) {
		const young = listed(item.id) || item.seen >= oldest;
		if ((out.length < KEEP_ITEMS && young) || keep(item.id)) out.push(item);
	}
	return out;
}
