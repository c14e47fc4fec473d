/**
 * Catching up: the Unread list over every section, the rows a list shows when read articles are
 * hidden, and the unread ids a bulk "mark read" changes. The lists are derived from the library and
 * the read set on each frame, so they are memoised on both (a 10,000-article library would otherwise
 * be filtered and sorted on every key).
 */
import type {ArticleMeta} from '../article/index.js';
import {compareNewestFirst, type Library} from './library.js';

/**
 * The section name of the Unread list. A NUL cannot be in a folder's name, and feed titles are
 * sanitized, so no real section is called this; it is never drawn (the screens say "Unread").
 */
export const UNREAD_LIST = '\u0000unread';

/** What the Unread list and a hidden-read list are filtered on. */
export interface RowFilter {
	readonly read: ReadonlySet<string>;
	/** Hide read articles from a section's headlines (the Unread list hides them always). */
	readonly hideRead: boolean;
	/**
	 * An article kept in the list though read: the one open over it, so `J` and `K` find their place
	 * after opening it marked it read. Back then lands on the row that followed it.
	 */
	readonly keep: string | null;
}

let memo: {library: Library; section: string; filter: RowFilter; rows: readonly ArticleMeta[]} | null = null;

const sameFilter = (a: RowFilter, b: RowFilter): boolean => a.read === b.read && a.hideRead === b.hideRead && a.keep === b.keep;

/** The rows of a headlines list: a section's headlines (unread ones only when hiding), or the Unread list, newest first. */
export function listRows(library: Library, section: string, filter: RowFilter): readonly ArticleMeta[] {
	const unreadList = section === UNREAD_LIST;
	if (!unreadList && !filter.hideRead) return library.headlines(section);
	if (memo && memo.library === library && memo.section === section && sameFilter(memo.filter, filter)) return memo.rows;
	const shown = (article: ArticleMeta): boolean => !filter.read.has(article.id) || article.id === filter.keep;
	const rows = unreadList ? library.all.filter(shown).sort(compareNewestFirst) : library.headlines(section).filter(shown);
	memo = {library, section, filter, rows};
	return rows;
}

/** The unread ids of a section, or of every section (`null` or the Unread list): what `A` and `C` mark. */
export function unreadIds(library: Library, read: ReadonlySet<string>, section: string | null): string[] {
	const articles = section === null || section === UNREAD_LIST ? library.all : library.members(section);
	const ids: string[] = [];
	for (const article of articles) if (!read.has(article.id)) ids.push(article.id);
	return ids;
}

let counted: {library: Library; read: ReadonlySet<string>; total: number} | null = null;

/**
 * How many articles are unread, for the Unread row at the top of Sections: counted once per library
 * and read set (each frame of the Sections screen asks).
 */
export function unreadTotal(library: Library, read: ReadonlySet<string>): number {
	if (counted && counted.library === library && counted.read === read) return counted.total;
	let total = 0;
	// Each section's members as listed, not `all`: that is reading order, which sorts every section,
	// and a scan makes a library per batch (a cold 100,000-article scan spent 8 s of 38 sorting).
	for (const section of library.sections) for (const article of library.members(section)) if (!read.has(article.id)) total++;
	counted = {library, read, total};
	return total;
}

/** Unread counts for status bars: the total and each section's, sections without unread left out. */
export function unreadCounts(library: Library, read: ReadonlySet<string>): {total: number; sections: Record<string, number>} {
	const sections: Record<string, number> = {};
	let total = 0;
	for (const name of library.sections) {
		const count = unreadIds(library, read, name).length;
		if (count === 0) continue;
		sections[name] = count;
		total += count;
	}
	return {total, sections};
}
