/**
 * One 'abort' listener per caller signal, however many fetches share it. A refresh hands one
 * signal to a thousand fetches; a listener each would pile up on it (Node warns past ten) and
 * stay there until the signal aborts, long after most fetches ended.
 */

/** Listeners on caller signals, kept in one set per signal. */
export interface AbortHub {
	/** Calls `listener` when `signal` aborts; returns the function that stops listening. */
	on(signal: AbortSignal | undefined, listener: () => void): () => void;
}

const nothing = (): void => undefined;

/** A hub with no listeners yet. */
export function createAbortHub(): AbortHub {
	const bySignal = new WeakMap<AbortSignal, Set<() => void>>();
	return {
		on(signal, listener) {
			if (signal === undefined || signal.aborted) return nothing;
			let listeners = bySignal.get(signal);
			if (listeners === undefined) {
				const created = new Set<() => void>();
				bySignal.set(signal, created);
				signal.addEventListener(
					'abort',
					() => {
						bySignal.delete(signal);
						for (const each of created) each();
					},
					{once: true},
				);
				listeners = created;
			}
			const set = listeners;
			set.add(listener);
			return () => void set.delete(listener);
		},
	};
}
