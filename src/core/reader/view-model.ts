import {anchorAt, helpLines, layoutFor, lineOf, plainText, textWidth, type ArticleLayout} from '../layout/index.js';
import {type CommandSpec, helpEntries} from './commands.js';
import {
	type ArticleLoad,
	type BodyLookup,
	compareNames,
	type Library,
	listRows,
	nextUnread,
	type SectionSummary,
	UNREAD_LIST,
	type UnreadStart,
	type UnreadTarget,
	unreadIds,
	unreadTotal,
} from '../library/index.js';
import type {CommandContext, Selection} from './plan.js';
import {replaceTop, top, type Screen, type State} from './state.js';
import type {StoreSnapshot} from '../store/index.js';
import type {Article, ArticleMeta, Bookmark, DateFormat} from '../article/index.js';
import {articleMarkdown} from '../export/index.js';
import {follow, maxScroll, type ListPosition} from './viewport.js';
import {type FindMatch, matchesIn} from '../find/index.js';
import {SEARCH_HEAD_ROWS, type SearchControl, searchRows} from '../search/index.js';

/** Everything besides navigation state that decides what is on screen. */
export interface AppData {
	readonly library: Library;
	/** Section counts; a function because only the Sections screen needs them (O(articles) each time the store changes). */
	readonly summaries: () => readonly SectionSummary[];
	readonly snapshot: StoreSnapshot;
	/** Bodies loaded so far (core/body-loader), by id. */
	readonly bodies: BodyLookup;
	/** Terminal size in cells. */
	readonly columns: number;
	readonly rows: number;
	readonly now: number;
	/** The titles of the feeds listed under a section (none for a folder's); absent when feeds are not in use. */
	readonly feedsIn?: (section: string) => readonly string[];
	/** config.toml's settings, each absent for its default: the command table with the user's keys, the text width cap, the date format. */
	readonly commands?: readonly CommandSpec[];
	readonly maxTextWidth?: number;
	readonly dates?: DateFormat;
	/** Searching every article (`/`); absent when the reader runs without an index. */
	readonly search?: SearchControl;
}

/** Rows taken by the header and the footer. */
const CHROME_ROWS = 2;

/**
 * Bookmarks, most recent first.
 * @internal Tests use it; the program does not.
 */
export function bookmarkList(snapshot: StoreSnapshot): Bookmark[] {
	return [...snapshot.bookmarks.values()].sort((a, b) => b.at - a.at || compareNames(a.title, b.title));
}

/** What the current screen shows, derived from state and data. */
export interface ViewModel {
	readonly screen: Screen;
	readonly bodyHeight: number;
	readonly total: number;
	/** The list window after repairing it for the current size (lists only). */
	readonly pos: ListPosition | null;
	/** The text scroll, clamped to the current layout (a resize can shorten the text). */
	readonly scroll: number;
	readonly selection: Selection | null;
	readonly article: Article | null;
	readonly load: ArticleLoad | null;
	readonly layout: ArticleLayout | null;
	readonly bookmarks: readonly Bookmark[];
	/** The open article's title and section, from the library while its body is still loading. */
	readonly heading: {readonly title: string; readonly section: string} | null;
	/** A headlines list's rows: the section's, read ones hidden when asked, or the Unread list's; a search's rows on screen only, from `pos.offset`. */
	readonly rows: readonly ArticleMeta[];
	/** Whether the open article is read and bookmarked, for the header; null on other screens. */
	readonly marks: {readonly read: boolean; readonly bookmarked: boolean} | null;
	/** The Unread row's count on the Sections screen; null when nothing is unread (no row) and on other screens. */
	readonly unreadRow: number | null;
	/** The find in the open article (`/`): its pattern, whether its prompt is open, its matches at this width. */
	readonly find: FindView | null;
}

/** A find as the screen shows it. */
export interface FindView {
	readonly pattern: string;
	readonly typing: boolean;
	readonly current: number | null;
	readonly matches: readonly FindMatch[];
}

/** The find of the article on top, with its matches on this layout (none while the body loads). */
function findView(state: State, id: string, layout: ArticleLayout | null): FindView | null {
	const find = state.find;
	if (!find || find.id !== id) return null;
	const matches = layout ? matchesIn(layout.lines, layout.starts, find.pattern) : [];
	return {pattern: find.pattern, typing: find.typing, current: find.current, matches};
}

/** The rows of the headlines list `section`, with `keep` shown though read (the article open over it). */
function headlineRows(state: State, data: AppData, section: string, keep: string | null): readonly ArticleMeta[] {
	return listRows(data.library, section, {read: data.snapshot.read, hideRead: state.hideRead === true, keep});
}

/** The snapshot teaser of an article: its first paragraph, cut near 160 characters. */
export function teaserOf(article: Article): string {
	const first = article.paragraphs[0] ?? '';
	// Never cut between the two halves of an emoji: a lone surrogate would reach the bookmark file.
	const end = /[\uD800-\uDBFF]/.test(first.charAt(156)) ? 156 : 157;
	return first.length > 160 ? `${first.slice(0, end).trimEnd()}...` : first;
}

function listSelection(screen: Screen, data: AppData, lists: Lists, cursor: number): Selection | null {
	if (screen.kind === 'sections') {
		// The Unread row is a section of its own to the commands: Enter opens the Unread list, A marks everything.
		const name = lists.unreadRow === null ? data.library.sections[cursor] : cursor === 0 ? UNREAD_LIST : data.library.sections[cursor - 1];
		return name === undefined ? null : {kind: 'section', name};
	}
	if (screen.kind === 'headlines' || screen.kind === 'search' || screen.kind === 'results') {
		const meta = lists.rows[cursor];
		if (!meta) return null;
		const load = data.bodies.get(meta.id);
		return {kind: 'article', meta, teaser: load?.status === 'ok' ? teaserOf(load.article) : ''};
	}
	if (screen.kind === 'bookmarks') {
		const bookmark = lists.bookmarks[cursor];
		return bookmark ? {kind: 'bookmark', bookmark, meta: data.library.get(bookmark.id) ?? null} : null;
	}
	return null;
}

/** The rows of the list on top: headlines or bookmarks (one of them empty), and the Sections screen's Unread row. */
interface Lists {
	readonly rows: readonly ArticleMeta[];
	readonly bookmarks: readonly Bookmark[];
	readonly unreadRow: number | null;
}

function listTotal(screen: Screen, data: AppData, lists: Lists): number {
	if (screen.kind === 'sections') return data.library.sections.length + (lists.unreadRow === null ? 0 : 1);
	if (screen.kind === 'headlines') return lists.rows.length;
	return lists.bookmarks.length;
}

type ArticleScreen = Extract<Screen, {kind: 'article'}>;
type SectionsScreen = Extract<Screen, {kind: 'sections'}>;

/**
 * The Sections screen with its cursor counted as the rows are now: when the Unread row has come or
 * gone since the cursor was placed (a refresh, the last unread read), the cursor and window move by
 * that row, so the same section stays under the cursor; on the row itself, it goes to the first section.
 */
function sectionsNow(screen: SectionsScreen, shown: boolean): SectionsScreen {
	const shift = (shown ? 1 : 0) - (screen.unreadRow === true ? 1 : 0);
	if (shift === 0) return screen;
	const {cursor, offset} = screen.pos;
	// A window at the top stays there, so a row that appears is seen.
	return {kind: 'sections', pos: {cursor: Math.max(0, cursor + shift), offset: offset === 0 ? 0 : Math.max(0, offset + shift)}, unreadRow: shown};
}

/**
 * The top line of an article at this layout's width: on opening, the place the store kept, else the line counted at
 * another width moved to the line that shows the same text (the width memo makes both lookups cheap).
 */
function topLine(screen: ArticleScreen, article: Article, layout: ArticleLayout, data: AppData): number {
	if (screen.width === undefined) {
		const place = data.snapshot.places.get(screen.id);
		return place ? lineOf(layout, place) : screen.scroll;
	}
	if (screen.width === layout.width || screen.scroll === 0) return screen.scroll;
	return lineOf(layout, anchorAt(layoutFor(article, screen.width, data.now, data.dates), screen.scroll));
}

/** The selected link, while any of its rows is on screen: Enter must not follow a link the reader no longer sees. */
function visibleLink(link: number | null, layout: ArticleLayout, scroll: number, height: number): number | null {
	if (link === null) return null;
	const rows = layout.links[link - 1];
	if (rows === undefined) return null;
	return rows.line < scroll + height && rows.end > scroll ? link : null;
}

/** Derives the current screen's view model; an article's screen comes back with its scroll and link fitted to the layout. */
export function viewModel(state: State, data: AppData): ViewModel {
	const screen = top(state);
	const bodyHeight = Math.max(1, data.rows - CHROME_ROWS);
	const bookmarks = screen.kind === 'bookmarks' ? bookmarkList(data.snapshot) : [];
	const searching = screen.kind === 'search' || screen.kind === 'results';
	const rows = screen.kind === 'headlines' ? headlineRows(state, data, screen.section, null) : [];
	const base = {
		screen,
		bodyHeight,
		pos: null,
		scroll: 0,
		selection: null,
		article: null,
		load: null,
		layout: null,
		bookmarks,
		heading: null,
		rows,
		marks: null,
		find: null,
		unreadRow: null,
	};
	if (screen.kind === 'sections' || screen.kind === 'headlines' || screen.kind === 'bookmarks' || searching) {
		const unread = screen.kind === 'sections' ? unreadTotal(data.library, data.snapshot.read) : 0;
		const lists = {rows, bookmarks, unreadRow: unread > 0 ? unread : null};
		const placed = screen.kind === 'sections' ? sectionsNow(screen, unread > 0) : screen;
		if (searching) {
			// Counted, and only the rows on screen made: a key costs the query and a screenful (docs/performance.md#search).
			const found = searchRows(data.search, data.library, screen.query);
			// The query and its status line sit above the rows.
			const height = Math.max(1, bodyHeight - SEARCH_HEAD_ROWS);
			const pos = follow(screen.pos, found.total, height);
			const shown = {...lists, rows: found.window(pos.offset, height)};
			return {...base, rows: shown.rows, total: found.total, pos, selection: listSelection(screen, data, shown, pos.cursor - pos.offset)};
		}
		const total = listTotal(placed, data, lists);
		const pos = follow(placed.pos, total, bodyHeight);
		return {...base, screen: placed, total, pos, unreadRow: lists.unreadRow, selection: listSelection(placed, data, lists, pos.cursor)};
	}
	if (screen.kind === 'article') {
		const marks = {read: data.snapshot.read.has(screen.id), bookmarked: data.snapshot.bookmarks.has(screen.id)};
		const load = data.bodies.get(screen.id) ?? {status: 'loading'};
		const known = data.library.get(screen.id);
		if (load.status !== 'ok') {
			// An article deleted while open is gone from the library too: its header must not go back to "Loading…".
			const fallback = load.status === 'error' ? {title: 'Not available', section: 'newsterm'} : null;
			return {...base, total: 1, load, marks, find: findView(state, screen.id, null), heading: known ? {title: known.title, section: known.section} : fallback};
		}
		const layout = layoutFor(load.article, textWidth(data.columns, data.maxTextWidth), data.now, data.dates);
		const total = layout.lines.length;
		const heading = {title: load.article.title, section: load.article.section};
		const scroll = Math.min(topLine(screen, load.article, layout, data), maxScroll(total, bodyHeight));
		const link = visibleLink(screen.link, layout, scroll, bodyHeight);
		const placed: Screen =
			scroll === screen.scroll && layout.width === screen.width && link === screen.link
				? screen
				: {kind: 'article', id: screen.id, scroll, link, width: layout.width};
		return {...base, screen: placed, total, scroll, load, article: load.article, layout, heading, marks, find: findView(state, screen.id, layout)};
	}
	if (screen.kind === 'help') {
		// Wrapped only while help is on top: wrapping it would cost every first frame time.
		const total = helpLines(data.columns, helpEntries(data.commands)).length;
		return {...base, total, scroll: Math.min(screen.scroll, maxScroll(total, bodyHeight))};
	}
	return {...base, total: 0};
}

function unreadStart(screen: Screen, selection: Selection | null): UnreadStart {
	if (screen.kind === 'article') return {after: screen.id};
	if (selection?.kind === 'article') return {at: selection.meta.id};
	if (selection?.kind === 'section') return {section: selection.name};
	return null;
}

/** The headlines list in play: the one on top, or the one under the open article. */
function listInPlay(state: State): Extract<Screen, {kind: 'headlines'}> | null {
	const screen = top(state);
	if (screen.kind === 'headlines') return screen;
	const below = state.stack[state.stack.length - 2];
	return screen.kind === 'article' && below?.kind === 'headlines' ? below : null;
}

/**
 * An unread article found by `n` or `p`, placed in the Unread list when that is the list in play, so
 * the reader stays in it; its row is counted with it kept, as it will be once open.
 */
function inList(state: State, data: AppData, target: UnreadTarget | null): UnreadTarget | null {
	if (!target || listInPlay(state)?.section !== UNREAD_LIST) return target;
	const index = headlineRows(state, data, UNREAD_LIST, target.id).findIndex(meta => meta.id === target.id);
	return {...target, section: UNREAD_LIST, index};
}

/** The article `delta` rows from the open one in the list under it (`J`, `K`). */
function neighbour(state: State, data: AppData, delta: 1 | -1): UnreadTarget | null {
	const screen = top(state);
	const list = listInPlay(state);
	if (screen.kind !== 'article' || !list) return null;
	const rows = headlineRows(state, data, list.section, screen.id);
	const at = rows.findIndex(meta => meta.id === screen.id);
	const next = at < 0 ? undefined : rows[at + delta];
	if (!next) return null;
	// Its row once it is the one kept, the article left behind hidden if it is read.
	const index = headlineRows(state, data, list.section, next.id).findIndex(meta => meta.id === next.id);
	return {id: next.id, section: list.section, index};
}

/** The row the selected article has with read articles hidden or shown: the same article, else the next one shown. */
function rowWhenHidden(data: AppData, view: ViewModel, hide: boolean): number {
	const screen = view.screen;
	if (screen.kind !== 'headlines' || !view.pos) return 0;
	const rows = listRows(data.library, screen.section, {read: data.snapshot.read, hideRead: hide, keep: null});
	const place = new Map(rows.map((meta, i) => [meta.id, i]));
	for (const meta of view.rows.slice(view.pos.cursor)) {
		const row = place.get(meta.id);
		if (row !== undefined) return row;
	}
	return Math.max(0, rows.length - 1);
}

/** The facts the command planner needs, from the same view model the screen is drawn from. */
export function commandContext(state: State, data: AppData, view: ViewModel): CommandContext {
	const isRead = (id: string): boolean => data.snapshot.read.has(id);
	const current = view.article;
	const meta: ArticleMeta | undefined = current ? (data.library.get(current.id) ?? current) : undefined;
	const screen = view.screen;
	const repaired: Screen | null =
		view.pos && 'pos' in screen
			? {...screen, pos: view.pos}
			: screen !== top(state)
				? screen
				: 'scroll' in screen && screen.scroll !== view.scroll
					? {...screen, scroll: view.scroll}
					: null;
	return {
		state: repaired ? replaceTop(state, repaired) : state,
		height: view.bodyHeight,
		total: view.total,
		selection: view.selection,
		article: meta && current ? {meta, teaser: teaserOf(current)} : null,
		links: view.layout?.links ?? [],
		nextUnread: () => inList(state, data, nextUnread(data.library, isRead, unreadStart(screen, view.selection))),
		previousUnread: () => inList(state, data, nextUnread(data.library, isRead, unreadStart(screen, view.selection), -1)),
		unreadIn: section => unreadIds(data.library, data.snapshot.read, section),
		neighbour: delta => neighbour(state, data, delta),
		rowWhenHidden: hide => rowWhenHidden(data, view, hide),
		find: view.find,
		isRead,
		isBookmarked: id => data.snapshot.bookmarks.has(id),
		now: data.now,
		feedsIn: data.feedsIn ?? ((): readonly string[] => []),
		origin: current?.origin ?? null,
		plainText: () => (current ? plainText(current) : null),
		markdown: () => (current ? articleMarkdown(current) : null),
	};
}
