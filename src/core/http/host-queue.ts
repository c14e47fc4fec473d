/**
 * Fetches waiting for a slot: at most `total` running, and at most `perHost` against one host, so
 * a refresh of a thousand feeds neither opens a thousand sockets nor hammers a host that serves
 * fifty of them. A waiting task may be withdrawn (its caller gave up) before it starts.
 */

/** A bounded queue of tasks keyed by host. */
export interface HostQueue {
	/** Queues `start` for `host`; it is called once a slot is free, and must call `done()` once when it ends. Returns a withdraw function. */
	add(host: string, start: (done: () => void) => void): () => void;
}

interface Waiting {
	readonly host: string;
	readonly start: (done: () => void) => void;
}

/** A queue running at most `total` tasks, at most `perHost` of them for one host. */
export function createHostQueue(total: number, perHost: number): HostQueue {
	const waiting: Waiting[] = [];
	const running = new Map<string, number>();
	let active = 0;

	function pump(): void {
		// First in, first out, skipping hosts that are full: one busy host does not hold up the rest.
		for (let i = 0; i < waiting.length && active < total; ) {
			const task = waiting[i]!;
			const count = running.get(task.host) ?? 0;
			if (count >= perHost) {
				i++;
				continue;
			}
			waiting.splice(i, 1);
			active++;
			running.set(task.host, count + 1);
			let ended = false;
			task.start(() => {
				if (ended) return;
				ended = true;
				active--;
				const left = (running.get(task.host) ?? 1) - 1;
				if (left === 0) running.delete(task.host);
				else running.set(task.host, left);
				pump();
			});
		}
	}

	return {
		add(host, start) {
			const task: Waiting = {host, start};
			waiting.push(task);
			pump();
			return () => {
				const index = waiting.indexOf(task);
				if (index !== -1) waiting.splice(index, 1);
			};
		},
	};
}
