import type {FindState} from '../find/index.js';
import {cursorTo, moveCursor, scrollBy, type ListPosition, type Motion} from './viewport.js';

/**
 * A screen on the stack. Each keeps its own cursor or scroll, so going back returns to the exact
 * row and scroll position that was left.
 */
export type Screen =
	| {
			readonly kind: 'sections';
			readonly pos: ListPosition;
			/**
			 * Whether `pos` counts the Unread row above the sections (shown while anything is unread). The
			 * view model moves the cursor when the row comes or goes, so it stays on its section; absent:
			 * it does not (a start state names a section by its place among the sections).
			 */
			readonly unreadRow?: boolean;
	  }
	| {readonly kind: 'headlines'; readonly section: string; readonly pos: ListPosition}
	| {
			readonly kind: 'article';
			readonly id: string;
			/** The top line, counted at `width`: scrolling stays a sum, and the view model re-anchors it when the width changes. */
			readonly scroll: number;
			readonly link: number | null;
			/**
			 * The text width `scroll` was counted at; absent until the first key on the article, while the
			 * view model opens it at the place the store kept for it (a half-read article).
			 */
			readonly width?: number;
	  }
	| {
			readonly kind: 'teaser';
			readonly title: string;
			readonly teaser: string;
			readonly section: string;
			/** Why only the teaser shows: the link points outside the library, or a bookmark's file is gone. */
			readonly reason: 'not-in-library' | 'file-missing';
	  }
	| {readonly kind: 'bookmarks'; readonly pos: ListPosition}
	| {readonly kind: 'help'; readonly scroll: number}
	/** A line of typed input (a feed's URL): keys go to the input, Esc leaves. */
	| {readonly kind: 'prompt'; readonly purpose: 'addFeed'}
	/** A command line for `|`, which gets the text of article `id` on its stdin. */
	| {readonly kind: 'prompt'; readonly purpose: 'pipe'; readonly id: string}
	/** A Yes/No question before something that cannot be undone from the reader. */
	| {readonly kind: 'confirm'; readonly purpose: 'unsubscribe'; readonly section: string}
	/** What to do with a web link (Enter on one): Open / Copy / QR code / Show URL; keys go to the menu. */
	| {readonly kind: 'linkMenu'; readonly url: string; readonly title: string}
	/** A URL shown on its own, as a QR code (`O`) or wrapped in full; any key returns. */
	| {readonly kind: 'showLink'; readonly url: string; readonly as: 'qr' | 'text'}
	/** Search every article (`/`): `search` while the query is typed (keys go to it), `results` once an article was opened from it. */
	| {readonly kind: 'search' | 'results'; readonly query: string; readonly pos: ListPosition};

/** App navigation state: the stack of screens (never empty) and whether the user asked to leave. */
export interface State {
	readonly stack: readonly [Screen, ...Screen[]];
	readonly quitting: boolean;
	/**
	 * The article just opened, to be marked read once its body has loaded (core/reader/update's
	 * settleRead): a file deleted since it was listed must not count as read. Dropped when the user
	 * leaves that article first.
	 */
	readonly pendingRead?: string;
	/** Read articles are hidden from the headlines lists (`L`); the Unread list hides them always. */
	readonly hideRead?: boolean;
	/** The last bulk mark (`A`, `C`), which `u` undoes: exactly the ids it changed, and what it set them to. */
	readonly undo?: {readonly ids: readonly string[]; readonly read: boolean; readonly where: string};
	/** A find in an article (`/`): its prompt while typing, then its matches highlighted until Esc. */
	readonly find?: FindState;
}

/** Everything that changes navigation state. */
export type Action =
	| {readonly type: 'push'; readonly screen: Screen}
	| {readonly type: 'back'}
	| {readonly type: 'quit'}
	| {readonly type: 'move'; readonly motion: Motion; readonly total: number; readonly height: number}
	| {readonly type: 'selectLink'; readonly link: number | null}
	| {readonly type: 'openArticle'; readonly id: string; readonly section: string; readonly index: number; readonly height: number}
	| {readonly type: 'readOnLoad'; readonly id: string}
	/** Hides or shows read articles, the list on top moved to `cursor` (its article's row in the new rows). */
	| {readonly type: 'hideRead'; readonly hide: boolean; readonly cursor: number; readonly height: number}
	/** Remembers a bulk mark for `u`, or forgets it (`null`: undone, or a mark set by hand since). */
	| {readonly type: 'undoable'; readonly undo: State['undo'] | null}
	/** Starts, types into, moves or ends (`null`) the find in the open article. */
	| {readonly type: 'find'; readonly find: FindState | null}
	/** The search on top takes a new query (its list back at the top), or goes between typing and its results. */
	| {readonly type: 'search'; readonly query?: string; readonly kind?: 'search' | 'results'};

const START: ListPosition = {cursor: 0, offset: 0};

/** The state a plain `newsterm` starts in. */
export const initialState: State = {stack: [{kind: 'sections', pos: START}], quitting: false};

/** The screen on top of the stack. */
export function top(state: State): Screen {
	return state.stack[state.stack.length - 1] ?? state.stack[0];
}

/** The state with its top screen replaced (a screen's cursor or scroll repaired, an article swapped). */
export function replaceTop(state: State, screen: Screen): State {
	const rest = state.stack.slice(0, -1);
	return {...state, stack: [...rest, screen] as unknown as State['stack']};
}

function pushScreen(state: State, screen: Screen): State {
	return {...state, stack: [...state.stack, screen]};
}

function move(screen: Screen, motion: Motion, total: number, height: number): Screen {
	switch (screen.kind) {
		case 'sections':
		case 'headlines':
		case 'bookmarks':
		case 'search':
		case 'results':
			return {...screen, pos: moveCursor(screen.pos, motion, total, height)};
		case 'article':
		case 'help':
			return {...screen, scroll: scrollBy(screen.scroll, motion, total, height)};
		case 'teaser':
		case 'prompt':
		case 'confirm':
		case 'linkMenu':
		case 'showLink':
			return screen;
	}
}

/**
 * Opens an article the way newsboat's "next unread" does: from an article it replaces that article
 * (so back still leads to a list, moved to the new article's section and row when it is a headlines
 * list); elsewhere it goes through the article's headlines, with the cursor on it, so back lands on
 * the article's row.
 */
function openArticle(state: State, action: Extract<Action, {type: 'openArticle'}>): State {
	const article: Screen = {kind: 'article', id: action.id, scroll: 0, link: null};
	const current = top(state);
	if (current.kind === 'article') {
		// Keep the list under the article in step with it, so back lands on the row of the article now open.
		const below = state.stack[state.stack.length - 2];
		if (below?.kind !== 'headlines') return replaceTop(state, article);
		const from = below.section === action.section ? below.pos : START;
		const list: Screen = {...below, section: action.section, pos: cursorTo(from, action.index, action.height)};
		return {...state, stack: [...state.stack.slice(0, -2), list, article] as unknown as State['stack']};
	}
	if (current.kind === 'headlines' && current.section === action.section) {
		return pushScreen(replaceTop(state, {...current, pos: cursorTo(current.pos, action.index, action.height)}), article);
	}
	return pushScreen(pushScreen(state, {kind: 'headlines', section: action.section, pos: cursorTo(START, action.index, action.height)}), article);
}

/** The one reducer: pure, total over `Action`. */
export function reduce(state: State, action: Action): State {
	switch (action.type) {
		case 'push':
			return pushScreen(state, action.screen);
		case 'back':
			return state.stack.length > 1 ? {...state, stack: state.stack.slice(0, -1) as unknown as State['stack']} : state;
		case 'quit':
			return {...state, quitting: true};
		case 'move':
			return replaceTop(state, move(top(state), action.motion, action.total, action.height));
		case 'selectLink': {
			const screen = top(state);
			return screen.kind === 'article' ? replaceTop(state, {...screen, link: action.link}) : state;
		}
		case 'openArticle':
			return openArticle(state, action);
		case 'readOnLoad':
			return {...state, pendingRead: action.id};
		case 'hideRead': {
			const screen = top(state);
			const moved = screen.kind === 'headlines' ? replaceTop(state, {...screen, pos: cursorTo(screen.pos, action.cursor, action.height)}) : state;
			return {...moved, hideRead: action.hide};
		}
		case 'search': {
			const screen = top(state);
			if (screen.kind !== 'search' && screen.kind !== 'results') return state;
			const query = action.query ?? screen.query;
			return replaceTop(state, {kind: action.kind ?? screen.kind, query, pos: query === screen.query ? screen.pos : START});
		}
		case 'undoable': {
			const {undo: _, ...rest} = state;
			return action.undo ? {...rest, undo: action.undo} : rest;
		}
		case 'find': {
			const {find: _, ...rest} = state;
			return action.find ? {...rest, find: action.find} : rest;
		}
	}
}
