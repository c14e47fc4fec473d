/**
 * The one command table: every command with its default keys, its help text, its footer hint, and
 * the screens where it applies. Key handling, the footer hints, the `?` help screen, `--help` and the
 * README's key table (checked by a test) all come from it.
 */
import type {HelpEntry} from '../layout/index.js';
import type {Screen} from './state.js';

/** The kinds of screen on the stack, as the state declares them. */
export type ScreenKind = Screen['kind'];

/** Every command the reader knows. */
export type CommandId =
	| 'down'
	| 'up'
	| 'pageDown'
	| 'pageUp'
	| 'top'
	| 'bottom'
	| 'open'
	| 'back'
	| 'quit'
	| 'forceQuit'
	| 'followNumber'
	| 'nextLink'
	| 'previousLink'
	| 'toggleBookmark'
	| 'bookmarks'
	| 'toggleRead'
	| 'nextUnread'
	| 'previousUnread'
	| 'unreadList'
	| 'nextArticle'
	| 'previousArticle'
	| 'markSectionRead'
	| 'markAllRead'
	| 'undoMarks'
	| 'toggleHideRead'
	| 'help'
	| 'redraw'
	| 'suspend'
	| 'refresh'
	| 'addFeed'
	| 'unsubscribe'
	| 'fullText'
	| 'openLink'
	| 'copyLink'
	| 'copyText'
	| 'save'
	| 'pipe'
	| 'qrCode'
	| 'find'
	| 'findNext'
	| 'findPrevious'
	| 'search';

/**
 * What must hold for a hint to show, beyond its screen: something to go back to (or nothing: the top
 * screen), links in the article, a link selected, and whether the article `r` and `b` act on is read
 * or bookmarked. A hint says what its key does here, now: `q` quits only from the top screen.
 */
export type HintCondition =
	| 'canGoBack'
	| 'atTop'
	| 'hasLinks'
	| 'linkSelected'
	| 'read'
	| 'unread'
	| 'bookmarked'
	| 'notBookmarked'
	| 'hasFeeds'
	| 'noFeeds'
	| 'feedSelected'
	| 'summaryOnly'
	| 'canUndo'
	| 'hasUrl'
	| 'finding';

/** A command's footer hint on some screens, in some state. */
interface Hint {
	readonly label: string;
	/** Lower claims room first on a narrow footer; 0 is kept whenever it fits at all (help, quit). */
	readonly priority: number;
	readonly when?: HintCondition;
	/** Where this hint applies, if not on every screen of the command. */
	readonly screens?: readonly ScreenKind[];
	/** The key the hint names, when the command's first key is not one that works there (`j` types in a search). */
	readonly key?: string;
}

/** One row of the table. */
export interface CommandSpec {
	readonly command: CommandId;
	/** Key names as the decoder in keys.ts produces them; `digit` stands for 1 to 9. */
	readonly keys: readonly string[];
	readonly help: string;
	/** Footer hints, the first that applies shown; commands without one are only in the help screen. */
	readonly hints?: readonly Hint[];
	readonly screens: readonly ScreenKind[];
}

// A shown link (a QR code) leaves at any key but Ctrl+C, Ctrl+L and Ctrl+Z (update.ts): those must work there.
const ALL: readonly ScreenKind[] = ['sections', 'headlines', 'article', 'teaser', 'bookmarks', 'help', 'showLink', 'results'];
/** Screens whose keys go to an input or a menu: only Esc and Ctrl+C (and while searching, moving and Enter) reach the table there (update.ts). */
const INPUT: readonly ScreenKind[] = ['prompt', 'confirm', 'linkMenu', 'search'];
const LISTS: readonly ScreenKind[] = ['sections', 'headlines', 'bookmarks', 'results'];
const MOVING: readonly ScreenKind[] = [...LISTS, 'article', 'help'];
const TEXT: readonly ScreenKind[] = ['article', 'help'];

/** The default bindings, in the order the help screen lists them. */
export const COMMANDS: readonly CommandSpec[] = [
	{
		command: 'down',
		keys: ['j', 'down', 'ctrl+n'],
		help: 'Move down / scroll a line',
		hints: [
			{label: 'move', priority: 2, screens: LISTS},
			{label: 'move', priority: 2, screens: ['search'], key: 'down'},
			{label: 'scroll', priority: 6, screens: TEXT},
		],
		screens: [...MOVING, 'search'],
	},
	{command: 'up', keys: ['k', 'up', 'ctrl+p'], help: 'Move up / scroll back a line', screens: [...MOVING, 'search']},
	{
		command: 'pageDown',
		keys: ['space', 'pagedown', 'ctrl+f'],
		help: 'Page down',
		hints: [
			{label: 'page', priority: 2, screens: TEXT},
			{label: 'page', priority: 9, screens: ['search'], key: 'pagedown'},
			{label: 'page', priority: 9},
		],
		screens: [...MOVING, 'search'],
	},
	{command: 'pageUp', keys: ['pageup', 'ctrl+b'], help: 'Page up', screens: [...MOVING, 'search']},
	{command: 'top', keys: ['g', 'home'], help: 'Go to the top', screens: MOVING},
	{command: 'bottom', keys: ['G', 'end'], help: 'Go to the bottom', screens: MOVING},
	{
		command: 'open',
		keys: ['return', 'l', 'right'],
		help: 'Open the selection / follow the selected link',
		hints: [
			{label: 'open', priority: 1, screens: [...LISTS, 'search']},
			{label: 'open', priority: 1, when: 'linkSelected'},
		],
		screens: [...LISTS, 'article', 'search'],
	},
	{
		command: 'followNumber',
		keys: ['digit'],
		help: 'Follow link [n] of the article',
		hints: [{label: 'follow', priority: 7, when: 'hasLinks'}],
		screens: ['article'],
	},
	{command: 'nextLink', keys: ['tab'], help: 'Select the next link', hints: [{label: 'link', priority: 3, when: 'hasLinks'}], screens: ['article']},
	{command: 'previousLink', keys: ['shift+tab'], help: 'Select the previous link', screens: ['article']},
	{
		command: 'toggleBookmark',
		keys: ['b'],
		help: 'Bookmark / unbookmark the article',
		hints: [
			{label: 'bookmark', priority: 5, when: 'notBookmarked'},
			{label: 'unbookmark', priority: 5, when: 'bookmarked'},
		],
		screens: ['headlines', 'article', 'bookmarks'],
	},
	{
		command: 'bookmarks',
		keys: ['B'],
		help: 'Show bookmarks',
		hints: [{label: 'bookmarks', priority: 8}],
		screens: ['sections', 'headlines', 'article', 'teaser'],
	},
	{
		command: 'toggleRead',
		keys: ['r'],
		help: 'Mark read / unread',
		hints: [
			{label: 'read', priority: 6, when: 'unread'},
			{label: 'unread', priority: 6, when: 'read'},
		],
		screens: ['headlines', 'article', 'bookmarks'],
	},
	// On an article `n` is this row: the next match while a find is active, else next unread (plan.ts).
	{
		command: 'findNext',
		keys: ['n'],
		help: 'In an article: the next match of the find, else the next unread article',
		hints: [
			{label: 'next match', priority: 1, when: 'finding'},
			{label: 'next unread', priority: 7},
		],
		screens: ['article'],
	},
	{command: 'findPrevious', keys: ['N'], help: 'Previous match of the find in the article', screens: ['article']},
	{
		command: 'nextUnread',
		keys: ['n'],
		help: 'Open the next unread article',
		hints: [{label: 'next unread', priority: 7}],
		screens: ['sections', 'headlines', 'bookmarks'],
	},
	{
		command: 'unreadList',
		keys: ['U'],
		help: 'List every unread article, newest first',
		hints: [{label: 'unread', priority: 8}],
		screens: ['sections', 'headlines', 'bookmarks'],
	},
	{command: 'previousUnread', keys: ['p'], help: 'Open the previous unread article', screens: ['sections', 'headlines', 'article', 'bookmarks']},
	{command: 'nextArticle', keys: ['J'], help: 'Open the next article of the list', screens: ['article']},
	{command: 'previousArticle', keys: ['K'], help: 'Open the previous article of the list', screens: ['article']},
	{
		command: 'markSectionRead',
		keys: ['A'],
		help: 'Mark the section read (u undoes)',
		hints: [{label: 'all read', priority: 8}],
		screens: ['sections', 'headlines'],
	},
	{command: 'markAllRead', keys: ['C'], help: 'Mark everything read (u undoes)', screens: ['sections', 'headlines']},
	{command: 'undoMarks', keys: ['u'], help: 'Undo the last A or C', hints: [{label: 'undo', priority: 3, when: 'canUndo'}], screens: ['sections', 'headlines']},
	{command: 'toggleHideRead', keys: ['L'], help: 'Hide / show read articles in lists', screens: ['headlines']},
	{
		command: 'refresh',
		keys: ['R'],
		help: 'Refresh the feeds',
		hints: [{label: 'refresh', priority: 8, when: 'hasFeeds'}],
		screens: ['sections', 'headlines', 'article', 'bookmarks'],
	},
	{
		command: 'addFeed',
		keys: ['a'],
		help: 'Add a feed: its URL or a site that names one',
		hints: [
			// With no feeds yet, adding one is what a new user needs most: after help and quit, before Enter open.
			{label: 'add feed', priority: 0.5, when: 'noFeeds'},
			{label: 'add feed', priority: 9},
		],
		screens: ['sections'],
	},
	{
		command: 'unsubscribe',
		keys: ['d'],
		help: 'Unsubscribe from the selected feed (asks first)',
		hints: [{label: 'unsubscribe', priority: 9, when: 'feedSelected'}],
		screens: ['sections'],
	},
	{
		command: 'fullText',
		keys: ['f'],
		help: "Fetch the full text from the item's page (reader mode)",
		hints: [{label: 'full text', priority: 4, when: 'summaryOnly'}],
		screens: ['article'],
	},
	{
		command: 'find',
		keys: ['/'],
		help: 'Find in the article (plain text; a capital matches case); Esc clears it',
		hints: [{label: 'find', priority: 8}],
		screens: ['article'],
	},
	{
		command: 'openLink',
		keys: ['o'],
		help: "Open the selected web link, else the item's page, in the browser (over SSH: copy it)",
		hints: [{label: 'browser', priority: 4, when: 'hasUrl'}],
		screens: ['article'],
	},
	{
		command: 'copyLink',
		keys: ['y'],
		help: "Copy the selected web link, else the item's page, to the clipboard",
		hints: [{label: 'copy', priority: 6, when: 'hasUrl'}],
		screens: ['article'],
	},
	{command: 'copyText', keys: ['Y'], help: "Copy the article's text to the clipboard", hints: [{label: 'copy text', priority: 9}], screens: ['article']},
	{
		command: 'qrCode',
		keys: ['O'],
		help: 'Show the selected web link, else the item’s page, as a QR code (any key returns)',
		hints: [{label: 'QR', priority: 7, when: 'hasUrl'}],
		screens: ['article'],
	},
	{command: 'save', keys: ['s'], help: 'Save the article as Markdown in the save folder (never overwrites)', screens: ['article']},
	{command: 'pipe', keys: ['|'], help: "Pipe the article's text to a command you type (sh -c)", screens: ['article']},
	{
		command: 'search',
		keys: ['/'],
		help: 'Search every article, titles and text (Esc returns)',
		hints: [{label: 'search', priority: 5}],
		screens: ['sections', 'headlines', 'bookmarks', 'results'],
	},
	{
		command: 'back',
		keys: ['escape', 'h', 'left', 'backspace'],
		help: 'Go back, to the row and scroll position you left',
		// No hint of its own on a screen: `q back` says it in fewer cells wherever there is somewhere to go back to.
		hints: [{label: 'cancel', priority: 0, screens: INPUT}],
		screens: [...ALL, ...INPUT],
	},
	{command: 'help', keys: ['?'], help: 'Show this help', hints: [{label: 'help', priority: 0, screens: LISTS.concat('article', 'teaser')}], screens: ALL},
	{
		command: 'quit',
		keys: ['q'],
		help: 'Go back; quit from the top screen',
		hints: [
			{label: 'quit', priority: 0, when: 'atTop'},
			{label: 'back', priority: 0, when: 'canGoBack'},
		],
		screens: ALL,
	},
	{command: 'forceQuit', keys: ['ctrl+c'], help: 'Quit from anywhere', screens: [...ALL, ...INPUT]},
	{command: 'redraw', keys: ['ctrl+l'], help: 'Redraw the screen', screens: ALL},
	{command: 'suspend', keys: ['ctrl+z'], help: 'Suspend to the shell; fg comes back', screens: ALL},
];

/** How each key name is written for people; a name not listed is written as it is (`j`, `?`). */
const KEY_NAMES: Readonly<Record<string, string>> = {
	down: '↓',
	up: '↑',
	left: '←',
	right: '→',
	space: 'Space',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	insert: 'Ins',
	delete: 'Del',
	return: 'Enter',
	tab: 'Tab',
	'shift+tab': 'S-Tab',
	escape: 'Esc',
	backspace: 'Bksp',
	digit: '1-9',
	'ctrl+c': 'Ctrl+C',
	'ctrl+f': 'Ctrl+F',
	'ctrl+b': 'Ctrl+B',
	'ctrl+l': 'Ctrl+L',
	'ctrl+z': 'Ctrl+Z',
	'ctrl+n': 'Ctrl+N',
	'ctrl+p': 'Ctrl+P',
};

/** A key name as people read it: `pagedown` is `PgDn`, `ctrl+f` is `Ctrl+F`. */
export function keyName(key: string): string {
	return KEY_NAMES[key] ?? (key.startsWith('ctrl+') ? `Ctrl+${key.slice(5).toUpperCase()}` : key);
}

/**
 * How a command's keys are written in help, `--help` and the README: every key, in table order.
 * @internal Tests use it; the program does not.
 */
export function keyLabel(spec: CommandSpec): string {
	return spec.keys.length === 0 ? '(no key)' : spec.keys.map(keyName).join(' ');
}

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

/** Per command, the keys that replace its defaults (config.toml's `[keys]`, checked by core/config). */
export type KeyBindings = Readonly<Partial<Record<CommandId, readonly string[]>>>;

/** The table with `bindings` in place of the default keys: the one table keys, hints and help then read. */
export function bindCommands(bindings: KeyBindings): readonly CommandSpec[] {
	if (Object.keys(bindings).length === 0) return COMMANDS;
	return COMMANDS.map(spec => {
		const keys = bindings[spec.command];
		return keys ? {...spec, keys} : spec;
	});
}

const helpByTable = new WeakMap<readonly CommandSpec[], readonly HelpEntry[]>();

/** The help screen's rows, one per command in table order; one array per table, so its wrapped lines are memoised. */
export function helpEntries(table: readonly CommandSpec[] = COMMANDS): readonly HelpEntry[] {
	let entries = helpByTable.get(table);
	if (!entries) helpByTable.set(table, (entries = table.map(spec => ({keyLabel: keyLabel(spec), help: spec.help}))));
	return entries;
}

/** The default table's help rows (`--help`, the README). */
export const HELP_ENTRIES: readonly HelpEntry[] = helpEntries(COMMANDS);
