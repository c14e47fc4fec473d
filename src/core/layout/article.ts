import {type Article, formatDateTime, type LocalDateTime, type QuoteSpan, relativeTime} from '../article/index.js';
import {cellWidth, wrapRanges} from '../text/index.js';

/** What a piece of text is; the theme in src/ui maps each to colours and attributes. */
export type Style = 'title' | 'meta' | 'body' | 'quote' | 'heading' | 'link' | 'missing' | 'teaser' | 'number';

/** A run of text in one style; `link` is the 1-based link number the run belongs to. */
interface Segment {
	readonly text: string;
	readonly style: Style;
	readonly link?: number;
}

/** One screen row of an article. */
export type StyledLine = readonly Segment[];

/** A link at the foot of an article: the related headline or a "More from" item. */
export interface LayoutLink {
	readonly number: number;
	readonly title: string;
	readonly teaser: string;
	readonly id: string | null;
	/** The first row of the link in `lines`. */
	readonly line: number;
}

/**
 * A place in an article that does not depend on the width: a block (the title, the meta line, a
 * paragraph, a heading, a link's title or its note, numbered in the order they are laid out) and a
 * character offset in that block's text.
 */
export interface Anchor {
	readonly block: number;
	readonly offset: number;
}

/** An article laid out for one width. */
export interface ArticleLayout {
	readonly width: number;
	readonly lines: readonly StyledLine[];
	/** Where each line starts in the block model; a blank line sits at the end of the block before it. */
	readonly starts: readonly Anchor[];
	readonly links: readonly LayoutLink[];
}

/** Splits one paragraph's wrapped line into body and quote runs. */
function styleRange(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): Segment[] {
	const segments: Segment[] = [];
	let at = start;
	for (const quote of quotes) {
		if (quote.end <= at || quote.start >= end) continue;
		if (quote.start > at) segments.push({text: text.slice(at, quote.start), style: 'body'});
		const stop = Math.min(end, quote.end);
		segments.push({text: text.slice(Math.max(at, quote.start), stop), style: 'quote'});
		at = stop;
	}
	if (at < end) segments.push({text: text.slice(at, end), style: 'body'});
	return segments;
}

/** Lines with their places in the block model, built block by block. */
class Builder {
	readonly lines: StyledLine[] = [];
	readonly starts: Anchor[] = [];
	private block = -1;
	private length = 0;

	/** Adds one block: `text` wrapped to `width`, each range drawn by `draw`. */
	add(text: string, width: number, draw: (start: number, end: number, first: boolean) => StyledLine): void {
		this.block++;
		this.length = text.length;
		for (const [i, {start, end}] of wrapRanges(text, width).entries()) {
			this.lines.push(draw(start, end, i === 0));
			this.starts.push({block: this.block, offset: start});
		}
	}

	/** A line outside the text (a blank line): it keeps the place of the end of the block before it. */
	blank(): void {
		this.lines.push([]);
		this.starts.push({block: Math.max(0, this.block), offset: this.length});
	}
}

/** Wraps `text` with a first-line prefix and a hanging indent of the same width. */
function hanging(out: Builder, text: string, width: number, prefix: Segment, style: Style, link?: number): void {
	const indent = cellWidth(prefix.text);
	const tag = (segment: Segment): Segment => (link === undefined ? segment : {...segment, link});
	out.add(text, Math.max(1, width - indent), (start, end, first) => [
		first ? tag(prefix) : {text: ' '.repeat(indent), style: 'body'},
		tag({text: text.slice(start, end), style}),
	]);
}

function metaLine(article: Article, now: number): string {
	const parts: string[] = [article.section];
	if (article.updated) {
		parts.push(formatDateTime(article.updated), relativeTime(article.updated, now));
	}
	if (article.dateAmbiguous) parts.push('date order guessed (DD/MM)');
	return parts.join(' · ');
}

function linkBlock(
	links: LayoutLink[],
	out: Builder,
	width: number,
	entry: {readonly title: string; readonly teaser: string; readonly id: string | null; readonly date?: LocalDateTime | null},
): void {
	const number = links.length + 1;
	links.push({number, title: entry.title, teaser: entry.teaser, id: entry.id, line: out.lines.length});
	const prefix: Segment = {text: `[${number}] `, style: 'number'};
	hanging(out, entry.title, width, prefix, entry.id ? 'link' : 'missing', number);
	const notes = [entry.teaser, entry.date ? formatDateTime(entry.date) : '', entry.id ? '' : '(teaser only)'];
	const note = notes.filter(Boolean).join(' ');
	if (note) hanging(out, note, width, {text: ' '.repeat(cellWidth(prefix.text)), style: 'body'}, 'teaser', number);
}

/** Lays an article out for a text width: title, meta line, body with quotes marked, then its links. */
export function layoutArticle(article: Article, width: number, now: number): ArticleLayout {
	const out = new Builder();
	const links: LayoutLink[] = [];
	const plain = (text: string, style: Style): void => out.add(text, width, (start, end) => [{text: text.slice(start, end), style}]);
	plain(article.title, 'title');
	plain(metaLine(article, now), 'meta');
	for (const [p, text] of article.paragraphs.entries()) {
		out.blank();
		const quotes = article.quotes[p] ?? [];
		out.add(text, width, (start, end) => styleRange(text, start, end, quotes));
	}
	if (article.related) {
		out.blank();
		plain('Related', 'heading');
		linkBlock(links, out, width, {...article.related, teaser: ''});
	}
	if (article.more && article.more.items.length > 0) {
		out.blank();
		plain(`More from ${article.more.section}`, 'heading');
		for (const item of article.more.items) linkBlock(links, out, width, item);
	}
	return {width, lines: out.lines, starts: out.starts, links};
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

const cache = new WeakMap<Article, Map<number, ArticleLayout>>();

/**
 * `layoutArticle`, memoised per article and width: a resize lays out again, a key press does not.
 * The relative date is taken when a width is first laid out.
 */
export function layoutFor(article: Article, width: number, now: number): ArticleLayout {
	let byWidth = cache.get(article);
	if (!byWidth) cache.set(article, (byWidth = new Map()));
	let layout = byWidth.get(width);
	if (!layout) byWidth.set(width, (layout = layoutArticle(article, width, now)));
	return layout;
}

/**
 * The plain text of a styled line.
 * @internal Tests use it; the program does not.
 */
export function lineText(line: StyledLine): string {
	return line.map(segment => segment.text).join('');
}
