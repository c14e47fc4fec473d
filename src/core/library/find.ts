import {type ArticleMeta, normalizeTitle} from '../article/index.js';

/** The outcome of looking an article up by id or title words. */
export type FindResult =
	| {readonly kind: 'found'; readonly article: ArticleMeta}
	| {readonly kind: 'none'}
	| {readonly kind: 'many'; readonly candidates: readonly ArticleMeta[]};

/**
 * Finds an article by id (exact, or without its section folder), else by title: an exact normalised
 * title wins, otherwise every word of the query must appear in the title.
 */
export function findArticle(articles: readonly ArticleMeta[], query: string): FindResult {
	const q = query.trim();
	const byId = articles.find(article => article.id === q || article.id === q.replace(/\.txt$/, ''));
	if (byId) return {kind: 'found', article: byId};
	const bySlug = articles.filter(article => article.id.split('/').at(-1) === q);
	if (bySlug.length === 1 && bySlug[0]) return {kind: 'found', article: bySlug[0]};
	const wanted = normalizeTitle(q);
	const exact = articles.filter(article => normalizeTitle(article.title) === wanted);
	if (exact.length === 1 && exact[0]) return {kind: 'found', article: exact[0]};
	const words = wanted.split(' ').filter(Boolean);
	if (words.length === 0) return {kind: 'none'};
	const matches = articles.filter(article => {
		const title = normalizeTitle(article.title);
		return words.every(word => title.includes(word));
	});
	if (matches.length === 1 && matches[0]) return {kind: 'found', article: matches[0]};
	return matches.length === 0 ? {kind: 'none'} : {kind: 'many', candidates: matches};
}
