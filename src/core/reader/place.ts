/**
 * Keeping the reader's place while things change under it. An article's place becomes a store effect
 * when the article leaves the screen, so a later run reopens it at the same sentence; it is recorded
 * on leaving, never per scroll key, since the store writes after a pause in the keys. A list's cursor
 * follows its item when a scan publishes rows above it.
 */
import {anchorAt} from '../layout/index.js';
import {type Library, listRows, UNREAD_LIST} from '../library/index.js';
import {samePlace} from '../store/index.js';
import type {Effect} from './plan.js';
import {type Screen, top, type State} from './state.js';
import {type AppData, type ViewModel, viewModel} from './view-model.js';
import {maxScroll} from './viewport.js';

/**
 * The place to keep for the article `view` shows, when the state `after` a key no longer shows it (or
 * the reader is leaving). At the top nothing was read yet, and at the end it was read through: both
 * drop the place, so the headline list stops showing it in progress.
 */
export function leavingEffects(after: State, view: ViewModel, data: AppData): Effect[] {
	const screen = view.screen;
	if (screen.kind !== 'article' || !view.layout) return [];
	const next = top(after);
	if (!after.quitting && next.kind === 'article' && next.id === screen.id) return [];
	const atEnd = view.scroll >= maxScroll(view.total, view.bodyHeight);
	const place = view.scroll === 0 || atEnd ? null : anchorAt(view.layout, view.scroll);
	return samePlace(data.snapshot.places.get(screen.id) ?? null, place) ? [] : [{type: 'setPlace', id: screen.id, place}];
}

/**
 * The place to keep when the process ends without a key (SIGTERM, SIGHUP, a terminal closed): what
 * leaving from the current screen would record.
 */
export function placeOnExit(state: State, data: AppData): Effect[] {
	return leavingEffects({...state, quitting: true}, viewModel(state, data), data);
}

/** The row `screen`'s selected item has in `to`, or -1; the item is the one at the cursor in `from`. */
function rowIn(screen: Screen, from: Library, to: Library, filter: {readonly read: ReadonlySet<string>; readonly hideRead: boolean}): number {
	if (screen.kind === 'sections') {
		// Counted as the cursor counts them: with the Unread row above when it was there.
		const rows = (library: Library): readonly string[] => (screen.unreadRow === true ? [UNREAD_LIST, ...library.sections] : library.sections);
		const name = rows(from)[screen.pos.cursor];
		return name === undefined ? -1 : rows(to).indexOf(name);
	}
	if (screen.kind === 'headlines') {
		// The rows as drawn: hidden read articles and the Unread list count as the screen shows them.
		const rows = (library: Library) => listRows(library, screen.section, {...filter, keep: null});
		const id = rows(from)[screen.pos.cursor]?.id;
		return id === undefined ? -1 : rows(to).findIndex(meta => meta.id === id);
	}
	return -1;
}

/**
 * The state after the library grew from `from` to `to` (a cold scan publishing a batch): every list
 * on the stack whose cursor was moved off the first row keeps it on the same section or headline, and its window moves with it, so
 * rows arriving above push the list down rather than slide a different item under the cursor.
 */
export function followLibrary(state: State, from: Library, to: Library, read: ReadonlySet<string> = new Set()): State {
	let changed = false;
	const stack = state.stack.map(screen => {
		if (screen.kind !== 'sections' && screen.kind !== 'headlines') return screen;
		// A cursor on the first row has not been aimed anywhere yet (a cold start begins there): it
		// stays on the head of the list, where newly published rows appear.
		if (screen.pos.cursor === 0) return screen;
		const row = rowIn(screen, from, to, {read, hideRead: state.hideRead === true});
		if (row < 0 || row === screen.pos.cursor) return screen;
		changed = true;
		return {...screen, pos: {cursor: row, offset: Math.max(0, screen.pos.offset + row - screen.pos.cursor)}};
	});
	return changed ? {...state, stack: stack as unknown as State['stack']} : state;
}
