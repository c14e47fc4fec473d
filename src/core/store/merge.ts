/**
 * The reading state in memory, with a change time per id so that two processes' states merge
 * without losing an update: the later change of each id wins, including taking a mark or a bookmark
 * off (kept as a tombstone). Pure; shared by the file-backed store and the memory store.
 */
import type {StoreSnapshot} from './reading-store.js';
import type {Bookmark} from '../article/index.js';
import type {BookmarkRecord} from './bookmarks.js';
import {ReadSet} from './read-set.js';
import {joinId, splitId} from '../article/index.js';
import type {Stamp} from './marks.js';
import {type Place, PlaceBook, type PlaceRecord} from './places.js';
import {FeedBook, type FeedRecord, type Subscription} from './subscriptions.js';

/** True when change `a` beats change `b`; on equal times "on" wins so every process picks the same. */
function beats(a: Stamp, b: Stamp): boolean {
	const ta = Math.abs(a);
	const tb = Math.abs(b);
	return ta > tb || (ta === tb && a > 0 && b < 0);
}

// Both sides' JSON decides between two different bookmarks changed in the same second. Every
// write merges all bookmarks back from the file, so the usual case (the same bookmark) is kept cheap.
function bookmarkBeats(a: BookmarkRecord, b: BookmarkRecord): boolean {
	if (a.t !== b.t) return a.t > b.t;
	if (!a.bookmark || !b.bookmark) return a.bookmark !== null && b.bookmark === null;
	if (sameBookmark(a.bookmark, b.bookmark)) return false;
	return JSON.stringify(a.bookmark) > JSON.stringify(b.bookmark);
}

function sameBookmark(a: Bookmark, b: Bookmark): boolean {
	return a.id === b.id && a.title === b.title && a.section === b.section && a.updated === b.updated && a.teaser === b.teaser && a.at === b.at;
}

/** Read marks, bookmarks, reading places and subscriptions with their change times; `now` arguments are whole seconds. */
export class ReadingState {
	readonly #marks = new Map<string, Map<string, Stamp>>();
	readonly #read = new ReadSet();
	readonly #bookmarks = new Map<string, BookmarkRecord>();
	readonly #touched = new Set<string>();
	#bookmarksTouched = false;
	readonly #places = new PlaceBook();
	readonly #feeds = new FeedBook();
	#snapshot: StoreSnapshot | null = null;
	// Kept apart from the snapshot: most changes are read marks and leave the bookmarks as they were.
	#bookmarkView: ReadonlyMap<string, Bookmark> | null = null;

	/** Marks an article read or unread; returns false when nothing changed. */
	setRead(id: string, read: boolean, now: number): boolean {
		const [folder, name] = splitId(id);
		const previous = this.#marks.get(folder)?.get(name);
		if (previous === undefined ? !read : previous > 0 === read) return false;
		// Strictly later than the change it replaces, so a quick toggle is never a tie.
		const time = previous === undefined ? now : Math.max(now, Math.abs(previous) + 1);
		this.#setMark(folder, name, read ? time : -time);
		return true;
	}

	/** Adds or replaces a bookmark; returns false when the same bookmark is already there. */
	putBookmark(bookmark: Bookmark, now: number): boolean {
		const previous = this.#bookmarks.get(bookmark.id);
		if (previous?.bookmark && sameBookmark(previous.bookmark, bookmark)) return false;
		this.#setBookmark({id: bookmark.id, t: later(now, previous), bookmark: {...bookmark}});
		return true;
	}

	/** Removes a bookmark, leaving a tombstone; returns false when there was none. */
	removeBookmark(id: string, now: number): boolean {
		const previous = this.#bookmarks.get(id);
		if (!previous?.bookmark) return false;
		this.#setBookmark({id, t: later(now, previous), bookmark: null});
		return true;
	}

	/** Records where an article was left, or drops it (`null`); returns false when nothing changed. */
	setPlace(id: string, place: Place | null, now: number): boolean {
		if (!this.#places.set(id, place, now)) return false;
		this.#snapshot = null;
		return true;
	}

	/** Merges one reading place from elsewhere; returns true when the visible state changed. */
	mergePlace(record: PlaceRecord): boolean {
		const changed = this.#places.merge(record);
		if (this.#places.touched) this.#snapshot = null;
		return changed;
	}

	/** Every reading place, tombstones included. */
	placeRecords(): IterableIterator<PlaceRecord> {
		return this.#places.records();
	}

	/** Adds or replaces a subscription; returns false when nothing changed or the file could not hold it. */
	putFeed(feed: Subscription, now: number): boolean {
		return this.#setFeed(feed.key, feed, now);
	}

	/** Ends a subscription, leaving a tombstone; returns false when there was none. */
	removeFeed(key: string, now: number): boolean {
		return this.#setFeed(key, null, now);
	}

	/** Merges one subscription record from elsewhere; returns true when the visible state changed. */
	mergeFeed(record: FeedRecord): boolean {
		if (!this.#feeds.merge(record)) return false;
		this.#snapshot = null;
		return true;
	}

	/** Every subscription record, tombstones included. */
	feedRecords(): IterableIterator<FeedRecord> {
		return this.#feeds.records();
	}

	#setFeed(key: string, feed: Subscription | null, now: number): boolean {
		if (!this.#feeds.set(key, feed, now)) return false;
		this.#snapshot = null;
		return true;
	}

	/** Merges one mark from elsewhere; returns true when the visible state changed. */
	mergeMark(id: string, stamp: Stamp): boolean {
		const [folder, name] = splitId(id);
		return this.#merge(folder, name, stamp);
	}

	/** `mergeMark` for a name read from a folder of the file, without splitting the id again. */
	mergeFolderMark(folder: string, name: string, stamp: Stamp): boolean {
		// A name with a slash would belong to another folder: take the general path.
		if (name.includes('/')) return this.mergeMark(joinId(folder, name), stamp);
		return this.#merge(folder, name, stamp);
	}

	#merge(folder: string, name: string, stamp: Stamp): boolean {
		const previous = this.#marks.get(folder)?.get(name);
		if (previous !== undefined && !beats(stamp, previous)) return false;
		const wasRead = previous !== undefined && previous > 0;
		this.#setMark(folder, name, stamp);
		return wasRead !== stamp > 0;
	}

	/** Merges one bookmark record from elsewhere; returns true when the visible state changed. */
	mergeBookmark(record: BookmarkRecord): boolean {
		const previous = this.#bookmarks.get(record.id);
		if (previous && !bookmarkBeats(record, previous)) return false;
		this.#setBookmark(record);
		return Boolean(previous?.bookmark) || record.bookmark !== null;
	}

	/** Folders that hold marks (read or tombstoned). */
	folders(): IterableIterator<string> {
		return this.#marks.keys();
	}

	/** One folder's marks as `[name, stamp]`. */
	folderMarks(folder: string): Iterable<readonly [string, Stamp]> {
		return this.#marks.get(folder)?.entries() ?? [];
	}

	/** Every bookmark record, tombstones included. */
	bookmarkRecords(): IterableIterator<BookmarkRecord> {
		return this.#bookmarks.values();
	}

	/** True when the folder changed since `clearTouched` (by a local change or a merge). */
	isTouched(folder: string): boolean {
		return this.#touched.has(folder);
	}

	/** True when anything changed since `clearTouched`. */
	hasChanges(): boolean {
		return this.#touched.size > 0 || this.#bookmarksTouched || this.#places.touched || this.#feeds.touched;
	}

	/** Called once the state is safely written. */
	clearTouched(): void {
		this.#touched.clear();
		this.#bookmarksTouched = false;
		this.#places.touched = false;
		this.#feeds.touched = false;
	}

	/** The visible state; the same object until something changes. */
	snapshot(): StoreSnapshot {
		if (!this.#bookmarkView) {
			const bookmarks = [...this.#bookmarks.values()].flatMap(r => (r.bookmark ? [r.bookmark] : []));
			bookmarks.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
			this.#bookmarkView = new Map(bookmarks.map(b => [b.id, b]));
		}
		this.#snapshot ??= {read: this.#read.view(), bookmarks: this.#bookmarkView, places: this.#places.view(), feeds: this.#feeds.view()};
		return this.#snapshot;
	}

	#setMark(folder: string, name: string, stamp: Stamp): void {
		let names = this.#marks.get(folder);
		if (!names) this.#marks.set(folder, (names = new Map()));
		names.set(name, stamp);
		this.#read.set(folder, name, stamp > 0);
		this.#touched.add(folder);
		this.#snapshot = null;
	}

	#setBookmark(record: BookmarkRecord): void {
		this.#bookmarks.set(record.id, record);
		this.#bookmarksTouched = true;
		this.#snapshot = null;
		this.#bookmarkView = null;
	}
}

function later(now: number, previous: BookmarkRecord | undefined): number {
	return previous === undefined ? now : Math.max(now, previous.t + 1);
}
