/**
 * The reading store kept with conf: memory first, the file written later and merged with whatever
 * another newsterm process wrote meanwhile. Nothing here throws: failures become `status()`.
 */
import {basename} from 'node:path';
import type {ReadingStore, StoreSnapshot, StoreStatus} from '../core/store.js';
import type {Bookmark} from '../core/types.js';
import {STORE_VERSION, type DecodedFile} from '../core/store-codec.js';
import {StoreSync} from '../core/store-sync.js';
import {StoreDisk} from './store-disk.js';
import {copyAside, describeError, moveAside, removeLeftovers} from './store-file.js';
import {StoreTimers} from './store-timers.js';

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
	readonly #listeners = new Set<() => void>();
	readonly #notices: string[] = [];
	#saveError: string | null = null;
	#status: StoreStatus | null = null;
	#dirty = false;
	#stopWatching: (() => void) | null = null;
	readonly #watchIntervalMs: number;
	// Problems already reported, so a file that cannot be repaired yet is not reported on every read.
	readonly #reported = new Set<string>();

	constructor(options: ConfStoreOptions) {
		this.#now = options.now ?? Date.now;
		this.#watchIntervalMs = options.watchIntervalMs ?? 1000;
		const staleMs = options.lockStaleMs ?? 4000;
		this.#disk = new StoreDisk(options.dir, staleMs);
		this.#timers = new StoreTimers(options.debounceMs ?? 300, options.retryMs ?? 1000, () => this.#write(500));
		try {
			this.#disk.withLock(staleMs + 500, () => {
				removeLeftovers(this.#disk.path);
				this.#readFile();
			});
			this.#watch();
		} catch (error) {
			this.#notice(`Could not read ${this.#disk.path} (${describeError(error)}); changes are kept in memory for now.`);
		}
	}

	snapshot(): StoreSnapshot {
		return this.#sync.state.snapshot();
	}

	setRead(id: string, read: boolean): void {
		if (this.#sync.state.setRead(id, read, this.#seconds())) this.#changed();
	}

	putBookmark(bookmark: Bookmark): void {
		if (this.#sync.state.putBookmark(bookmark, this.#seconds())) this.#changed();
	}

	removeBookmark(id: string): void {
		if (this.#sync.state.removeBookmark(id, this.#seconds())) this.#changed();
	}

	flush(): void {
		this.#timers.cancel();
		// On exit a lock held by a hung process must become stale rather than cost the changes.
		this.#write(this.#disk.staleMs + 500);
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	status(): StoreStatus {
		this.#status ??= {notices: [...this.#notices], saveError: this.#saveError};
		return this.#status;
	}

	close(): void {
		this.flush();
		this.#timers.stop();
		this.#stopWatching?.();
		this.#stopWatching = null;
	}

	#changed(): void {
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
		try {
			this.#disk.withLock(waitMs, () => {
				const {file, changed: merged} = this.#readFile();
				changed = merged;
				const {root, read} = this.#sync.compose(this.#seconds(), file);
				this.#disk.write(root);
				this.#sync.commit(read);
			});
			this.#dirty = false;
			this.#setSaveError(null);
			this.#watch();
			this.#timers.succeeded();
		} catch (error) {
			this.#setSaveError(`Cannot save ${this.#disk.path}: ${describeError(error)}. Changes are kept in memory; retrying.`);
			this.#timers.failed();
		}
		if (changed) this.#notify();
	}

	/** Reads and merges the file; call with the lock held. Throws when it must not be written over. */
	#readFile(): {readonly file: DecodedFile | null; readonly changed: boolean} {
		const found = this.#disk.read();
		const name = basename(this.#disk.path);
		if (found.kind === 'missing') return {file: null, changed: false};
		if (found.kind === 'damaged') {
			const aside = moveAside(this.#disk.path, this.#now());
			this.#sync.forgetFile();
			this.#notice(`${name} was damaged (${found.reason}); it was moved aside to ${aside} and a new one was started.`);
			this.#changed();
			return {file: null, changed: false};
		}
		const version = found.root['version'];
		if (typeof version === 'number' && version > STORE_VERSION) {
			throw new Error(`${name} was written by a newer newsterm (format ${version})`);
		}
		const {file, changed, problems} = this.#sync.absorb(found.root);
		const fresh = problems.filter((problem) => !this.#reported.has(problem));
		if (fresh.length > 0) {
			for (const problem of fresh) this.#reported.add(problem);
			const copy = copyAside(this.#disk.path, this.#now());
			this.#notice(`${name} had problems: ${problems.join('; ')}. Everything else was kept; the original was copied to ${copy}.`);
		}
		// Rewriting soon drops what could not be read, so the file is whole again.
		if (problems.length > 0) this.#changed();
		return {file, changed};
	}

	#onExternalWrite(): void {
		try {
			// A short wait only: if a writer is busy, its write triggers this again.
			const changed = this.#disk.withLock(200, () => this.#readFile().changed);
			if (changed) this.#notify();
		} catch {
			// Busy or unreadable: look again shortly, since the poll fires only when the file changes.
			setTimeout(() => this.#stopWatching && this.#onExternalWrite(), this.#watchIntervalMs).unref();
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
		for (const listener of [...this.#listeners]) {
			try {
				listener();
			} catch {
				// A failing listener must not stop the others or the store.
			}
		}
	}

	#notice(text: string): void {
		this.#notices.push(text);
		this.#status = null;
	}

	#setSaveError(text: string | null): void {
		if (this.#saveError === text) return;
		this.#saveError = text;
		this.#status = null;
	}
}
