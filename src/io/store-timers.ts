/**
 * When the store writes: a short delay after a change (so a burst of key presses costs one write),
 * and after a failure a retry that backs off up to 30 s. Timers are unref'd: a pending write never
 * keeps the process alive, because every exit path calls `flush`.
 */

/** Longest delay between two retries of a failing write. */
export const MAX_RETRY_MS = 30_000;

/** One pending timer at most: the debounced write, or the next retry. */
export class StoreTimers {
	#timer: NodeJS.Timeout | null = null;
	#retryMs = 0;
	#stopped = false;

	constructor(
		readonly debounceMs: number,
		readonly firstRetryMs: number,
		readonly run: () => void,
	) {}

	/** A change happened: write soon, unless a write (or retry) is pending already. */
	schedule(): void {
		if (this.#timer || this.#stopped) return;
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
			this.run();
		}, ms);
		this.#timer.unref();
	}
}
