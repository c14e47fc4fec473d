/**
 * A set of listeners told when something changed: the scan's publications, the body loader's
 * finished loads, and the reading store's outside changes, which React reads through
 * `useSyncExternalStore`.
 */

/** Listeners to tell of a change. `subscribe` uses no `this`, so it may be passed on as it is. */
export interface Listeners {
	/** Adds `listener`; returns the function that removes it. */
	subscribe(listener: () => void): () => void;
	/**
	 * Calls each listener that was subscribed when the call began and still is. One that throws does
	 * not keep the others from being told; the first error is thrown again once they all have been.
	 */
	notify(): void;
	/** Removes every listener. */
	clear(): void;
}

/** An empty set of listeners. */
export function createListeners(): Listeners {
	const listeners = new Set<() => void>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		notify() {
			// A copy, checked as it goes: a listener subscribed during the round waits for the next one (and
			// cannot make this one endless), and one removed during it is not called.
			let failed = false;
			let failure: unknown;
			for (const listener of [...listeners]) {
				if (!listeners.has(listener)) continue;
				try {
					listener();
				} catch (error) {
					if (!failed) failure = error;
					failed = true;
				}
			}
			if (failed) throw failure;
		},
		clear() {
			listeners.clear();
		},
	};
}
