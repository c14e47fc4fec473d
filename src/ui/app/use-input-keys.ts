import {useCallback, useMemo, useRef} from 'react';
import type {top} from '../../core/reader/index.js';
import {createKeyQueue, type KeyQueue} from '../hooks/index.js';

type Screen = ReturnType<typeof top>;

/** What the App's key loop and its drawing share for the screens that take typing or a choice. */
interface InputKeys {
	/** The queue of the screen on top, made for it when it is first seen (by a key or a frame). */
	readonly queueFor: (screen: Screen) => KeyQueue;
	/** Hands the key to the screen on top if it takes it; false leaves it to the reader. */
	readonly route: (screen: Screen, key: string) => boolean;
	/** The screen is leaving: keys still kept for it, and later ones, go back to `reader`. */
	readonly close: (screen: Screen) => void;
}

/**
 * The add-feed prompt, the Yes/No menu and the link menu read their keys from the reader's loop, which
 * listens all along: an Ink input listens only from the effect after its first frame, and the keys
 * typed (or pasted) in between were lost. Each screen on the stack gets its own queue, so keys meant
 * for one never reach another that is going; Esc and Ctrl+C stay the reader's (cancel, quit).
 */
export function useInputKeys(reader: (key: string) => void): InputKeys {
	const queues = useRef(new WeakMap<Screen, KeyQueue>());
	const spill = useRef(reader);
	spill.current = reader;
	const queueFor = useCallback((screen: Screen): KeyQueue => {
		let queue = queues.current.get(screen);
		if (!queue) {
			queue = createKeyQueue(key => spill.current(key));
			queues.current.set(screen, queue);
		}
		return queue;
	}, []);
	const route = useCallback(
		(screen: Screen, key: string): boolean => {
			if (!takesKeys(screen) || key === 'escape' || key === 'ctrl+c') return false;
			queueFor(screen).push(key);
			return true;
		},
		[queueFor],
	);
	const close = useCallback((screen: Screen): void => queues.current.get(screen)?.close(), []);
	return useMemo(() => ({queueFor, route, close}), [queueFor, route, close]);
}

/** Whether the screen types or chooses through the reader's loop (`|`'s prompt still reads through Ink). */
function takesKeys(screen: Screen): boolean {
	return (screen.kind === 'prompt' && screen.purpose === 'addFeed') || screen.kind === 'confirm' || screen.kind === 'linkMenu';
}
