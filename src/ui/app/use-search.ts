import {type MutableRefObject, useCallback, useMemo, useRef, useSyncExternalStore} from 'react';
import {reduce, type State} from '../../core/reader/index.js';
import type {SearchControl, SearchProgress} from '../../core/search/index.js';

/** What the App hands the search screen, and what it tells the search of each key. */
interface SearchGlue {
	readonly props: {readonly progress: SearchProgress | null; readonly onQuery: (query: string) => void};
	/** Sees each key before the reader handles it. */
	readonly onKey: (key: string) => void;
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

const never = (): (() => void) => () => undefined;

/**
 * The search's part of the App: its progress, followed only while the search is on screen (an index
 * growing behind another screen must not redraw it), and the typed query into the state. Ctrl+N and
 * Ctrl+P move through the results; ink-text-input would also type their letter, so the query's
 * change that comes with them, from the same read of stdin, is dropped.
 */
export function useSearch(search: SearchControl | undefined, shown: boolean, stateRef: MutableRefObject<State>, setState: (state: State) => void): SearchGlue {
	const subscribe = useMemo(() => (search && shown ? search.subscribe : never), [search, shown]);
	const progress = useSyncExternalStore(subscribe, () => search?.progress() ?? null);
	const swallow = useRef(false);
	const onQuery = useCallback(
		(query: string): void => {
			if (swallow.current) return;
			// The input shows its value as it is: a pasted control character must not reach the terminal.
			const next = reduce(stateRef.current, {type: 'search', query: query.replace(CONTROLS, '')});
			stateRef.current = next;
			setState(next);
		},
		[stateRef, setState],
	);
	const onKey = useCallback((key: string): void => {
		if (key !== 'ctrl+n' && key !== 'ctrl+p') return;
		swallow.current = true;
		setImmediate(() => {
			swallow.current = false;
		});
	}, []);
	return useMemo(() => ({props: {progress, onQuery}, onKey}), [progress, onQuery, onKey]);
}
