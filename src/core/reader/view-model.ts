import {anchorAt, helpLines, layoutFor, lineOf, plainText, textWidth, type ArticleLayout} from '../layout/index.js';
import {HELP_ENTRIES} from './commands.js';
import {type ArticleLoad, type BodyLookup, compareNames, type Library, nextUnread, type SectionSummary, type UnreadStart} from '../library/index.js';
import type {CommandContext, Selection} from './plan.js';
import {replaceTop, top, type Screen, type State} from './state.js';
import type {StoreSnapshot} from '../store/index.js';
import type {Article, ArticleMeta, Bookmark} from '../article/index.js';
import {follow, maxScroll, type ListPosition} from './viewport.js';

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
}

/** The snapshot teaser of an article: its first paragraph, cut near 160 characters. */
export function teaserOf(article: Article): string {
	const first = article.paragraphs[0] ?? '';
	// Never cut between the two halves of an emoji: a lone surrogate would reach the bookmark file.
	const end = /[\uD800-\uDBFF]/.test(first.charAt(156)) ? 156 : 157;
	return first.length > 160 ? `${first.slice(0, end).trimEnd()}...` : first;
}

function listSelection(screen: Screen, data: AppData, bookmarks: readonly Bookmark[], cursor: number): Selection | null {
	if (screen.kind === 'sections') {
		const name = data.library.sections[cursor];
		return name === undefined ? null : {kind: 'section', name};
	}
	if (screen.kind === 'headlines') {
		const meta = data.library.headlines(screen.section)[cursor];
		if (!meta) return null;
		const load = data.bodies.get(meta.id);
		return {kind: 'article', meta, teaser: load?.status === 'ok' ? teaserOf(load.article) : ''};
	}
	if (screen.kind === 'bookmarks') {
		const bookmark = bookmarks[cursor];
		return bookmark ? {kind: 'bookmark', bookmark, meta: data.library.get(bookmark.id) ?? null} : null;
	}
	return null;
}

function listTotal(screen: Screen, data: AppData, bookmarks: readonly Bookmark[]): number {
	if (screen.kind === 'sections') return data.library.sections.length;
	if (screen.kind === 'headlines') return data.library.headlines(screen.section).length;
	return bookmarks.length;
}

type ArticleScreen = Extract<Screen, {kind: 'article'}>;

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
	return lineOf(layout, anchorAt(layoutFor(article, screen.width, data.now), screen.scroll));
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
	const base = {screen, bodyHeight, pos: null, scroll: 0, selection: null, article: null, load: null, layout: null, bookmarks, heading: null};
	if (screen.kind === 'sections' || screen.kind === 'headlines' || screen.kind === 'bookmarks') {
		const total = listTotal(screen, data, bookmarks);
		const pos = follow(screen.pos, total, bodyHeight);
		return {...base, total, pos, selection: listSelection(screen, data, bookmarks, pos.cursor)};
	}
	if (screen.kind === 'article') {
		const load = data.bodies.get(screen.id) ?? {status: 'loading'};
		const known = data.library.get(screen.id);
		if (load.status !== 'ok') {
			// An article deleted while open is gone from the library too: its header must not go back to "Loading…".
			const fallback = load.status === 'error' ? {title: 'Not available', section: 'newsterm'} : null;
			return {...base, total: 1, load, heading: known ? {title: known.title, section: known.section} : fallback};
		}
		const layout = layoutFor(load.article, textWidth(data.columns), data.now);
		const total = layout.lines.length;
		const heading = {title: load.article.title, section: load.article.section};
		const scroll = Math.min(topLine(screen, load.article, layout, data), maxScroll(total, bodyHeight));
		const link = visibleLink(screen.link, layout, scroll, bodyHeight);
		const placed: Screen =
			scroll === screen.scroll && layout.width === screen.width && link === screen.link
				? screen
				: {kind: 'article', id: screen.id, scroll, link, width: layout.width};
		return {...base, screen: placed, total, scroll, load, article: load.article, layout, heading};
	}
	if (screen.kind === 'help') {
		// Wrapped only while help is on top: wrapping it would cost every first frame time.
		const total = helpLines(data.columns, HELP_ENTRIES).length;
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
		nextUnread: () => nextUnread(data.library, isRead, unreadStart(screen, view.selection)),
		isRead,
		isBookmarked: id => data.snapshot.bookmarks.has(id),
		now: data.now,
		feedsIn: data.feedsIn ?? ((): readonly string[] => []),
		origin: current?.origin ?? null,
		plainText: () => (current ? plainText(current) : null),
	};
}
