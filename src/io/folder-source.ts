import {basename, dirname} from 'node:path';
import {buildTitleIndex, resolveLinks, type TitleIndex} from '../core/links.js';
import {metaFromParts, parseArticle} from '../core/parse-article.js';
import {sanitizeText} from '../core/sanitize.js';
import type {ArticleSource, OpenResult, ScanResult, SkippedItem} from '../core/source.js';
import type {ArticleMeta} from '../core/types.js';
import {cachePathFor, loadIndexCache, saveIndexCache, type CacheEntry} from './index-cache.js';
import {readHeadTail, readTextFile} from './read-text.js';
import {walkArticleFiles, type FileEntry} from './walk.js';

/** Files bigger than this are skipped: no article is 5 MB, and a device or a log file must not be read whole. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Bytes read from each end of a file to list it: the title is first, the footer last. */
const HEAD_BYTES = 1024;
const TAIL_BYTES = 4096;
const READS_AT_ONCE = 32;
/** How often a long scan hands what it has to the screen. */
const BATCH_MS = 150;

/** What the cache keeps per file: the list fields (the id comes from the path). */
type CachedMeta = Omit<ArticleMeta, 'id'>;

function isCachedMeta(value: unknown): value is CachedMeta {
	const v = value as Partial<CachedMeta> | null;
	return typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.section === 'string'
		&& (v.updated === null || typeof v.updated === 'string') && typeof v.dateAmbiguous === 'boolean';
}

/** Hands metas to `scan`'s caller in batches, at most every BATCH_MS unless flushed. */
interface Emitter {
	add(meta: ArticleMeta): void;
	flush(): void;
}

/** Options for a folder source. */
export interface FolderSourceOptions {
	/** Where index caches go; undefined means the default (`NEWSTERM_CACHE_DIR` or ~/.cache/newsterm). */
	readonly cacheDir?: string;
	/** Skip the index cache (e.g. a one-off `check`). */
	readonly noCache?: boolean;
}

/** The id of a file: its path relative to the root, `/`-separated, without `.txt`, sanitized. */
export function idFor(rel: string): string {
	return sanitizeText(rel.replace(/\\/g, '/').replace(/\.txt$/i, ''));
}

function folderOf(id: string): string | undefined {
	const folder = dirname(id);
	return folder === '.' ? undefined : basename(folder);
}

/** Runs `work` over items with at most `limit` in flight. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) await work(items[next++] as T);
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

/**
 * Articles from one or more folders. Listing reads only each file's ends (title and footer), and an
 * index cache keyed by path, size and mtime lets a warm start read no article at all; cached entries
 * are handed out before the folder walk finishes, so the first frame never waits for it. Bodies are
 * read and parsed when an article is opened. All text is sanitized once, as it is decoded.
 */
export function createFolderSource(roots: readonly string[], options: FolderSourceOptions = {}): ArticleSource {
	const located = new Map<string, {readonly path: string; readonly root: string}>();
	let index: TitleIndex = buildTitleIndex([]);

	async function scanRoot(root: string, seen: Map<string, string>, out: ArticleMeta[], skipped: SkippedItem[], emit: Emitter): Promise<void> {
		const cacheFile = options.noCache ? null : cachePathFor(root, options.cacheDir);
		const cached = cacheFile ? await loadIndexCache(cacheFile, isCachedMeta) : new Map<string, CacheEntry<CachedMeta>>();
		const shownEarly = new Set<string>();
		for (const [rel, entry] of cached) {
			const id = idFor(rel);
			if (seen.has(id)) continue;
			shownEarly.add(id);
			emit.add({id, ...entry.value});
		}
		// The cached list goes to the screen now, before the walk: a warm start's first frame.
		emit.flush();
		const walk = await walkArticleFiles(root, {maxBytes: MAX_ARTICLE_BYTES});
		for (const item of walk.skipped) skipped.push({path: sanitizeText(item.path), reason: item.reason});
		const fresh = new Map<string, CacheEntry<CachedMeta>>();
		const misses: FileEntry[] = [];
		const metas = new Map<string, ArticleMeta>();
		for (const file of walk.files) {
			const id = idFor(file.rel);
			const earlier = seen.get(id);
			if (earlier !== undefined) {
				skipped.push({path: sanitizeText(file.path), reason: `same id as ${sanitizeText(earlier)}`});
				continue;
			}
			seen.set(id, file.path);
			located.set(id, {path: file.path, root});
			const hit = cached.get(file.rel);
			if (hit && hit.size === file.size && hit.mtimeMs === file.mtimeMs) {
				fresh.set(file.rel, hit);
				metas.set(id, {id, ...hit.value});
			} else {
				misses.push(file);
			}
		}
		await eachLimited(misses, READS_AT_ONCE, async file => {
			const id = idFor(file.rel);
			const read = await readHeadTail(file.path, {head: HEAD_BYTES, tail: TAIL_BYTES, maxBytes: MAX_ARTICLE_BYTES, root, foldersChecked: true});
			if (!read.ok) {
				located.delete(id);
				skipped.push({path: sanitizeText(file.path), reason: read.reason});
				return;
			}
			const meta = metaFromParts(sanitizeText(read.head), sanitizeText(read.tail), read.whole, {id, folder: folderOf(id)});
			const {id: _id, ...value} = meta;
			fresh.set(file.rel, {size: read.size, mtimeMs: read.mtimeMs, value});
			metas.set(id, meta);
			if (!shownEarly.has(id)) emit.add(meta);
		});
		// Keep the walk's order so the result does not depend on which read finished first.
		for (const file of walk.files) {
			const meta = metas.get(idFor(file.rel));
			if (meta && located.get(meta.id)?.root === root) out.push(meta);
		}
		if (cacheFile && (misses.length > 0 || fresh.size !== cached.size)) await saveIndexCache(cacheFile, fresh);
	}

	async function load(id: string): Promise<OpenResult> {
		const where = located.get(id);
		if (!where) return {ok: false, error: `no article with id "${id}"`};
		const read = await readTextFile(where.path, {maxBytes: MAX_ARTICLE_BYTES, root: where.root});
		if (!read.ok) return {ok: false, error: read.reason};
		return {ok: true, article: parseArticle(sanitizeText(read.text), {id, folder: folderOf(id)})};
	}

	return {
		async scan(onBatch): Promise<ScanResult> {
			const articles: ArticleMeta[] = [];
			const skipped: SkippedItem[] = [];
			const seen = new Map<string, string>();
			let batch: ArticleMeta[] = [];
			let last = 0;
			const emit: Emitter = {
				add(meta) {
					if (!onBatch) return;
					batch.push(meta);
					if (Date.now() - last >= BATCH_MS) this.flush();
				},
				flush() {
					if (!onBatch || batch.length === 0) return;
					last = Date.now();
					onBatch(batch);
					batch = [];
				},
			};
			for (const root of roots) await scanRoot(root, seen, articles, skipped, emit);
			emit.flush();
			index = buildTitleIndex(articles);
			return {articles, skipped};
		},
		async open(id) {
			const result = await load(id);
			return result.ok ? {ok: true, article: resolveLinks(result.article, index)} : result;
		},
	};
}
