import {useEffect, useRef} from 'react';

/**
 * Keys the reader's own loop reads for a screen that takes typing or a choice (the add-feed prompt,
 * the Yes/No menu, the link menu). The loop hands a key over the moment the screen is on the stack,
 * before that screen has even mounted; the screen takes them once it has, the early ones first, so no
 * key is lost whatever the timing (an Ink input only hears keys once its effect has run).
 */
export interface KeyQueue {
	/** Gives a key to the screen, or keeps it until the screen listens. */
	readonly push: (key: string) => void;
	/** Listens, after taking the keys kept so far; the returned function stops listening. */
	readonly take: (listener: (key: string) => void) => () => void;
}

/** Enough for a long pasted URL; a runaway stream must not grow without end. */
const MAX_KEPT = 4096;

/** A queue with no listener yet. */
export function createKeyQueue(): KeyQueue {
	let kept: string[] = [];
	let listener: ((key: string) => void) | null = null;
	return {
		push: key => {
			if (listener) listener(key);
			else if (kept.length < MAX_KEPT) kept.push(key);
		},
		take: next => {
			const early = kept;
			kept = [];
			listener = next;
			for (const key of early) next(key);
			return () => {
				if (listener === next) listener = null;
			};
		},
	};
}

/** Calls `onKey` (the latest one rendered) with each key the queue hands this screen. */
export function useQueuedKeys(queue: KeyQueue, onKey: (key: string) => void): void {
	const handler = useRef(onKey);
	handler.current = onKey;
	useEffect(() => queue.take(key => handler.current(key)), [queue]);
}
