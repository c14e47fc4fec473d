/**
 * CPU work of a refresh, one piece per turn of the event loop. Dozens of feeds finish fetching
 * together, and parsing or merging one is milliseconds of synchronous work: run as they came, a key
 * pressed meanwhile waited behind all of them (a median 59 ms while 1,000 feeds refreshed). Queued
 * here, a key waits behind one piece at most; the work is no slower, since it shares one thread
 * either way (docs/performance.md#feeds).
 */

/** Runs `job` when the pieces queued before it are done, each in a turn of its own. */
export type Turns = <T>(job: () => T) => Promise<T>;

/** A queue of synchronous pieces of work, one run per turn of the event loop. */
export function createTurns(): Turns {
	const waiting: (() => void)[] = [];
	let running = false;
	const next = (): void => {
		const job = waiting.shift();
		if (!job) {
			running = false;
			return;
		}
		job();
		// setImmediate: after the I/O (a key on stdin) that came in meanwhile, and without a timer's 1 ms.
		setImmediate(next);
	};
	return job =>
		new Promise((resolve, reject) => {
			waiting.push(() => {
				try {
					resolve(job());
				} catch (error) {
					reject(error);
				}
			});
			if (!running) {
				running = true;
				setImmediate(next);
			}
		});
}
