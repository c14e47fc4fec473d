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

/** An article laid out for one width. */
export interface ArticleLayout {
	readonly width: number;
	readonly lines: readonly StyledLine[];
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

/** Wraps `text` with a first-line prefix and a hanging indent of the same width. */
function hanging(text: string, width: number, prefix: Segment, style: Style, link?: number): StyledLine[] {
	const indent = cellWidth(prefix.text);
	const tag = (segment: Segment): Segment => (link === undefined ? segment : {...segment, link});
	return wrapRanges(text, Math.max(1, width - indent)).map(({start, end}, i) => [
		i === 0 ? tag(prefix) : {text: ' '.repeat(indent), style: 'body'},
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
	lines: StyledLine[],
	width: number,
	entry: {readonly title: string; readonly teaser: string; readonly id: string | null; readonly date?: LocalDateTime | null},
): void {
	const number = links.length + 1;
	links.push({number, title: entry.title, teaser: entry.teaser, id: entry.id, line: lines.length});
	const prefix: Segment = {text: `[${number}] `, style: 'number'};
	lines.push(...hanging(entry.title, width, prefix, entry.id ? 'link' : 'missing', number));
	const notes = [entry.teaser, entry.date ? formatDateTime(entry.date) : '', entry.id ? '' : '(teaser only)'];
	const note = notes.filter(Boolean).join(' ');
	if (note) lines.push(...hanging(note, width, {text: ' '.repeat(cellWidth(prefix.text)), style: 'body'}, 'teaser', number));
}

/** Lays an article out for a text width: title, meta line, body with quotes marked, then its links. */
export function layoutArticle(article: Article, width: number, now: number): ArticleLayout {
	const lines: StyledLine[] = [];
	const links: LayoutLink[] = [];
	for (const {start, end} of wrapRanges(article.title, width)) {
		lines.push([{text: article.title.slice(start, end), style: 'title'}]);
	}
	for (const {start, end} of wrapRanges(metaLine(article, now), width)) {
		lines.push([{text: metaLine(article, now).slice(start, end), style: 'meta'}]);
	}
	for (const [p, text] of article.paragraphs.entries()) {
		lines.push([]);
		const quotes = article.quotes[p] ?? [];
		for (const {start, end} of wrapRanges(text, width)) lines.push(styleRange(text, start, end, quotes));
	}
	if (article.related) {
		lines.push([], [{text: 'Related', style: 'heading'}]);
		linkBlock(links, lines, width, {...article.related, teaser: ''});
	}
	if (article.more && article.more.items.length > 0) {
		lines.push([], [{text: `More from ${article.more.section}`, style: 'heading'}]);
		for (const item of article.more.items) linkBlock(links, lines, width, item);
	}
	return {width, lines, links};
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
