/**
 * The one command table: every command with its default keys, its help text, a short footer label,
 * and the screens where it applies. Key handling, the footer hints and the `?` help screen all read it.
 */

/** The screens of the reader. */
export type ScreenKind = 'sections' | 'headlines' | 'article' | 'teaser' | 'bookmarks' | 'help';

/** Every command the reader knows. */
export type CommandId =
	| 'down' | 'up' | 'pageDown' | 'pageUp' | 'top' | 'bottom'
	| 'open' | 'back' | 'quit' | 'forceQuit'
	| 'followNumber' | 'nextLink' | 'previousLink'
	| 'toggleBookmark' | 'bookmarks' | 'toggleRead' | 'nextUnread' | 'help' | 'redraw';

/** One row of the table. */
export interface CommandSpec {
	readonly command: CommandId;
	/** Key names as the decoder in keys.ts produces them; `digit` stands for 1 to 9. */
	readonly keys: readonly string[];
	/** How the keys are written in help and the footer. */
	readonly keyLabel: string;
	readonly help: string;
	/** A short footer label; commands without one are only in the help screen. */
	readonly hint?: string;
	readonly screens: readonly ScreenKind[];
}

const ALL: readonly ScreenKind[] = ['sections', 'headlines', 'article', 'teaser', 'bookmarks', 'help'];
const LISTS: readonly ScreenKind[] = ['sections', 'headlines', 'bookmarks'];
const MOVING: readonly ScreenKind[] = [...LISTS, 'article', 'help'];

/** The default bindings, in the order the help screen lists them. */
export const COMMANDS: readonly CommandSpec[] = [
	{command: 'down', keys: ['j', 'down'], keyLabel: 'j ↓', help: 'Move down / scroll a line', hint: 'move', screens: MOVING},
	{command: 'up', keys: ['k', 'up'], keyLabel: 'k ↑', help: 'Move up / scroll back a line', screens: MOVING},
	{command: 'pageDown', keys: ['space', 'pagedown', 'ctrl+f'], keyLabel: 'Space PgDn', help: 'Page down', hint: 'page', screens: MOVING},
	{command: 'pageUp', keys: ['pageup', 'ctrl+b'], keyLabel: 'PgUp', help: 'Page up', screens: MOVING},
	{command: 'top', keys: ['g', 'home'], keyLabel: 'g Home', help: 'Go to the top', screens: MOVING},
	{command: 'bottom', keys: ['G', 'end'], keyLabel: 'G End', help: 'Go to the bottom', screens: MOVING},
	{command: 'open', keys: ['return', 'l', 'right'], keyLabel: 'Enter l →', help: 'Open the selection / follow the selected link', hint: 'open', screens: [...LISTS, 'article']},
	{command: 'followNumber', keys: ['digit'], keyLabel: '1-9', help: 'Follow link [n] of the article', hint: 'link', screens: ['article']},
	{command: 'nextLink', keys: ['tab'], keyLabel: 'Tab', help: 'Select the next link', screens: ['article']},
	{command: 'previousLink', keys: ['shift+tab'], keyLabel: 'S-Tab', help: 'Select the previous link', screens: ['article']},
	{command: 'toggleBookmark', keys: ['b'], keyLabel: 'b', help: 'Bookmark / unbookmark the article', hint: 'bookmark', screens: ['headlines', 'article', 'bookmarks']},
	{command: 'bookmarks', keys: ['B'], keyLabel: 'B', help: 'Show bookmarks', hint: 'bookmarks', screens: ['sections', 'headlines', 'article', 'teaser']},
	{command: 'toggleRead', keys: ['r'], keyLabel: 'r', help: 'Mark read / unread', hint: 'read', screens: ['headlines', 'article', 'bookmarks']},
	{command: 'nextUnread', keys: ['n'], keyLabel: 'n', help: 'Open the next unread article', hint: 'next unread', screens: ['sections', 'headlines', 'article', 'bookmarks']},
	{command: 'back', keys: ['escape', 'h', 'left', 'backspace'], keyLabel: 'Esc h ←', help: 'Go back', hint: 'back', screens: ALL},
	{command: 'help', keys: ['?'], keyLabel: '?', help: 'Show this help', hint: 'help', screens: ALL},
	{command: 'quit', keys: ['q'], keyLabel: 'q', help: 'Go back; quit from the top screen', hint: 'quit', screens: ALL},
	{command: 'forceQuit', keys: ['ctrl+c'], keyLabel: 'Ctrl+C', help: 'Quit from anywhere', screens: ALL},
	{command: 'redraw', keys: ['ctrl+l'], keyLabel: 'Ctrl+L', help: 'Redraw the screen', screens: ALL},
];

/** A key resolved to a command; `digit` carries the number pressed. */
export interface Resolved {
	readonly command: CommandId;
	readonly digit?: number;
}

/** Looks a key name up for a screen. Unbound keys give null. */
export function resolveKey(key: string, screen: ScreenKind, table: readonly CommandSpec[] = COMMANDS): Resolved | null {
	const digit = /^[1-9]$/.test(key) ? Number(key) : undefined;
	for (const spec of table) {
		if (!spec.screens.includes(screen)) continue;
		if (spec.keys.includes(key)) return {command: spec.command};
		if (digit !== undefined && spec.keys.includes('digit')) return {command: spec.command, digit};
	}
	return null;
}

/** The footer hints for a screen, in table order: `[keyLabel first key, hint]`. */
export function hintsFor(screen: ScreenKind, table: readonly CommandSpec[] = COMMANDS): readonly (readonly [string, string])[] {
	return table
		.filter(spec => spec.hint !== undefined && spec.screens.includes(screen))
		.map(spec => [spec.keyLabel.split(' ')[0] ?? '', spec.hint ?? ''] as const);
}
