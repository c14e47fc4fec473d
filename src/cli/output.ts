import type {StyledLine} from '../core/layout/index.js';
import {compareNewestFirst} from '../core/library/index.js';
import type {Article, ArticleMeta} from '../core/article/index.js';
import {cellWidth, fit, truncate} from '../core/text/index.js';

/** One row of `newsterm list --json`. */
export interface ListEntry {
	readonly id: string;
	readonly title: string;
	readonly section: string;
	readonly updated: string | null;
	readonly read: boolean;
	readonly bookmarked: boolean;
	/** A feed item's feed title; absent for a folder article. */
	readonly feed?: string;
}

/** State flags for an article, from the store. */
export interface Flags {
	readonly read: boolean;
	readonly bookmarked: boolean;
}

/** Every headline, newest first, with its flags and, for a feed item, its feed's title. */
export function listEntries(articles: readonly ArticleMeta[], flags: (id: string) => Flags, feedOf: (id: string) => string | null = () => null): ListEntry[] {
	return [...articles].sort(compareNewestFirst).map(({id, title, section, updated}) => {
		const feed = feedOf(id);
		return feed === null ? {id, title, section, updated, ...flags(id)} : {id, title, section, updated, ...flags(id), feed};
	});
}

/** What `list` keeps: `--unread`, `--bookmarked` and `--section` filter, `--limit` keeps the newest N. */
export interface ListFilter {
	readonly unread: boolean;
	readonly bookmarked: boolean;
	readonly section: string | null;
	readonly limit: number | null;
}

/** The entries `list` prints once filtered; they are newest first already, so the limit keeps the newest. */
export function filterEntries(entries: readonly ListEntry[], filter: ListFilter): ListEntry[] {
	const kept = entries.filter(
		entry => (!filter.unread || !entry.read) && (!filter.bookmarked || entry.bookmarked) && (filter.section === null || entry.section === filter.section),
	);
	return filter.limit === null ? kept : kept.slice(0, filter.limit);
}

/**
 * `newsterm read --json`: the parsed article with its quotations located by paragraph and offset. A
 * feed item adds what each block is, the body's links, and its page, author and feed.
 */
export function articleJson(article: Article, flags: Flags) {
	const {origin} = article;
	return {
		id: article.id,
		title: article.title,
		section: article.section,
		updated: article.updated,
		dateAmbiguous: article.dateAmbiguous,
		paragraphs: article.paragraphs,
		quotes: article.quotes.flatMap((spans, paragraph) =>
			spans.map(({start, end}) => ({paragraph, start, end, text: (article.paragraphs[paragraph] ?? '').slice(start, end)})),
		),
		related: article.related && {title: article.related.title, date: article.related.date, id: article.related.id},
		more: article.more && {
			section: article.more.section,
			items: article.more.items.map(({title, teaser, id}) => ({title, teaser, id})),
		},
		...(article.blocks && {blocks: article.blocks}),
		...(article.links && {links: article.links}),
		...(origin && {url: origin.url, author: origin.author, feed: origin.feed}),
		read: flags.read,
		bookmarked: flags.bookmarked,
	};
}

/** Plain text of laid-out lines, for pipes and NO_COLOR. */
export function plainLines(lines: readonly StyledLine[]): string {
	return lines
		.map(line =>
			line
				.map(segment => segment.text)
				.join('')
				.trimEnd(),
		)
		.join('\n');
}

const marks = (entry: ListEntry): string => `${entry.read ? ' ' : '●'}${entry.bookmarked ? '★' : ' '}`;
const date = (entry: ListEntry): string => (entry.updated ?? '').replace('T', ' ').padEnd(16);

/**
 * The text table of `newsterm list` into a pipe: date, section, title, id. Scripts may parse it, so
 * it keeps its shape; no articles is no output at all (`list | wc -l` is 0).
 */
export function listText(entries: readonly ListEntry[]): string {
	return entries.map(entry => `${marks(entry)} ${date(entry)}  ${entry.section.padEnd(10)}  ${entry.title}  [${entry.id}]`).join('\n');
}

/** @internal What the marks in the first column mean, above the table on a terminal (exported for tests). */
export const LIST_LEGEND = '● unread  ★ bookmarked';

/** Below this width the date loses its time and the section column goes, so titles keep room. */
const COMPACT_BELOW = 64;

/**
 * The same table on a terminal `width` cells wide: every row fits on one line (a wrapped row hides
 * the columns), titles cut with `…` so the ids stay in one column at the end, under a legend.
 */
export function listTerminalText(entries: readonly ListEntry[], width: number): string {
	if (entries.length === 0) return '';
	const compact = width < COMPACT_BELOW;
	const prefix = (entry: ListEntry): string =>
		compact ? `${marks(entry)} ${date(entry).slice(0, 10)}  ` : `${marks(entry)} ${date(entry)}  ${fit(entry.section, 10)}  `;
	const prefixCells = compact ? 15 : 33;
	const idCells = Math.max(...entries.map(entry => cellWidth(entry.id))) + 2;
	const longest = Math.max(...entries.map(entry => cellWidth(entry.title)));
	// The headline is what a reader scans for (and `read` takes title words), so it keeps at least
	// 60% of what is left; the id gives way after that, cut at the row's end.
	const rest = width - prefixCells - 2;
	const titleCells = Math.min(longest, Math.max(rest - idCells, Math.ceil(rest * 0.6), 12));
	const rows = entries.map(entry => truncate(`${prefix(entry)}${fit(entry.title, titleCells)}  [${entry.id}]`, width));
	return [truncate(LIST_LEGEND, width), ...rows].join('\n');
}
