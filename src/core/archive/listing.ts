/**
 * What the lists and `newsterm feeds` need of every archived feed, kept in one small file beside the
 * feeds' files: at 1,000 feeds the first frame reads this, not 1,000 files of HTML. It is rebuilt
 * from the feeds' files when missing or damaged. Pure.
 */
import {joinId, type LocalDateTime} from '../article/index.js';
import {ARCHIVE_VERSION} from './codec.js';
import type {ArchivedFeed, FetchState} from './types.js';

/** One item in the listing. */
interface ListedItem {
	readonly id: string;
	readonly title: string;
	readonly published: LocalDateTime | null;
}

/** One feed in the listing. */
export interface FeedListing {
	readonly key: string;
	readonly title: string;
	readonly status: FetchState['status'];
	readonly error: string | null;
	readonly fetched: number | null;
	/** Newest first, as in the feed's file. */
	readonly items: readonly ListedItem[];
}

/** The listing of one archived feed. */
export function listingOf(feed: ArchivedFeed): FeedListing {
	return {
		key: feed.key,
		title: feed.title,
		status: feed.state.status,
		error: feed.state.error,
		fetched: feed.state.fetched,
		items: feed.items.map(item => ({id: item.id, title: item.title, published: item.published})),
	};
}

/** The listing file's text: items as `[slug, title, date]` rows, which halves the file against objects. */
export function encodeListing(feeds: Iterable<FeedListing>): string {
	const rows = [...feeds].map(feed => ({
		key: feed.key,
		title: feed.title,
		status: feed.status,
		error: feed.error,
		fetched: feed.fetched,
		items: feed.items.map(item => [item.id.slice(feed.key.length + 2), item.title, item.published]),
	}));
	return JSON.stringify({version: ARCHIVE_VERSION, feeds: rows});
}

const STATUSES = new Set(['new', 'ok', 'error', 'gone']);
const KEY = /^[0-9a-z]{10}$/;
const SLUG = /^[0-9a-z]{1,13}$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The listing read back; null when the file is damaged as a whole (then it is rebuilt). Bad rows are dropped. */
export function decodeListing(body: string): FeedListing[] | null {
	let root: unknown;
	try {
		root = JSON.parse(body);
	} catch {
		return null;
	}
	if (typeof root !== 'object' || root === null || (root as Record<string, unknown>)['version'] !== ARCHIVE_VERSION) return null;
	const feeds = (root as Record<string, unknown>)['feeds'];
	if (!Array.isArray(feeds)) return null;
	const out: FeedListing[] = [];
	for (const raw of feeds as Record<string, unknown>[]) {
		const {key, title, status, error, fetched, items} = raw ?? {};
		if (typeof key !== 'string' || !KEY.test(key) || typeof title !== 'string' || !Array.isArray(items)) continue;
		const listed: ListedItem[] = [];
		for (const row of items) {
			if (!Array.isArray(row)) continue;
			const [slug, itemTitle, date] = row as unknown[];
			if (typeof slug !== 'string' || !SLUG.test(slug) || typeof itemTitle !== 'string') continue;
			listed.push({id: joinId(`@${key}`, slug), title: itemTitle, published: typeof date === 'string' && LOCAL.test(date) ? date : null});
		}
		out.push({
			key,
			title,
			status: typeof status === 'string' && STATUSES.has(status) ? (status as FetchState['status']) : 'new',
			error: typeof error === 'string' ? error : null,
			fetched: typeof fetched === 'number' && Number.isSafeInteger(fetched) ? fetched : null,
			items: listed,
		});
	}
	return out;
}
