import type {Bookmark} from '../article/index.js';
import type {Place} from './places.js';
import type {Subscription} from './subscriptions.js';

/** What the reader keeps between runs: read marks, bookmarks, reading places and feed subscriptions. */
export interface StoreSnapshot {
	/** Ids of articles marked read. */
	readonly read: ReadonlySet<string>;
	/** Bookmarks by article id, each with its snapshot. */
	readonly bookmarks: ReadonlyMap<string, Bookmark>;
	/** Where half-read articles were left, by id. */
	readonly places: ReadonlyMap<string, Place>;
	/** Feed subscriptions by key, oldest `added` first. */
	readonly feeds: ReadonlyMap<string, Subscription>;
}

/**
 * Persistence behind a small interface: conf-backed in the app (src/io/store/conf-store.ts), in memory for
 * tests (test/doubles/memory-store.ts). Mutations apply to memory at once and are written later, off the
 * key path; `flush` writes synchronously and is called on every exit path.
 */
export interface ReadingStore {
	snapshot(): StoreSnapshot;
	setRead(id: string, read: boolean): void;
	putBookmark(bookmark: Bookmark): void;
	removeBookmark(id: string): void;
	/** Records where an article was left (`null` drops it: read to the end, or marked read or unread). */
	setPlace(id: string, place: Place | null): void;
	/**
	 * Adds a subscription, or replaces the one with its key (a new title, section or URL). One the file
	 * could not hold (a key that is not 10 of `[0-9a-z]`, a URL that is not http or https) is ignored.
	 */
	putFeed(feed: Subscription): void;
	/** Ends a subscription; its items' read marks and bookmarks stay. */
	removeFeed(key: string): void;
	/** Writes pending changes now (synchronously). Never throws; failures show in `status`. */
	flush(): void;
	/** Called when the persisted state changes from outside (another process), or saving starts or stops failing; returns an unsubscribe. */
	subscribe(listener: () => void): () => void;
	/** Messages for the user: a damaged file moved aside, a save that failed and is being retried. */
	status(): StoreStatus;
	/** Stops timers and watchers after a final flush. */
	close(): void;
}

/** What the store has to tell the user. */
export interface StoreStatus {
	/** One-time notices, e.g. "config.json was damaged; moved aside to config.json.corrupt-…". */
	readonly notices: readonly string[];
	/** Set while the last write failed (or the file could not be read); cleared when a retry succeeds. */
	readonly saveError: string | null;
	/** While `saveError` is set: what is only in memory, for the user to be told on exit. Null when nothing is. */
	readonly unsaved: UnsavedChanges | null;
}

/** Changes made since the last successful write, and the file they should have gone to. */
interface UnsavedChanges {
	/** Articles whose read mark changed. */
	readonly read: number;
	/** Articles bookmarked or unbookmarked. */
	readonly bookmarks: number;
	/** Feeds subscribed to, changed or ended. */
	readonly feeds: number;
	readonly path: string;
	/** Why the last write failed, in a few words. */
	readonly reason: string;
}
