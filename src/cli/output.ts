import type {StyledLine} from '../core/layout/index.js';
import {compareNewestFirst} from '../core/library/index.js';
import type {Article, ArticleMeta} from '../core/article/index.js';

/** One row of `newsterm list --json`. */
export interface ListEntry {
	readonly id: string;
	readonly title: string;
	readonly section: string;
	readonly updated: string | null;
	readonly read: boolean;
	readonly bookmarked: boolean;
}

/** State flags for an article, from the store. */
export interface Flags {
	readonly read: boolean;
	readonly bookmarked: boolean;
}

/** Every headline, newest first, with its flags. */
export function listEntries(articles: readonly ArticleMeta[], flags: (id: string) => Flags): ListEntry[] {
	return [...articles].sort(compareNewestFirst).map(({id, title, section, updated}) => ({id, title, section, updated, ...flags(id)}));
}

/** `newsterm read --json`: the parsed article with its quotations located by paragraph and offset. */
export function articleJson(article: Article, flags: Flags) {
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

/** The text table of `newsterm list`: date, section, title, id. */
export function listText(entries: readonly ListEntry[]): string {
	return entries
		.map(
			entry =>
				`${entry.read ? ' ' : '●'}${entry.bookmarked ? '★' : ' '} ${(entry.updated ?? '').replace('T', ' ').padEnd(16)}  ${entry.section.padEnd(10)}  ${entry.title}  [${entry.id}]`,
		)
		.join('\n');
}
