/**
 * When the store writes: a short delay after a change (so a burst of key presses costs one write),
 * put off while the user is pressing keys, and after a failure a retry that backs off up to 30 s.
 * Timers are unref'd: a pending write never keeps the process alive, because every exit path calls
 * `flush`.
 */

/** Longest delay between two retries of a failing write. */
const MAX_RETRY_MS = 30_000;
/**
 * Longest a write waits for the keys to pause. With 100,000 marks a write takes long enough to be
 * felt, the first of a run most of all: opening an article marks it read, and its write landed among
 * the scroll keys that follow (docs/performance.md#store-deferred-writes).
 * @internal Tests use it; the program does not.
 */
export const MAX_DEFER_MS = 5000;
/**
 * How long the keys must have paused before a write goes ahead (a person reading, not paging).
 * @internal Tests use it; the program does not.
 */
export const QUIET_MS = 400;

/** One pending timer at most: the debounced write, or the next retry. */
export class StoreTimers {
	#timer: NodeJS.Timeout | null = null;
	#retryMs = 0;
	#stopped = false;
	#since = 0;

	/** `lastInputAt` is when the user last pressed a key, by `now`'s clock. */
	constructor(
		readonly debounceMs: number,
		readonly firstRetryMs: number,
		readonly run: () => void,
		readonly lastInputAt: () => number = () => -Infinity,
		readonly now: () => number = Date.now,
	) {}

	/** A change happened: write soon, unless a write (or retry) is pending already. */
	schedule(): void {
		if (this.#timer || this.#stopped) return;
		this.#since = this.now();
		this.#start(this.#retryMs || this.debounceMs);
	}

	/** The write failed: try again later, each time waiting longer. */
	failed(): void {
		this.cancel();
		if (this.#stopped) return;
		this.#retryMs = this.#retryMs ? Math.min(this.#retryMs * 2, MAX_RETRY_MS) : this.firstRetryMs;
		this.#start(this.#retryMs);
	}

	/** The write went through: back to the normal delay. */
	succeeded(): void {
		this.#retryMs = 0;
	}

	/** Drops the pending timer (a flush is writing now). */
	cancel(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}

	/** True once `stop` was called. */
	get stopped(): boolean {
		return this.#stopped;
	}

	/** No more timers, ever (the store is closed). */
	stop(): void {
		this.cancel();
		this.#stopped = true;
	}

	#start(ms: number): void {
		this.#timer = setTimeout(() => {
			this.#timer = null;
			const now = this.now();
			const wait = Math.min(this.lastInputAt() + QUIET_MS - now, this.#since + MAX_DEFER_MS - now);
			if (wait > 0) this.#start(wait);
			else this.run();
		}, ms);
		this.#timer.unref();
	}
}
