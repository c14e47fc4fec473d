/**
 * Feed subscriptions as the store keeps them. The store holds what the user chose (which feeds,
 * under which section); what a fetch learns (items, ETags, errors) lives in the archive
 * (io/archive), so a refresh never rewrites the config file unless a feed moved for good.
 *
 * One entry per key with the time of its last change (seconds), merged like reading places: the
 * later change wins, and an ended subscription stays as a tombstone (`feed: null`) so another
 * process's older write cannot bring it back. In the file: `feeds: {<key>: {url, title, section,
 * added, t}}`, a tombstone as `{t}` alone. Pure.
 */
import {decodeById} from './fields.js';

/** One feed the user subscribed to. */
export interface Subscription {
	/**
	 * The feed's key: 10 characters of `[0-9a-z]` hashed from the URL it was first added with
	 * (core/article `feedSource` without its `@`). Its items' ids start `@<key>/`. It never changes,
	 * so a feed that moves (a permanent redirect) keeps its items' read marks and bookmarks.
	 */
	readonly key: string;
	/** Where the feed is fetched from now (absolute http or https). */
	readonly url: string;
	/** The feed's title as last fetched, or as the OPML file named it. */
	readonly title: string;
	/** The section the user chose (`--section`, an OPML category); null lists the feed under its title. */
	readonly section: string | null;
	/** When it was added, milliseconds since the epoch: `feeds` lists in this order. */
	readonly added: number;
}

/** A subscription with the time of its last change; `feed: null` records that it was ended. */
export interface FeedRecord {
	readonly key: string;
	readonly t: number;
	readonly feed: Subscription | null;
}

const KEY = /^[0-9a-z]{10}$/;
const URL_START = /^https?:\/\//i;

/** Whether the fields can be written to the file and read back: what `decodeFeeds` accepts. */
function isValid(key: string, url: unknown, title: unknown, section: unknown, added: unknown): boolean {
	return (
		KEY.test(key) &&
		typeof url === 'string' &&
		URL_START.test(url) &&
		typeof title === 'string' &&
		(section === null || typeof section === 'string') &&
		Number.isSafeInteger(added)
	);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** Reads the `feeds` object; a malformed entry is dropped alone and counted in `problems`. */
export function decodeFeeds(value: unknown, problems: string[]): FeedRecord[] {
	return decodeById(value, 'feeds', 'subscription', problems, (key, entry): FeedRecord | null => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
		const {url, title, section, added, t} = entry as Record<string, unknown>;
		if (!isTime(t) || !KEY.test(key)) return null;
		if (url === undefined && title === undefined && section === undefined && added === undefined) return {key, t, feed: null};
		if (!isValid(key, url, title, section, added)) return null;
		return {key, t, feed: {key, url: url as string, title: title as string, section: section as string | null, added: added as number}};
	});
}

/** The `feeds` object to write, keys and fields in a fixed order so unchanged content serializes identically. */
export function encodeFeeds(records: Iterable<FeedRecord>): Record<string, unknown> {
	const sorted = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const out: Record<string, unknown> = Object.create(null);
	for (const {key, t, feed} of sorted) out[key] = feed ? {url: feed.url, title: feed.title, section: feed.section, added: feed.added, t} : {t};
	return out;
}

const sameFeed = (a: Subscription | null, b: Subscription | null): boolean =>
	a === b || (a !== null && b !== null && a.key === b.key && a.url === b.url && a.title === b.title && a.section === b.section && a.added === b.added);

/** True when `a` wins over `b`: the later change; in the same second a feed over a tombstone, then by content, so every process picks the same. */
function feedBeats(a: FeedRecord, b: FeedRecord): boolean {
	if (a.t !== b.t) return a.t > b.t;
	if (!a.feed || !b.feed) return a.feed !== null && b.feed === null;
	return !sameFeed(a.feed, b.feed) && JSON.stringify(encodeFeeds([a])) > JSON.stringify(encodeFeeds([b]));
}

/** Every key's subscription with its change time. */
export class FeedBook {
	readonly #records = new Map<string, FeedRecord>();
	#view: ReadonlyMap<string, Subscription> | null = null;
	/** Set by any change until the state is written. */
	touched = false;

	/**
	 * Adds or replaces a subscription (`feed`), or ends the one with `key` (`feed` null); returns false
	 * when nothing changed. A subscription the file could not hold (a malformed key or URL) is
	 * refused, so nothing is written that the next read would drop as damage.
	 */
	set(key: string, feed: Subscription | null, now: number): boolean {
		if (feed && (feed.key !== key || !isValid(key, feed.url, feed.title, feed.section, feed.added))) return false;
		const previous = this.#records.get(key);
		if (sameFeed(previous?.feed ?? null, feed)) return false;
		// Strictly later than the change it replaces, so a quick change is never a tie.
		const t = previous === undefined ? now : Math.max(now, previous.t + 1);
		this.#put({key, t, feed: feed && {key, url: feed.url, title: feed.title, section: feed.section, added: feed.added}});
		return true;
	}

	/** Merges one record from elsewhere; returns true when the visible subscriptions changed. */
	merge(record: FeedRecord): boolean {
		const previous = this.#records.get(record.key);
		if (previous && !feedBeats(record, previous)) return false;
		this.#put(record);
		return !sameFeed(previous?.feed ?? null, record.feed);
	}

	/** Every record, tombstones included. */
	records(): IterableIterator<FeedRecord> {
		return this.#records.values();
	}

	/** The subscriptions in effect by key, oldest first; the same object until something changes. */
	view(): ReadonlyMap<string, Subscription> {
		if (!this.#view) {
			const feeds = [...this.#records.values()].flatMap(r => (r.feed ? [r.feed] : []));
			feeds.sort((a, b) => a.added - b.added || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
			this.#view = new Map(feeds.map(feed => [feed.key, feed]));
		}
		return this.#view;
	}

	#put(record: FeedRecord): void {
		this.#records.set(record.key, record);
		this.#view = null;
		this.touched = true;
	}
}
