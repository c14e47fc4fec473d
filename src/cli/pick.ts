import type {ArticleMeta} from '../core/article/index.js';
import {findArticle} from '../core/library/index.js';

/** A list of candidates longer than this is cut, with a count of the rest: the user wants a hint, not the library. */
const MAX_CANDIDATES = 10;

const row = (article: ArticleMeta): string => `  ${article.id}  ${article.title}`;

/** The article a query names, or the message and exit status for why not: 1 for none, 2 for several. */
export function pickArticle(articles: readonly ArticleMeta[], query: string): ArticleMeta | {readonly message: string; readonly code: number} {
	const found = findArticle(articles, query);
	if (found.kind === 'found') return found.article;
	if (found.kind === 'none') {
		if (found.suggestions.length === 0) return {message: `no article matches "${query}" (newsterm list shows them all)`, code: 1};
		return {message: `no article matches "${query}"; did you mean:\n${found.suggestions.map(row).join('\n')}`, code: 1};
	}
	const {candidates} = found;
	const shown = candidates.slice(0, MAX_CANDIDATES).map(row);
	if (candidates.length > MAX_CANDIDATES) shown.push(`  … and ${candidates.length - MAX_CANDIDATES} more`);
	return {message: `"${query}" matches ${candidates.length} articles; name one by id:\n${shown.join('\n')}`, code: 2};
}
