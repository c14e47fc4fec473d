import type {Article, ArticleMeta} from '../article/index.js';

/** A file (or later a feed entry) that could not be used, and why. */
export interface SkippedItem {
	readonly path: string;
	readonly reason: string;
}

/** The outcome of listing a source. */
export interface ScanResult {
	readonly articles: readonly ArticleMeta[];
	readonly skipped: readonly SkippedItem[];
}

/** The outcome of opening one article. */
export type OpenResult = {readonly ok: true; readonly article: Article} | {readonly ok: false; readonly error: string};

/**
 * Anything that yields articles: the bundled folder, `--articles` folders, and later feeds.
 * `scan` lists cheaply (title, section, date) and may report batches before it finishes so the
 * first frame need not wait; `open` reads and parses one body on demand.
 */
export interface ArticleSource {
	scan(onBatch?: (batch: readonly ArticleMeta[]) => void): Promise<ScanResult>;
	open(id: string): Promise<OpenResult>;
}
