/**
 * The clocks of one fetch, all ending in one abort: the total time for the whole chain of
 * redirects, the wait for an answer's headers, and the gap between two pieces of a body. fetch has
 * no idle timeout, and clearing a timer once headers arrive would let a slow body run on forever.
 */

/** Which clock (or who) stopped a fetch. */
export type StopCause = 'total' | 'answer' | 'idle' | 'caller';

/** The abort signal for a fetch and the clocks that fire it. */
export interface Watchdog {
	readonly signal: AbortSignal;
	/** What stopped the fetch, or null while nothing has. */
	cause(): StopCause | null;
	/** Restarts the per-step clock: waiting for an answer, or for the next piece of a body. */
	arm(ms: number, cause: 'answer' | 'idle'): void;
	/** Stops every clock and aborts whatever is still open; call on every way out. */
	end(): void;
}

/** A watchdog whose total clock starts now; a `caller` signal that aborts stops it too. */
export function createWatchdog(totalMs: number, caller: AbortSignal | undefined): Watchdog {
	const controller = new AbortController();
	let stoppedBy: StopCause | null = null;
	let step: ReturnType<typeof setTimeout> | undefined;
	const stop = (cause: StopCause): void => {
		stoppedBy ??= cause;
		controller.abort();
	};
	const total = setTimeout(() => stop('total'), totalMs);
	const onCaller = (): void => stop('caller');
	caller?.addEventListener('abort', onCaller, {once: true});
	if (caller?.aborted) stop('caller');
	return {
		signal: controller.signal,
		cause: () => stoppedBy,
		arm(ms, cause) {
			clearTimeout(step);
			step = setTimeout(() => stop(cause), ms);
		},
		end() {
			clearTimeout(step);
			clearTimeout(total);
			caller?.removeEventListener('abort', onCaller);
			// Aborting after a body was read in full is harmless; after anything else it frees the socket.
			controller.abort();
		},
	};
}
