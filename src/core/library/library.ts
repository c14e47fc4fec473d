import {compareNames} from './compare-names.js';
import type {ArticleMeta} from '../article/index.js';

/** Where an unread article sits, for `n`. */
export interface UnreadTarget {
	readonly id: string;
	readonly section: string;
	/** Its row among its section's headlines. */
	readonly index: number;
}

/** A section as the Sections screen lists it. */
export interface SectionSummary {
	readonly name: string;
	readonly total: number;
	readonly unread: number;
}

/** The articles a session knows, grouped and ordered for the lists. Built once per scan result. */
export interface Library {
	readonly all: readonly ArticleMeta[];
	readonly sections: readonly string[];
	headlines(section: string): readonly ArticleMeta[];
	/** A section's articles in no set order: for counting, without sorting. */
	members(section: string): readonly ArticleMeta[];
	get(id: string): ArticleMeta | undefined;
	/** Row of an article among its section's headlines. */
	indexOf(id: string): number;
	/** Position of an article in reading order (`all`), or -1. */
	positionOf(id: string): number;
}

/** Newest first; undated articles last; then by title so the order is stable. */
export function compareNewestFirst(a: ArticleMeta, b: ArticleMeta): number {
	if (a.updated !== b.updated) {
		if (a.updated === null) return 1;
		if (b.updated === null) return -1;
		return a.updated < b.updated ? 1 : -1;
	}
	// Plain code-unit order for ties: localeCompare was a large part of building the library
	// (docs/performance.md#lazy-library).
	if (a.title !== b.title) return a.title < b.title ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Groups articles by section (sections in alphabetical order); each section is sorted newest first
 * when first asked for, and the by-id table is built on the first lookup. The Sections screen needs
 * only counts, so a start with 10,000 articles draws its first frame without sorting them, a good
 * part of that frame's work (docs/performance.md#lazy-library).
 */
export function buildLibrary(articles: readonly ArticleMeta[]): Library {
	const bySection = new Map<string, ArticleMeta[]>();
	for (const article of articles) {
		let list = bySection.get(article.section);
		if (!list) bySection.set(article.section, (list = []));
		list.push(article);
	}
	const sorted = new Set<string>();
	const rowOf = new Map<string, number>();
	const headlines = (section: string): readonly ArticleMeta[] => {
		const list = bySection.get(section);
		if (!list) return [];
		if (!sorted.has(section)) {
			sorted.add(section);
			list.sort(compareNewestFirst);
			for (const [row, article] of list.entries()) rowOf.set(article.id, row);
		}
		return list;
	};
	const sections = [...bySection.keys()].sort(compareNames);
	// By id on first use: a Map of every id is work the first frame does not need
	// (docs/performance.md#lazy-library).
	let byId: Map<string, ArticleMeta> | null = null;
	const lookup = (): Map<string, ArticleMeta> => (byId ??= new Map(articles.map(article => [article.id, article])));
	let order: {readonly all: readonly ArticleMeta[]; readonly position: ReadonlyMap<string, number>} | null = null;
	const reading = () => {
		if (!order) {
			const all = sections.flatMap(section => headlines(section));
			order = {all, position: new Map(all.map((article, i) => [article.id, i]))};
		}
		return order;
	};
	return {
		get all() {
			return reading().all;
		},
		sections,
		headlines,
		members: section => bySection.get(section) ?? [],
		get: id => lookup().get(id),
		indexOf(id) {
			const article = lookup().get(id);
			if (article) headlines(article.section);
			return rowOf.get(id) ?? -1;
		},
		positionOf: id => reading().position.get(id) ?? -1,
	};
}

/** Counts per section; O(articles), so callers memoise it on the read set. */
export function summarize(library: Library, isRead: (id: string) => boolean): SectionSummary[] {
	return library.sections.map(name => {
		const list = library.members(name);
		let unread = 0;
		for (const article of list) if (!isRead(article.id)) unread++;
		return {name, total: list.length, unread};
	});
}

/** Where the search for the next unread article starts. */
export type UnreadStart = {readonly after: string} | {readonly at: string} | {readonly section: string} | null;

/**
 * The next unread article in reading order (sections in order, each newest first), wrapping round to
 * the start, as newsboat's "next unread" does: `after` an open article, `at` the selected headline
 * (which counts itself), or from the start of a section. `direction` -1 searches backwards (`p`), from
 * the same start, so `n` then `p` returns where it began.
 */
export function nextUnread(library: Library, isRead: (id: string) => boolean, from: UnreadStart, direction: 1 | -1 = 1): UnreadTarget | null {
	const {all} = library;
	let start = 0;
	let skip: string | null = null;
	if (from && 'after' in from) {
		start = library.positionOf(from.after) + (direction === 1 ? 1 : -1);
		skip = from.after;
	} else if (from && 'at' in from) {
		start = Math.max(0, library.positionOf(from.at));
	} else if (from) {
		start = Math.max(
			0,
			all.findIndex(article => article.section === from.section),
		);
	}
	for (let step = 0; step < all.length; step++) {
		const article = all[(((start + direction * step) % all.length) + all.length) % all.length];
		if (article && article.id !== skip && !isRead(article.id)) {
			return {id: article.id, section: article.section, index: library.indexOf(article.id)};
		}
	}
	return null;
}
