/**
 * `newsterm search`'s index: the cached one brought up to date with the articles listed now, or one
 * built from them (and cached) the first time. The caller is told once if that takes a while.
 */
import type {ArticleMeta} from '../../core/article/index.js';
import type {ArticleSource} from '../../core/library/index.js';
import type {SearchControl} from '../../core/search/index.js';
import {createSearchIndexer} from './indexer.js';

/** How long the index may take before the caller is told it is being built. */
const SLOW_MS = 1000;

/** What finding needs: the source for bodies, the articles listed, the cache file. */
export interface FindOptions {
	readonly source: Pick<ArticleSource, 'open'>;
	readonly articles: readonly ArticleMeta[];
	readonly cacheFile: string | null;
	/** Called once when the index takes longer than a second (a first search reads every article). */
	readonly onSlow?: () => void;
	readonly onSaveError?: (message: string) => void;
}

/** The index over `articles`, complete; searching it never waits. */
export async function indexedArticles(options: FindOptions): Promise<SearchControl> {
	const indexer = createSearchIndexer({
		source: options.source,
		articles: () => options.articles,
		cacheFile: options.cacheFile,
		// No keys to keep responsive: bigger pieces, fewer turns.
		batch: 64,
		...(options.onSaveError ? {onSaveError: options.onSaveError} : {}),
	});
	const slow = options.onSlow ? setTimeout(options.onSlow, SLOW_MS) : undefined;
	try {
		await indexer.start();
	} finally {
		clearTimeout(slow);
	}
	return indexer;
}
