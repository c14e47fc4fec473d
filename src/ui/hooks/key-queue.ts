import {useEffect, useRef} from 'react';

/**
 * Keys the reader's own loop reads for a screen that takes typing or a choice (the add-feed prompt,
 * the Yes/No menu, the link menu). The loop hands a key over the moment the screen is on the stack,
 * before that screen has even mounted; the screen takes them once it has, the early ones first, so no
 * key is lost whatever the timing (an Ink input only hears keys once its effect has run).
 */
export interface KeyQueue {
	/** Unique to this queue: its screen is drawn with it as React's key, so a screen asked again starts afresh. */
	readonly id: number;
	/** Gives a key to the screen, or keeps it until the screen listens. */
	readonly push: (key: string) => void;
	/** Listens, after taking the keys kept so far; the returned function stops listening. */
	readonly take: (listener: (key: string) => void) => () => void;
	/** The screen has gone (its Enter answered): keys kept after that one, and any later, go back to the reader. */
	readonly close: () => void;
}

/** Enough for a long pasted URL; a runaway stream must not grow without end. */
const MAX_KEPT = 4096;

let made = 0;

/** A queue with no listener yet; `spill` is the reader's own handling, for keys typed after the screen went. */
export function createKeyQueue(spill: (key: string) => void = () => undefined): KeyQueue {
	let kept: string[] = [];
	let listener: ((key: string) => void) | null = null;
	let closed = false;
	made += 1;
	return {
		id: made,
		push: key => {
			if (closed) spill(key);
			else if (listener) listener(key);
			else if (kept.length < MAX_KEPT) kept.push(key);
		},
		take: next => {
			const early = kept;
			kept = [];
			listener = next;
			// One at a time: a kept Enter may close the screen, and the keys after it are the reader's.
			for (const key of early) (closed ? spill : next)(key);
			return () => {
				if (listener === next) listener = null;
			};
		},
		close: () => {
			closed = true;
		},
	};
}

/** Calls `onKey` (the latest one rendered) with each key the queue hands this screen. */
export function useQueuedKeys(queue: KeyQueue, onKey: (key: string) => void): void {
	const handler = useRef(onKey);
	handler.current = onKey;
	useEffect(() => queue.take(key => handler.current(key)), [queue]);
}
