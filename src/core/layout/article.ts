import {type Article, type DateFormat, headerDate, type LocalDateTime} from '../article/index.js';
import {cellWidth, wrapRanges} from '../text/index.js';
import {layoutBody, layoutWebLinks} from './body.js';
import {type Anchor, Builder, prefixed, type Segment, type Style, type StyledLine} from './builder.js';

export type {Anchor, Style, StyledLine} from './builder.js';

/**
 * A selectable link at the foot of an article: the related headline, a "More from" item, or one of
 * the body's web links (with `url`). Web links are numbered after the others, so the digits keep
 * following the articles' links, but they sit above them on screen.
 */
export interface LayoutLink {
	readonly number: number;
	readonly title: string;
	readonly teaser: string;
	readonly id: string | null;
	/** The first row of the link in `lines`, and the row after its last. */
	readonly line: number;
	readonly end: number;
	/** A body web link's URL (opened with `o` or Enter, never followed inside the reader). */
	readonly url?: string;
}

/** An article laid out for one width. */
export interface ArticleLayout {
	readonly width: number;
	readonly lines: readonly StyledLine[];
	/** Where each line starts in the block model; a blank line sits at the end of the block before it. */
	readonly starts: readonly Anchor[];
	readonly links: readonly LayoutLink[];
}

/** Wraps `text` with a first-line prefix and a hanging indent of the same width. */
function hanging(out: Builder, text: string, width: number, prefix: Segment, style: Style, link?: number): void {
	const tag = (segment: Segment): Segment => (link === undefined ? segment : {...segment, link});
	const rest: Segment = {text: ' '.repeat(cellWidth(prefix.text)), style: 'body'};
	prefixed(out, text, width, {first: tag(prefix), rest}, wrapRanges, (start, end) => [tag({text: text.slice(start, end), style})]);
}

function metaLine(article: Article, now: number, dates: DateFormat): string {
	const parts: string[] = [article.section];
	if (article.updated) parts.push(...headerDate(article.updated, dates, now));
	if (article.dateAmbiguous) parts.push('date order guessed (DD/MM)');
	const origin = article.origin;
	if (origin?.author) parts.push(origin.author);
	// In the meta line, not a block of their own: reading places count blocks, and these come and go.
	if (origin?.revised) parts.push('updated since first seen');
	if (origin?.full) parts.push('full text from the page');
	else if (origin?.fullError) parts.push(`no full text: ${origin.fullError}`);
	return parts.join(' · ');
}

function linkBlock(
	links: LayoutLink[],
	out: Builder,
	width: number,
	entry: {readonly title: string; readonly teaser: string; readonly id: string | null; readonly date?: LocalDateTime | null},
	dates: DateFormat,
	now: number,
): void {
	const number = links.length + 1;
	const line = out.lines.length;
	const prefix: Segment = {text: `[${number}] `, style: 'number'};
	hanging(out, entry.title, width, prefix, entry.id ? 'link' : 'missing', number);
	const notes = [entry.teaser, entry.date ? headerDate(entry.date, dates === 'default' ? 'iso' : dates, now).join(' ') : '', entry.id ? '' : '(teaser only)'];
	const note = notes.filter(Boolean).join(' ');
	if (note) hanging(out, note, width, {text: ' '.repeat(cellWidth(prefix.text)), style: 'body'}, 'teaser', number);
	links.push({number, title: entry.title, teaser: entry.teaser, id: entry.id, line, end: out.lines.length});
}

/** How many links the foot numbers before the body's web links: the related headline and the "More from" items. */
function articleLinkCount(article: Article): number {
	return (article.related ? 1 : 0) + (article.more?.items.length ?? 0);
}

/**
 * Lays an article out for a text width: title, meta line (with the author of a feed item), body
 * with quotes marked, the body's web links, then the links to other articles.
 */
export function layoutArticle(article: Article, width: number, now: number, dates: DateFormat = 'default'): ArticleLayout {
	const out = new Builder();
	const links: LayoutLink[] = [];
	const plain = (text: string, style: Style): void => out.add(text, wrapRanges(text, width), (start, end) => [{text: text.slice(start, end), style}]);
	plain(article.title, 'title');
	plain(metaLine(article, now, dates), 'meta');
	layoutBody(out, article, width);
	const web = layoutWebLinks(out, article, width, articleLinkCount(article) + 1);
	if (article.related) {
		out.blank();
		plain('Related', 'heading');
		linkBlock(links, out, width, {...article.related, teaser: ''}, dates, now);
	}
	if (article.more && article.more.items.length > 0) {
		out.blank();
		plain(`More from ${article.more.section}`, 'heading');
		for (const item of article.more.items) linkBlock(links, out, width, item, dates, now);
	}
	return {width, lines: out.lines, starts: out.starts, links: [...links, ...web]};
}

/** The place in the block model of line `line` (clamped to the layout). */
export function anchorAt(layout: ArticleLayout, line: number): Anchor {
	return layout.starts[Math.max(0, Math.min(line, layout.starts.length - 1))] ?? {block: 0, offset: 0};
}

/**
 * The line that shows an anchor: the last line starting at or before it. Binary search, since the
 * starts only grow down the layout.
 */
export function lineOf(layout: ArticleLayout, anchor: Anchor): number {
	let low = 0;
	let high = layout.starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		const start = layout.starts[mid] ?? anchor;
		if (start.block < anchor.block || (start.block === anchor.block && start.offset <= anchor.offset)) low = mid;
		else high = mid - 1;
	}
	return Math.max(0, low);
}

const cache = new WeakMap<Article, Map<string, ArticleLayout>>();

/**
 * `layoutArticle`, memoised per article and width: a resize lays out again, a key press does not.
 * The relative date is taken when a width is first laid out.
 */
export function layoutFor(article: Article, width: number, now: number, dates: DateFormat = 'default'): ArticleLayout {
	let byWidth = cache.get(article);
	if (!byWidth) cache.set(article, (byWidth = new Map()));
	const key = `${width} ${dates}`;
	let layout = byWidth.get(key);
	if (!layout) byWidth.set(key, (layout = layoutArticle(article, width, now, dates)));
	return layout;
}

/**
 * The plain text of a styled line.
 * @internal Tests use it; the program does not.
 */
export function lineText(line: StyledLine): string {
	return line.map(segment => segment.text).join('');
}
