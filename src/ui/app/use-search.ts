import {type MutableRefObject, useCallback, useMemo, useRef, useSyncExternalStore} from 'react';
import {reduce, type State, top} from '../../core/reader/index.js';
import type {SearchControl, SearchProgress} from '../../core/search/index.js';

/** What the App hands the search screen, and what it tells the search of each key. */
interface SearchGlue {
	readonly props: {
		readonly progress: SearchProgress | null;
		readonly onQuery: (query: string) => void;
		/** The query the input was last drawn with, once its key handler has it (an effect after the frame). */
		readonly onShown: (query: string) => void;
	};
	/** Sees each key before the reader handles it. */
	readonly onKey: (key: string) => void;
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const never = (): (() => void) => () => undefined;

/**
 * The edit the input made to the value it last had, made to the query as it is now: ink-text-input
 * reads its value from the props its key handler was made with, which Ink renews only after the frame
 * (an effect), so a key typed in between (under load, in a burst) was applied to the query before the
 * last key and lost that key's letter.
 */
function rebase(typed: string, saw: string, current: string): string {
	if (saw === current) return typed;
	if (typed.startsWith(saw)) return current + typed.slice(saw.length);
	if (saw.startsWith(typed)) return current.slice(0, Math.max(0, current.length - (saw.length - typed.length)));
	return typed;
}

/** Whether `typed` is `query` with `letter` put in somewhere: what ink-text-input makes of Ctrl+N or Ctrl+P. */
function withLetter(typed: string, query: string, letter: string): boolean {
	if (typed.length !== query.length + 1) return false;
	for (let i = 0; i < typed.length; i++) if (typed[i] === letter && typed.slice(0, i) + typed.slice(i + 1) === query) return true;
	return false;
}

/**
 * The search's part of the App: its progress, followed only while the search is on screen (an index
 * growing behind another screen must not redraw it), and the typed query into the state. Ctrl+N and
 * Ctrl+P move through the results; ink-text-input also types their letter, and Ink may hand it the
 * key before or after the reader sees it: that one change is recognised by its content and dropped,
 * or taken back.
 */
export function useSearch(search: SearchControl | undefined, shown: boolean, stateRef: MutableRefObject<State>, setState: (state: State) => void): SearchGlue {
	const subscribe = useMemo(() => (search && shown ? search.subscribe : never), [search, shown]);
	const progress = useSyncExternalStore(subscribe, () => search?.progress() ?? null);
	const moveKey = useRef<{readonly letter: string; readonly query: string} | null>(null);
	// The query's last change, until the end of this read of stdin: Ctrl+N's letter may have come first.
	const justChanged = useRef<{readonly from: string; readonly to: string} | null>(null);
	const inputSaw = useRef('');
	const onShown = useCallback((query: string): void => {
		inputSaw.current = query;
	}, []);
	const setQuery = useCallback(
		(query: string): void => {
			const next = reduce(stateRef.current, {type: 'search', query});
			stateRef.current = next;
			setState(next);
		},
		[stateRef, setState],
	);
	const onQuery = useCallback(
		(typed: string): void => {
			const moved = moveKey.current;
			if (moved && withLetter(typed, moved.query, moved.letter)) {
				moveKey.current = null;
				return;
			}
			const screen = top(stateRef.current);
			const current = screen.kind === 'search' ? screen.query : '';
			// The input shows its value as it is: a pasted control character must not reach the terminal.
			const query = rebase(typed, inputSaw.current, current).replace(CONTROLS, '');
			justChanged.current = {from: current, to: query};
			setImmediate(() => {
				justChanged.current = null;
			});
			// At once, not deferred: ink-text-input reads its value from the props of the last render.
			setQuery(query);
		},
		[stateRef, setQuery],
	);
	const onKey = useCallback(
		(key: string): void => {
			const screen = top(stateRef.current);
			if (screen.kind !== 'search') return;
			if (key !== 'ctrl+n' && key !== 'ctrl+p') {
				moveKey.current = null;
				return;
			}
			const letter = key.slice(-1);
			const changed = justChanged.current;
			// Ink gave the input the key first: its letter is in the query already, and comes out again.
			if (changed && changed.to === screen.query && withLetter(changed.to, changed.from, letter)) {
				justChanged.current = null;
				moveKey.current = null;
				setQuery(changed.from);
				return;
			}
			moveKey.current = {letter, query: screen.query};
		},
		[stateRef, setQuery],
	);
	return useMemo(() => ({props: {progress, onQuery, onShown}, onKey}), [progress, onQuery, onShown, onKey]);
}
