/**
 * The clocks of one fetch, all ending in one abort: the total time for the whole chain of
 * redirects, the wait for an answer's headers, and the gap between two pieces of a body. fetch has
 * no idle timeout, and clearing a timer once headers arrive would let a slow body run on forever.
 */

/** Which clock (or who) stopped a fetch. */
type StopCause = 'total' | 'answer' | 'idle' | 'caller';

/** The abort signal for a fetch and the clocks that fire it (the caller's own signal is wired in by io/http/fetcher.ts). */
export interface Watchdog {
	readonly signal: AbortSignal;
	/** What stopped the fetch, or null while nothing has. */
	cause(): StopCause | null;
	/** Whether a body was being read when the fetch failed (the idle clock was the last armed). */
	readingBody(): boolean;
	/** Restarts the per-step clock: waiting for an answer, or for the next piece of a body. */
	arm(ms: number, cause: 'answer' | 'idle'): void;
	/** Stops the fetch because its caller gave up. */
	cancel(): void;
	/** Stops every clock and aborts whatever is still open; call on every way out. */
	end(): void;
}

/** A watchdog whose total clock starts now. */
export function createWatchdog(totalMs: number): Watchdog {
	const controller = new AbortController();
	let stoppedBy: StopCause | null = null;
	let step: ReturnType<typeof setTimeout> | undefined;
	let stepCause: 'answer' | 'idle' | null = null;
	const stop = (cause: StopCause): void => {
		stoppedBy ??= cause;
		controller.abort();
	};
	const total = setTimeout(() => stop('total'), totalMs);
	return {
		signal: controller.signal,
		cause: () => stoppedBy,
		readingBody: () => stepCause === 'idle',
		arm(ms, cause) {
			stepCause = cause;
			clearTimeout(step);
			step = setTimeout(() => stop(cause), ms);
		},
		cancel: () => stop('caller'),
		end() {
			clearTimeout(step);
			clearTimeout(total);
			// Aborting after a body was read in full is harmless; after anything else it frees the socket.
			controller.abort();
		},
	};
}
