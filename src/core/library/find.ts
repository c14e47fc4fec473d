import {type ArticleMeta, normalizeTitle} from '../article/index.js';
import {suggestArticles} from './suggest.js';

/** The outcome of looking an article up by id or title words. */
export type FindResult =
	| {readonly kind: 'found'; readonly article: ArticleMeta}
	/** No match; `suggestions` are the closest articles ("did you mean …?"), possibly none. */
	| {readonly kind: 'none'; readonly suggestions: readonly ArticleMeta[]}
	| {readonly kind: 'many'; readonly candidates: readonly ArticleMeta[]};

/** The one article in a list, or none when it holds none or several. */
const only = (list: readonly ArticleMeta[]): ArticleMeta | undefined => (list.length === 1 ? list[0] : undefined);

/**
 * Finds an article by id (exact, then ignoring case, or without its section folder), else by title:
 * an exact normalised title wins, otherwise every word of the query must appear in the title, in any
 * case. An exact id comes first because two ids may differ only in case on a case-sensitive disk.
 */
export function findArticle(articles: readonly ArticleMeta[], query: string): FindResult {
	const q = query.trim().replace(/\.txt$/i, '');
	const byId = articles.find(article => article.id === q);
	if (byId) return {kind: 'found', article: byId};
	const lower = q.toLowerCase();
	const byIdAnyCase = only(articles.filter(article => article.id.toLowerCase() === lower));
	if (byIdAnyCase) return {kind: 'found', article: byIdAnyCase};
	const bySlug = only(articles.filter(article => article.id.slice(article.id.lastIndexOf('/') + 1).toLowerCase() === lower));
	if (bySlug) return {kind: 'found', article: bySlug};
	const wanted = normalizeTitle(query.trim());
	const exact = only(articles.filter(article => normalizeTitle(article.title) === wanted));
	if (exact) return {kind: 'found', article: exact};
	const words = wanted.split(' ').filter(Boolean);
	const matches =
		words.length === 0
			? []
			: articles.filter(article => {
					const title = normalizeTitle(article.title);
					return words.every(word => title.includes(word));
				});
	const match = only(matches);
	if (match) return {kind: 'found', article: match};
	if (matches.length > 1) return {kind: 'many', candidates: matches};
	return {kind: 'none', suggestions: suggestArticles(articles, query)};
}
