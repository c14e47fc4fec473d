import type {LayoutLink} from '../layout/index.js';
import type {CommandId} from './commands.js';
import {top, type Action, type Screen, type State} from './state.js';
import {type ArticleMeta, type Bookmark, type ItemOrigin, safeExternalUrl} from '../article/index.js';
import {UNREAD_LIST, type UnreadTarget} from '../library/index.js';
import type {Motion} from './viewport.js';
import type {Place} from '../store/index.js';
import {moveToMatch} from '../find/index.js';
import type {FindView} from './view-model.js';

/** What is under the cursor of the current list. */
export type Selection =
	| {readonly kind: 'section'; readonly name: string}
	| {readonly kind: 'article'; readonly meta: ArticleMeta; readonly teaser: string}
	| {readonly kind: 'bookmark'; readonly bookmark: Bookmark; readonly meta: ArticleMeta | null};

/** The facts a command needs about the screen as it is drawn now. */
export interface CommandContext {
	readonly state: State;
	/** Rows the current screen's body has. */
	readonly height: number;
	/** Rows in the current list, or lines in the current text. */
	readonly total: number;
	readonly selection: Selection | null;
	/** The open article, when the current screen is one, with its teaser for a bookmark snapshot. */
	readonly article: {readonly meta: ArticleMeta; readonly teaser: string} | null;
	readonly links: readonly LayoutLink[];
	/** Computed only when asked: it walks the library. */
	readonly nextUnread: () => UnreadTarget | null;
	readonly isRead: (id: string) => boolean;
	readonly isBookmarked: (id: string) => boolean;
	readonly now: number;
	/** The titles of the feeds listed under a section. */
	readonly feedsIn: (section: string) => readonly string[];
	/** Where the open article came from, when it is a feed item. */
	readonly origin: ItemOrigin | null;
	/** The open article as Markdown (`s` saves it); computed only when asked. */
	readonly markdown: () => string | null;
	/** The open article's plain text (`Y` copies it); computed only when asked. */
	readonly plainText: () => string | null;
	/** The previous unread article (`p`), computed only when asked. */
	readonly previousUnread: () => UnreadTarget | null;
	/** The unread ids of a section, or of every section (`null`): what `A` and `C` mark. */
	readonly unreadIn: (section: string | null) => readonly string[];
	/** The article after (1) or before (-1) the open one in the list under it, with that list's section. */
	readonly neighbour: (delta: 1 | -1) => UnreadTarget | null;
	/** The row the selected article has once read articles are hidden (or shown): the same article, else the nearest row. */
	readonly rowWhenHidden: (hide: boolean) => number;
	/** The find in the open article, with its matches at this width. */
	readonly find: FindView | null;
}

/** What a command asks of the world outside navigation state; the App performs these. */
export type Effect =
	| {readonly type: 'setRead'; readonly id: string; readonly read: boolean}
	/** A bulk mark (`A`, `C`) or its undoing: every id set to `read`. */
	| {readonly type: 'setReadMany'; readonly ids: readonly string[]; readonly read: boolean}
	| {readonly type: 'setBookmark'; readonly id: string; readonly bookmark: Bookmark | null}
	/** Where an article was left, or `null` to forget it (read to the end, or marked read or unread by hand). */
	| {readonly type: 'setPlace'; readonly id: string; readonly place: Place | null}
	| {readonly type: 'notify'; readonly message: string}
	| {readonly type: 'redraw'}
	| {readonly type: 'suspend'}
	/** Feeds: refresh them all, or fetch an item's page (reader mode). */
	| {readonly type: 'refresh'}
	| {readonly type: 'readerMode'; readonly id: string}
	/** A web address (checked by safeExternalUrl) for the browser, or for the clipboard over SSH. */
	| {readonly type: 'openLink'; readonly url: string}
	/** Text for the user's clipboard (OSC 52); `what` names it in the footer. */
	| {readonly type: 'copy'; readonly text: string; readonly what: 'link' | 'text'}
	/** The open article's Markdown for a new file named from its title (`s`). */
	| {readonly type: 'save'; readonly title: string; readonly markdown: string};

/** A change to make: navigation (and leaving) goes to the reducer; effects go to the App. */
export type Step = Action | Effect | {readonly type: 'exit'};

function snapshot(meta: ArticleMeta, teaser: string, now: number): Bookmark {
	return {id: meta.id, title: meta.title, section: meta.section, updated: meta.updated, teaser, at: now};
}

/** Opening an article marks it read, once its body has loaded (update.ts settles it). */
function openSteps(meta: {readonly id: string; readonly section: string}, index: number, height: number): Step[] {
	return [
		{type: 'openArticle', id: meta.id, section: meta.section, index, height},
		{type: 'readOnLoad', id: meta.id},
	];
}

function followLink(link: LayoutLink | undefined, section: string): Step[] {
	if (!link) return [{type: 'notify', message: 'No such link'}];
	if (link.url !== undefined) return urlSteps(link.url, url => ({type: 'push', screen: {kind: 'linkMenu', url, title: link.title}}));
	const screen: Screen = link.id
		? {kind: 'article', id: link.id, scroll: 0, link: null}
		: {kind: 'teaser', title: link.title, teaser: link.teaser, section, reason: 'not-in-library'};
	return link.id
		? [
				{type: 'push', screen},
				{type: 'readOnLoad', id: link.id},
			]
		: [{type: 'push', screen}];
}

function openSelection(ctx: CommandContext, screen: Screen): Step[] {
	const selection = ctx.selection;
	if (screen.kind === 'article') {
		// The view model has already dropped a selection whose link scrolled off screen.
		const link = ctx.links.find(candidate => candidate.number === screen.link);
		if (link) return followLink(link, ctx.article?.meta.section ?? '');
		const none = ctx.article !== null && ctx.links.length === 0;
		return [{type: 'notify', message: none ? 'This article has no links' : 'Tab selects a link; 1-9 follows one'}];
	}
	if (!selection) return [];
	if (selection.kind === 'section') {
		return [{type: 'push', screen: {kind: 'headlines', section: selection.name, pos: {cursor: 0, offset: 0}}}];
	}
	if (selection.kind === 'bookmark') {
		const {bookmark} = selection;
		const screen: Screen = selection.meta
			? {kind: 'article', id: bookmark.id, scroll: 0, link: null}
			: {kind: 'teaser', title: bookmark.title, teaser: bookmark.teaser, section: bookmark.section, reason: 'file-missing'};
		return selection.meta
			? [
					{type: 'push', screen},
					{type: 'readOnLoad', id: bookmark.id},
				]
			: [{type: 'push', screen}];
	}
	// A search's results stay under the article, no longer typed: back lands on them, where j and k move.
	if (screen.kind === 'search' || screen.kind === 'results') {
		const id = selection.meta.id;
		return [
			{type: 'search', kind: 'results'},
			{type: 'push', screen: {kind: 'article', id, scroll: 0, link: null}},
			{type: 'readOnLoad', id},
		];
	}
	// Opened in the list it was chosen from: the Unread list stays under it, not the article's section.
	if (screen.kind === 'headlines') return openSteps({id: selection.meta.id, section: screen.section}, screen.pos.cursor, ctx.height);
	return openSteps(selection.meta, 0, ctx.height);
}

/** The article a bookmark or read toggle applies to: the open one, else the selected row. */
function target(ctx: CommandContext): {readonly meta: ArticleMeta; readonly teaser: string} | Bookmark | null {
	if (ctx.article) return ctx.article;
	const selection = ctx.selection;
	if (selection?.kind === 'article') return selection;
	if (selection?.kind === 'bookmark') return selection.meta ? {meta: selection.meta, teaser: selection.bookmark.teaser} : selection.bookmark;
	return null;
}

/** A web address checked again before it leaves the reader: only http(s), never an option-like word. */
function urlSteps(raw: string, effect: (url: string) => Step): Step[] {
	const url = safeExternalUrl(raw);
	return url === null ? [{type: 'notify', message: 'Only http and https links can be opened or copied'}] : [effect(url)];
}

/** The address `o` and `y` act on: the selected web link, else the open article's own page. */
function linkSteps(ctx: CommandContext, screen: Screen, effect: (url: string) => Step): Step[] {
	if (screen.kind !== 'article' || !ctx.article) return [];
	const selected = ctx.links.find(link => link.number === screen.link)?.url;
	const raw = selected ?? ctx.origin?.url ?? null;
	if (raw !== null) return urlSteps(raw, effect);
	return [{type: 'notify', message: ctx.origin ? 'This item has no web page' : 'This article is a file: it has no web address'}];
}

function cycleLink(ctx: CommandContext, current: number | null, delta: 1 | -1): Step[] {
	const count = ctx.links.length;
	if (count === 0) return [{type: 'notify', message: 'This article has no links'}];
	// Tab goes down the screen: the body's web links sit above the numbered links to other articles.
	const order = [...ctx.links].sort((a, b) => a.line - b.line);
	const at = order.findIndex(link => link.number === current);
	const index = at === -1 ? (delta === 1 ? 0 : count - 1) : (at + delta + count) % count;
	const next = order[index]?.number ?? 1;
	const line = order[index]?.line ?? 0;
	const screen = top(ctx.state);
	const scroll = screen.kind === 'article' ? screen.scroll : 0;
	const steps: Step[] = [{type: 'selectLink', link: next}];
	// Bring the selected link into view, as a browser's focus does.
	if (line < scroll || line >= scroll + ctx.height)
		steps.push({type: 'move', motion: {by: line - scroll - Math.floor(ctx.height / 2)}, total: ctx.total, height: ctx.height});
	return steps;
}

/** How a section is named in a notice: the Unread list by its title. */
const sectionName = (section: string): string => (section === UNREAD_LIST ? 'Unread' : section);

/** `A` on a section (the selected one, or the list's) and `C` on everything: one undoable bulk mark. */
function markRead(ctx: CommandContext, screen: Screen, all: boolean): Step[] {
	const section = all ? null : screen.kind === 'headlines' ? screen.section : ctx.selection?.kind === 'section' ? ctx.selection.name : null;
	if (!all && section === null) return [];
	const ids = ctx.unreadIn(section);
	const where = section === null || section === UNREAD_LIST ? 'everywhere' : `in ${sectionName(section)}`;
	if (ids.length === 0) return [{type: 'notify', message: `Nothing unread ${where}`}];
	return [
		{type: 'setReadMany', ids, read: true},
		{type: 'undoable', undo: {ids, read: true, where}},
		{type: 'notify', message: `Marked ${ids.length} read ${where} · u undoes`},
	];
}

/** `u`: puts back exactly the ids the last bulk mark changed. */
function undoMarks(ctx: CommandContext): Step[] {
	const undo = ctx.state.undo;
	if (!undo) return [{type: 'notify', message: 'Nothing to undo'}];
	return [
		{type: 'setReadMany', ids: undo.ids, read: !undo.read},
		{type: 'undoable', undo: null},
		{type: 'notify', message: `Undone: ${undo.ids.length} ${undo.read ? 'unread' : 'read'} again ${undo.where}`},
	];
}

/** `J` and `K`: the next or previous article of the list under the open one, replacing it as `n` does. */
function stepArticle(ctx: CommandContext, delta: 1 | -1): Step[] {
	const next = ctx.neighbour(delta);
	if (next) return openSteps(next, next.index, ctx.height);
	return [{type: 'notify', message: `No ${delta === 1 ? 'next' : 'previous'} article in this list`}];
}

/**
 * Enter in the find prompt (`first`), `n` (1) or `N` (-1): the find moves to a match and the text
 * scrolls to show it; with no match the find ends with less's words.
 */
export function findSteps(ctx: CommandContext, how: 'first' | 1 | -1): Step[] {
	const screen = top(ctx.state);
	const find = ctx.state.find;
	if (screen.kind !== 'article' || !find || !ctx.find) return [];
	const moved = moveToMatch(ctx.find.matches, ctx.find.current, screen.scroll, ctx.height, how);
	if (!moved) return [{type: 'find', find: null}, ...(find.pattern === '' ? [] : [{type: 'notify', message: `Pattern not found: ${find.pattern}`} as const])];
	const steps: Step[] = [
		{type: 'find', find: {id: find.id, pattern: find.pattern, current: moved.index, typing: false}},
		{type: 'move', motion: {by: moved.scroll - screen.scroll}, total: ctx.total, height: ctx.height},
	];
	return moved.notice ? [...steps, {type: 'notify', message: moved.notice}] : steps;
}

/** `/` opens the prompt; a find already there is kept to go back to if Esc cancels the new one. */
function startFind(ctx: CommandContext, screen: Screen): Step[] {
	if (screen.kind !== 'article') return [];
	const old = ctx.find && ctx.state.find;
	const kept = old && !old.typing ? {kept: {pattern: old.pattern, current: old.current}} : {};
	return [{type: 'find', find: {id: screen.id, pattern: '', current: null, typing: true, ...kept}}];
}

/** Plans what a command does on the current screen. Pure: the app applies the steps. */
export function plan(command: CommandId, ctx: CommandContext, digit?: number): Step[] {
	const screen = top(ctx.state);
	const move = (motion: Motion): Step[] => [{type: 'move', motion, total: ctx.total, height: ctx.height}];
	switch (command) {
		case 'down':
			return move({by: 1});
		case 'up':
			return move({by: -1});
		case 'pageDown':
			return move({page: 1});
		case 'pageUp':
			return move({page: -1});
		case 'top':
			return move({to: 'top'});
		case 'bottom':
			return move({to: 'bottom'});
		case 'open':
			return openSelection(ctx, screen);
		case 'back':
			// As in less: Esc first clears the find's highlight, then goes back.
			return screen.kind === 'article' && ctx.find ? [{type: 'find', find: null}] : [{type: 'back'}];
		case 'quit':
			return ctx.state.stack.length > 1 ? [{type: 'back'}] : [{type: 'exit'}];
		case 'forceQuit':
			return [{type: 'exit'}];
		case 'redraw':
			return [{type: 'redraw'}];
		case 'suspend':
			return [{type: 'suspend'}];
		case 'followNumber':
			// Digits follow the numbered links to articles; the body's web links have no number shown.
			return followLink(
				ctx.links.find(link => link.number === digit && link.url === undefined),
				ctx.article?.meta.section ?? '',
			);
		case 'nextLink':
			return cycleLink(ctx, screen.kind === 'article' ? screen.link : null, 1);
		case 'previousLink':
			return cycleLink(ctx, screen.kind === 'article' ? screen.link : null, -1);
		case 'bookmarks':
			return screen.kind === 'bookmarks' ? [] : [{type: 'push', screen: {kind: 'bookmarks', pos: {cursor: 0, offset: 0}}}];
		case 'help':
			return screen.kind === 'help' ? [{type: 'back'}] : [{type: 'push', screen: {kind: 'help', scroll: 0}}];
		case 'find':
			return startFind(ctx, screen);
		case 'findNext':
			return ctx.find ? findSteps(ctx, 1) : plan('nextUnread', ctx);
		case 'findPrevious':
			return ctx.find ? findSteps(ctx, -1) : [{type: 'notify', message: 'No find in this article: / starts one'}];
		case 'nextUnread': {
			const next = ctx.nextUnread();
			return next ? openSteps(next, next.index, ctx.height) : [{type: 'notify', message: 'No unread articles'}];
		}
		case 'previousUnread': {
			const previous = ctx.previousUnread();
			return previous ? openSteps(previous, previous.index, ctx.height) : [{type: 'notify', message: 'No unread articles'}];
		}
		case 'unreadList':
			return screen.kind === 'headlines' && screen.section === UNREAD_LIST
				? []
				: [{type: 'push', screen: {kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 0, offset: 0}}}];
		case 'nextArticle':
			return stepArticle(ctx, 1);
		case 'previousArticle':
			return stepArticle(ctx, -1);
		case 'markSectionRead':
			return markRead(ctx, screen, false);
		case 'markAllRead':
			return markRead(ctx, screen, true);
		case 'undoMarks':
			return undoMarks(ctx);
		case 'toggleHideRead': {
			const hide = ctx.state.hideRead !== true;
			return [
				{type: 'hideRead', hide, cursor: ctx.rowWhenHidden(hide), height: ctx.height},
				{type: 'notify', message: hide ? 'Read articles hidden (L shows them)' : 'Read articles shown'},
			];
		}
		case 'toggleRead': {
			const item = target(ctx);
			if (!item) return [];
			const id = 'meta' in item ? item.meta.id : item.id;
			const read = !ctx.isRead(id);
			// A mark set by hand says the reader is done with the place, or starts the article afresh.
			// A mark set by hand is the next change: the last bulk mark can no longer be undone.
			return [
				{type: 'setRead', id, read},
				{type: 'setPlace', id, place: null},
				{type: 'undoable', undo: null},
				{type: 'notify', message: read ? 'Marked read' : 'Marked unread'},
			];
		}
		case 'search':
			return screen.kind === 'results'
				? [{type: 'search', kind: 'search'}]
				: [{type: 'push', screen: {kind: 'search', query: '', pos: {cursor: 0, offset: 0}}}];
		case 'refresh':
			return [{type: 'refresh'}];
		case 'addFeed':
			return [{type: 'push', screen: {kind: 'prompt', purpose: 'addFeed'}}];
		case 'unsubscribe': {
			const section = ctx.selection?.kind === 'section' ? ctx.selection.name : null;
			if (section === null) return [];
			if (section === UNREAD_LIST) return [{type: 'notify', message: 'Select a feed to unsubscribe from it'}];
			if (ctx.feedsIn(section).length === 0) return [{type: 'notify', message: `${section} is a folder, not a feed`}];
			return [{type: 'push', screen: {kind: 'confirm', purpose: 'unsubscribe', section}}];
		}
		case 'fullText': {
			if (screen.kind !== 'article' || !ctx.article) return [];
			if (!ctx.origin) return [{type: 'notify', message: 'Reader mode is for feed items; this article is a file'}];
			if (!ctx.origin.url) return [{type: 'notify', message: 'This item has no page to fetch'}];
			return [{type: 'readerMode', id: screen.id}];
		}
		case 'openLink':
			return linkSteps(ctx, screen, url => ({type: 'openLink', url}));
		case 'copyLink':
			return linkSteps(ctx, screen, url => ({type: 'copy', text: url, what: 'link'}));
		case 'qrCode':
			return linkSteps(ctx, screen, url => ({type: 'push', screen: {kind: 'showLink', url, as: 'qr'}}));
		case 'copyText': {
			const text = screen.kind === 'article' ? ctx.plainText() : null;
			return text === null ? [] : [{type: 'copy', text, what: 'text'}];
		}
		case 'save': {
			const markdown = screen.kind === 'article' && ctx.article ? ctx.markdown() : null;
			return markdown === null || !ctx.article ? [] : [{type: 'save', title: ctx.article.meta.title, markdown}];
		}
		case 'pipe':
			return screen.kind === 'article' && ctx.article ? [{type: 'push', screen: {kind: 'prompt', purpose: 'pipe', id: screen.id}}] : [];
		case 'toggleBookmark': {
			const item = target(ctx);
			if (!item) return [];
			const id = 'meta' in item ? item.meta.id : item.id;
			if (ctx.isBookmarked(id))
				return [
					{type: 'setBookmark', id, bookmark: null},
					{type: 'notify', message: 'Bookmark removed'},
				];
			const bookmark = 'meta' in item ? snapshot(item.meta, item.teaser, ctx.now) : item;
			return [
				{type: 'setBookmark', id, bookmark},
				{type: 'notify', message: 'Bookmarked'},
			];
		}
	}
}
