/**
 * One source over the article folders and the feeds. Feed items have ids of their own shape
 * (`@<key>/<slug>`, core/article/id.ts), so an id says which source opens it, and the folder
 * source never makes such an id. Pure: it only composes sources.
 */
import {isFeedShaped} from '../article/index.js';
import type {ArticleSource, ScanResult} from './source.js';

/** The folders' articles (when there are folders to show) and the feeds' items, listed together. */
export function combineSources(folders: ArticleSource | null, feeds: ArticleSource): ArticleSource {
	if (!folders) return feeds;
	return {
		async scan(onBatch) {
			// Both list at once; each hands its batches on as they come, so neither waits for the other.
			const [a, b]: ScanResult[] = await Promise.all([folders.scan(onBatch), feeds.scan(onBatch)]);
			return {articles: [...(a?.articles ?? []), ...(b?.articles ?? [])], skipped: [...(a?.skipped ?? []), ...(b?.skipped ?? [])]};
		},
		open(id) {
			return isFeedShaped(id) ? feeds.open(id) : folders.open(id);
		},
	};
}
