/**
 * The reading store kept with conf: memory first, the file written later and merged with whatever
 * another newsterm process wrote meanwhile. Nothing here throws: failures become `status()`.
 */
import {type Place, type ReadingStore, type StoreSnapshot, type StoreStatus, StoreSync, type Subscription} from '../../core/store/index.js';
import type {Bookmark} from '../../core/article/index.js';
import {createListeners} from '../../core/async/index.js';
import {StoreDisk} from './disk.js';
import {LockBusyError} from './lock.js';
import {describeError, removeLeftovers} from './file.js';
import {readInto, type ReadOutcome} from './read.js';
import {type ChangeKind, StatusBox} from './status.js';
import {StoreTimers} from './timers.js';

/** Where and how the store works; everything but `dir` is for tests. */
export interface ConfStoreOptions {
	/** Folder of `config.json`; undefined means conf's folder `~/.config/newsterm/`. */
	readonly dir?: string;
	/** Clock in milliseconds. */
	readonly now?: () => number;
	/** Delay between a change and its write. */
	readonly debounceMs?: number;
	/** First delay before retrying a failed write; doubles up to 30 s. */
	readonly retryMs?: number;
	/** How often the file is checked for writes by other processes. */
	readonly watchIntervalMs?: number;
	/** Age after which another process's lock is broken. */
	readonly lockStaleMs?: number;
	/** When the user last pressed a key (by `now`'s clock): writes wait for a pause in the keys. */
	readonly lastInputAt?: () => number;
}

/** Opens the store (reading it now, synchronously) and starts watching the file. */
export function openConfStore(options: ConfStoreOptions = {}): ReadingStore {
	return new ConfStore(options);
}

class ConfStore implements ReadingStore {
	readonly #sync = new StoreSync();
	readonly #disk: StoreDisk;
	readonly #now: () => number;
	readonly #timers: StoreTimers;
	readonly #listeners = createListeners();
	readonly #status: StatusBox;
	#dirty = false;
	#stopWatching: (() => void) | null = null;
	readonly #watchIntervalMs: number;

	constructor(options: ConfStoreOptions) {
		this.#now = options.now ?? Date.now;
		this.#watchIntervalMs = options.watchIntervalMs ?? 1000;
		const staleMs = options.lockStaleMs ?? 4000;
		this.#disk = new StoreDisk(options.dir, staleMs);
		this.#status = new StatusBox(() => this.#disk.path);
		this.#timers = new StoreTimers(options.debounceMs ?? 300, options.retryMs ?? 1000, () => this.#write(500), options.lastInputAt, this.#now);
		try {
			this.#disk.withLock(staleMs + 500, () => {
				removeLeftovers(this.#disk.path);
				this.#readFile();
			});
			this.#watch();
		} catch (error) {
			const reason = describeError(error);
			this.#status.notice(`Could not read ${this.#disk.path} (${reason}); changes are kept in memory for now.`);
			// Every write reads the file first, so it fails the same way: say so before the first change is lost.
			this.#status.saveError(reason);
		}
	}

	snapshot(): StoreSnapshot {
		return this.#sync.state.snapshot();
	}

	setRead(id: string, read: boolean): void {
		if (this.#sync.state.setRead(id, read, this.#seconds())) this.#changed('read', id);
	}

	putBookmark(bookmark: Bookmark): void {
		if (this.#sync.state.putBookmark(bookmark, this.#seconds())) this.#changed('bookmark', bookmark.id);
	}

	removeBookmark(id: string): void {
		if (this.#sync.state.removeBookmark(id, this.#seconds())) this.#changed('bookmark', id);
	}

	setPlace(id: string, place: Place | null): void {
		if (this.#sync.state.setPlace(id, place, this.#seconds())) this.#changed();
	}

	putFeed(feed: Subscription): void {
		if (this.#sync.state.putFeed(feed, this.#seconds())) this.#changed('feed', feed.key);
	}

	removeFeed(key: string): void {
		if (this.#sync.state.removeFeed(key, this.#seconds())) this.#changed('feed', key);
	}

	flush(): void {
		this.#timers.cancel();
		// On exit a lock held by a hung process must become stale rather than cost the changes.
		this.#write(this.#disk.staleMs + 500);
	}

	subscribe(listener: () => void): () => void {
		return this.#listeners.subscribe(listener);
	}

	status(): StoreStatus {
		return this.#status.get();
	}

	close(): void {
		this.flush();
		this.#timers.stop();
		this.#stopWatching?.();
		this.#stopWatching = null;
	}

	/** Something in memory differs from the file: the user's change (`kind`, `id`) or a repair. */
	#changed(kind?: ChangeKind, id?: string): void {
		if (kind && id !== undefined) this.#status.changed(kind, id);
		this.#dirty = true;
		this.#timers.schedule();
	}

	#seconds(): number {
		return Math.max(1, Math.floor(this.#now() / 1000));
	}

	/** Read-merge-write under the lock; returns nothing and never throws. */
	#write(waitMs: number): void {
		if (!this.#dirty) return;
		let changed = false;
		let flipped: boolean;
		try {
			this.#disk.withLock(waitMs, () => {
				// A file still as our last write left it holds nothing new: with 100,000 marks, reading and
				// parsing it again was much of each write (docs/performance.md#store-skip-readback).
				const {file, changed: merged} = this.#disk.isAsWritten() ? {file: this.#sync.lastWritten(), changed: false} : this.#readFile();
				changed = merged;
				const {root, read} = this.#sync.compose(this.#seconds(), file);
				this.#disk.write(root);
				this.#sync.commit(read);
			});
			this.#dirty = false;
			this.#status.saved();
			flipped = this.#status.saveError(null);
			this.#watch();
			this.#timers.succeeded();
		} catch (error) {
			flipped = this.#status.saveError(describeError(error));
			this.#timers.failed();
		}
		// Subscribers redraw on a flip too: the reader's header says "not saved" while writes fail.
		if (changed || flipped) this.#notify();
	}

	/** Reads and merges the file (lock held); a repaired file is rewritten soon. */
	#readFile(): ReadOutcome {
		const outcome = readInto(this.#sync, this.#disk, this.#now(), this.#status);
		if (outcome.repaired) this.#changed();
		return outcome;
	}

	#onExternalWrite(): void {
		try {
			// A short wait only: this runs on the UI's thread.
			const changed = this.#disk.withLock(200, () => this.#readFile().changed);
			if (changed) this.#notify();
		} catch (error) {
			// The poll fires only when the file changes again, so a busy lock needs a second look.
			// Other errors wait for our next write, which reports them.
			if (error instanceof LockBusyError) {
				setTimeout(() => this.#stopWatching && this.#onExternalWrite(), this.#watchIntervalMs).unref();
			}
		}
	}

	#watch(): void {
		if (this.#stopWatching || this.#timers.stopped) return;
		try {
			this.#stopWatching = this.#disk.watch(this.#watchIntervalMs, () => this.#onExternalWrite());
		} catch {
			// Not fatal: other processes' changes then show after our next write.
		}
	}

	#notify(): void {
		try {
			this.#listeners.notify();
		} catch {
			// A failing listener must not stop the store (the others are told all the same).
		}
	}
}
