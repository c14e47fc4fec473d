/**
 * The reader's one update loop: a key, with the state and the data on screen, gives the next state
 * and the effects to perform. The App calls it for every key and performs the effects; the flow tests
 * call the same function, so they exercise the loop the user runs.
 */
import {resolveKey} from './commands.js';
import {leavingEffects} from './place.js';
import {type Effect, plan} from './plan.js';
import {reduce, type State, top} from './state.js';
import {type AppData, commandContext, viewModel} from './view-model.js';

/** The keys a search being typed leaves to the reader; the rest are typing. */
const SEARCH_KEYS = new Set(['escape', 'ctrl+c', 'up', 'down', 'ctrl+n', 'ctrl+p', 'pageup', 'pagedown', 'return']);

/** What one key did. */
export interface Update {
	readonly state: State;
	/** In the order they were planned: a mark set before a notice about it. */
	readonly effects: readonly Effect[];
}

/**
 * Handles one key name (as core/reader/keys.ts decodes it). Returns null for a key that is not bound
 * on the current screen, or when the reader is already leaving: nothing changes, not even a notice.
 */
export function update(state: State, data: AppData, key: string): Update | null {
	if (state.quitting) return null;
	const view = viewModel(state, data);
	// An input or a menu takes its own keys (h, Backspace, j are typing or choosing there); a search
	// being typed leaves the keys that move through its results and open one.
	if ((view.screen.kind === 'prompt' || view.screen.kind === 'confirm') && key !== 'escape' && key !== 'ctrl+c') return null;
	if (view.screen.kind === 'search' && !SEARCH_KEYS.has(key)) return null;
	const resolved = resolveKey(key, view.screen.kind);
	if (!resolved) return null;
	const context = commandContext(state, data, view);
	let next = context.state;
	const effects: Effect[] = [];
	for (const step of plan(resolved.command, context, resolved.digit)) {
		switch (step.type) {
			case 'setRead':
			case 'setReadMany':
			case 'setBookmark':
			case 'setPlace':
			case 'notify':
			case 'redraw':
			case 'suspend':
			case 'refresh':
			case 'readerMode':
			case 'openLink':
			case 'copy':
				effects.push(step);
				break;
			case 'exit':
				next = reduce(next, {type: 'quit'});
				break;
			default:
				next = reduce(next, step);
		}
	}
	const all = [...leavingEffects(next, view, data), ...effects];
	const settled = settleRead(next, data);
	return settled ? {state: settled.state, effects: [...all, ...settled.effects]} : {state: next, effects: all};
}

/**
 * Marks the article just opened read once its body is in: at once when it was loaded already (the
 * cursor's prefetch), else when the App's body loader finishes it. A load that failed (the file was
 * deleted) leaves it unread; leaving the article first forgets it. Null while there is nothing to do yet.
 */
export function settleRead(state: State, data: AppData): Update | null {
	const id = state.pendingRead;
	if (id === undefined) return null;
	const {pendingRead: _, ...rest} = state;
	const screen = top(state);
	if (screen.kind !== 'article' || screen.id !== id) return {state: rest, effects: []};
	if (data.bodies.get(id)?.status !== 'ok') return null;
	return {state: rest, effects: [{type: 'setRead', id, read: true}]};
}

/** What the browser or the clipboard did, in words for the footer. */
export interface PlatformAnswer {
	readonly ok: boolean;
	readonly message: string;
}

/** The effects that reach past the reader's own state: the terminal, the browser and the clipboard. */
export interface Platform {
	/** Repaints the whole terminal (Ctrl+L), for a screen garbled by another program. */
	redraw(): void;
	/** Hands the terminal back to the shell and stops the process (Ctrl+Z); on `fg` takes it again and repaints. */
	suspend(): void;
	/** Opens a checked http(s) URL in the browser; over SSH copies it to the local clipboard instead. */
	openLink(url: string): Promise<PlatformAnswer>;
	/** Puts text on the user's clipboard through the terminal (OSC 52); `what` names it in the answer. */
	copy(text: string, what: 'link' | 'text'): PlatformAnswer;
}
