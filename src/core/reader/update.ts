/**
 * The reader's one update loop: a key, with the state and the data on screen, gives the next state
 * and the effects to perform. The App calls it for every key and performs the effects; the flow tests
 * call the same function, so they exercise the loop the user runs.
 */
import {COMMANDS, resolveKey} from './commands.js';
import {leavingEffects} from './place.js';
import {type CommandContext, type Effect, findSteps, plan, type Step} from './plan.js';
import {reduce, type State, top} from './state.js';
import {type AppData, commandContext, viewModel} from './view-model.js';

/** The keys that keep a shown link on screen: quitting, redrawing, suspending. */
const SHOW_LINK_KEYS = new Set(['ctrl+c', 'ctrl+l', 'ctrl+z']);
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
	const prompt = findPromptKey(state, data, key);
	if (prompt !== 'pass') return prompt;
	const view = viewModel(state, data);
	// An input or a menu takes its own keys (h, Backspace, j are typing or choosing there); a search
	// being typed leaves the keys that move through its results and open one.
	const kind = view.screen.kind;
	const input = kind === 'prompt' || kind === 'confirm' || kind === 'linkMenu';
	if (input && key !== 'escape' && key !== 'ctrl+c') return null;
	if (kind === 'search' && !SEARCH_KEYS.has(key)) return null;
	// A link shown on its own (a QR code) goes at any key but those that act on the terminal.
	if (kind === 'showLink' && !SHOW_LINK_KEYS.has(key)) return {state: reduce(state, {type: 'back'}), effects: []};
	// Esc always cancels a question, and moving and Enter work in a search being typed, whatever
	// config.toml binds: the user is never locked in one.
	const resolved = resolveKey(key, kind, input || kind === 'search' ? COMMANDS : data.commands);
	if (!resolved) return null;
	const context = commandContext(state, data, view);
	return apply(context, data, view, plan(resolved.command, context, resolved.digit));
}

/** Runs planned steps: navigation through the reducer, effects kept in order, then the leaving and reading effects. */
function apply(context: CommandContext, data: AppData, view: ReturnType<typeof viewModel>, steps: readonly Step[]): Update {
	let next = context.state;
	const effects: Effect[] = [];
	for (const step of steps) {
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
			case 'save':
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
 * The find prompt's keys, read by the reader's own key loop rather than a text input, so nothing typed
 * right after `/` is lost while an input would still be taking stdin over: a character adds to the
 * pattern, Backspace takes the last off, Enter finds, Esc cancels (back to the find before it, if
 * any), Ctrl+C still quits. 'pass' when no prompt is open.
 */
function findPromptKey(state: State, data: AppData, key: string): Update | 'pass' | null {
	const find = state.find;
	if (!find?.typing || key === 'ctrl+c') return 'pass';
	const typed = (pattern: string): Update => ({state: reduce(state, {type: 'find', find: {...find, pattern}}), effects: []});
	switch (key) {
		case 'escape': {
			const kept = find.kept ? {id: find.id, pattern: find.kept.pattern, current: find.kept.current, typing: false} : null;
			return {state: reduce(state, {type: 'find', find: kept}), effects: []};
		}
		case 'return': {
			const view = viewModel(state, data);
			const context = commandContext(state, data, view);
			return apply(context, data, view, findSteps(context, 'first'));
		}
		case 'backspace':
			return typed(Array.from(find.pattern).slice(0, -1).join(''));
		case 'space':
			return typed(`${find.pattern} `);
		default:
			// One character is typing; a named key (tab, up, pagedown) is not.
			return Array.from(key).length === 1 ? typed(find.pattern + key) : null;
	}
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
	/** The URL the message ends with, drawn as an OSC 8 link in the footer where the terminal takes them. */
	readonly link?: string;
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
	/** `s`: writes the Markdown as a new file named from `title` in the save folder; says where, or why not. */
	save?(title: string, markdown: string): Promise<PlatformAnswer>;
	/** `|`: runs the user's command line with `text` on its stdin, the terminal lent to it; says how it ended. */
	pipe?(command: string, text: string): Promise<PlatformAnswer>;
}
