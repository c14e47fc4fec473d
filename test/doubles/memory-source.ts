import {buildTitleIndex, resolveLinks} from '../../src/core/article/links.js';
import {metaOf, parseArticle} from '../../src/core/article/parse.js';
import {sanitizeText} from '../../src/core/text/sanitize.js';
import type {ArticleSource, OpenResult} from '../../src/core/library/source.js';
import type {Article} from '../../src/core/article/types.js';

/** An article given as text, as a test or a future feed adapter would supply it. */
export interface TextEntry {
	readonly id: string;
	readonly text: string;
	/** Folder the text came from, used as the section when the text names none. */
	readonly folder?: string;
}

/**
 * A source over texts already in memory: every text is sanitized and parsed once, up front.
 * Tests use it; a feed becomes the same thing once its entries are turned into text.
 */
export function createMemorySource(entries: readonly TextEntry[]): ArticleSource {
	const articles = new Map<string, Article>();
	for (const entry of entries) {
		articles.set(entry.id, parseArticle(sanitizeText(entry.text), {id: entry.id, folder: entry.folder ?? entry.id.split('/').slice(-2, -1)[0]}));
	}
	const metas = [...articles.values()].map(metaOf);
	const index = buildTitleIndex(metas);
	return {
		scan: async () => ({articles: metas, skipped: []}),
		open: async (id): Promise<OpenResult> => {
			const article = articles.get(id);
			return article ? {ok: true, article: resolveLinks(article, index)} : {ok: false, error: `no article "${id}"`};
		},
	};
}
