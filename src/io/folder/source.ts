import {basename, dirname} from 'node:path';
import {
	type ArticleMeta,
	buildTitleIndex,
	folderArticleId,
	isFeedShaped,
	metaFromParts,
	parseArticle,
	resolveLinks,
	type TitleIndex,
} from '../../core/article/index.js';
import {sanitizeText} from '../../core/text/index.js';
import {MAX_ARTICLE_BYTES} from '../../core/folder/index.js';
import {cacheHit} from '../../core/list-cache/index.js';
import {createTaskQueue} from '../../core/async/index.js';
import type {ArticleSource, OpenResult, ScanResult, SkippedItem} from '../../core/library/index.js';
import {cachePathFor, loadListCache, noCachedEntries, saveListCache, type CacheEntry, type CachedEntries} from '../list-cache/index.js';
import {readHeadTail, readTextFile} from '../files/index.js';
import {walkArticleFiles, type FileEntry} from './walk.js';

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
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof v.title === 'string' &&
		typeof v.section === 'string' &&
		(v.updated === null || typeof v.updated === 'string') &&
		typeof v.dateAmbiguous === 'boolean'
	);
}

/** Hands metas to `scan`'s caller in batches, at most every BATCH_MS unless flushed. */
interface Emitter {
	add(meta: ArticleMeta): void;
	flush(): void;
}

/** Options for a folder source. */
export interface FolderSourceOptions {
	/** Where list caches go; undefined means the default (`NEWSTERM_CACHE_DIR` or ~/.cache/newsterm). */
	readonly cacheDir?: string;
	/** Skip the list cache (e.g. a one-off `check`). */
	readonly noCache?: boolean;
}

/** Why a file whose first folder looks like a feed's key is skipped: its ids could be a feed item's. */
const FEED_SHAPED = 'its folder name (@ and 10 letters or digits) is kept for feeds';

/** The id of a file (core/article/id.ts), sanitized. */
function idFor(rel: string): string {
	return sanitizeText(folderArticleId(rel));
}

function folderOf(id: string): string | undefined {
	const folder = dirname(id);
	return folder === '.' ? undefined : basename(folder);
}

/** What listing one file gave: its list fields, or why it was skipped. */
type Listed = {readonly meta: ArticleMeta; readonly size: number; readonly mtimeMs: number} | {readonly reason: string};

/** Runs promised tasks with at most `max` in flight, in the order given. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
	const tasks = createTaskQueue(max);
	return task =>
		new Promise((resolve, reject) => {
			tasks.add(() => {
				task().then(resolve, reject).finally(tasks.done);
			});
		});
}

/**
 * Articles from one or more folders. Listing reads only each file's ends (title and footer), and an
 * list cache keyed by path, size and mtime lets a warm start read no article at all; cached entries
 * are handed out before the folder walk finishes, so the first frame never waits for it. Bodies are
 * read and parsed when an article is opened. All text is sanitized once, as it is decoded.
 */
export function createFolderSource(roots: readonly string[], options: FolderSourceOptions = {}): ArticleSource {
	const located = new Map<string, {readonly path: string; readonly root: string}>();
	let index: TitleIndex = buildTitleIndex([]);

	async function scanRoot(root: string, seen: Map<string, string>, out: ArticleMeta[], skipped: SkippedItem[], emit: Emitter): Promise<void> {
		const cacheFile = options.noCache ? null : cachePathFor(root, options.cacheDir);
		// The cached list goes to the screen part by part as it is decoded, before the walk: a warm
		// start's first frame comes after the cache's first lines, not after all of it.
		const showCached = (part: CachedEntries<CachedMeta>): void => {
			part.forEachValue((rel, value) => {
				const id = idFor(rel);
				if ((seen.size > 0 && seen.has(id)) || isFeedShaped(id)) return;
				// Spelled out rather than spread: one object shape for 100,000 articles, made in a tight loop.
				emit.add({id, title: value.title, section: value.section, updated: value.updated, dateAmbiguous: value.dateAmbiguous});
			});
			emit.flush();
		};
		const cached = cacheFile ? await loadListCache(cacheFile, isCachedMeta, showCached) : noCachedEntries<CachedMeta>();
		// Files the cache does not cover are read as the walk finds them, so a cold start's first
		// articles reach the screen long before a walk of 100,000 files ends.
		const run = limiter(READS_AT_ONCE);
		const reads = new Map<string, Promise<Listed>>();
		const listFile = (file: FileEntry): Promise<Listed> =>
			run(async () => {
				const id = idFor(file.rel);
				const read = await readHeadTail(file.path, {head: HEAD_BYTES, tail: TAIL_BYTES, maxBytes: MAX_ARTICLE_BYTES, root, foldersChecked: true});
				if (!read.ok) return {reason: read.reason};
				const meta = metaFromParts(sanitizeText(read.head), sanitizeText(read.tail), read.whole, {id, folder: folderOf(id)});
				// A cached article went to the screen early; its fresh read comes with the final list.
				if (!cached.has(file.rel)) emit.add(meta);
				return {meta, size: read.size, mtimeMs: read.mtimeMs};
			});
		const walk = await walkArticleFiles(root, {
			maxBytes: MAX_ARTICLE_BYTES,
			onFile: file => {
				if (!seen.has(idFor(file.rel)) && !cacheHit(cached, file)) reads.set(file.rel, listFile(file));
			},
		});
		for (const item of walk.skipped) skipped.push({path: sanitizeText(item.path), reason: item.reason});
		const fresh = new Map<string, CacheEntry<CachedMeta>>();
		// By path: the walk's list is in hand below, and an id is worked out once per file there.
		const metas = new Map<string, ArticleMeta>();
		const pending: {readonly file: FileEntry; readonly listed: Promise<Listed>}[] = [];
		for (const file of walk.files) {
			const id = idFor(file.rel);
			if (isFeedShaped(id)) {
				skipped.push({path: sanitizeText(file.path), reason: FEED_SHAPED});
				continue;
			}
			const earlier = seen.get(id);
			if (earlier !== undefined) {
				skipped.push({path: sanitizeText(file.path), reason: `same id as ${sanitizeText(earlier)}`});
				continue;
			}
			seen.set(id, file.path);
			const hit = cacheHit(cached, file);
			if (hit) {
				located.set(id, {path: file.path, root});
				fresh.set(file.rel, hit);
				metas.set(file.rel, {id, ...hit.value});
			} else {
				pending.push({file, listed: reads.get(file.rel) ?? listFile(file)});
			}
		}
		for (const {file, listed} of pending) {
			const outcome = await listed;
			if ('reason' in outcome) {
				skipped.push({path: sanitizeText(file.path), reason: outcome.reason});
				continue;
			}
			const {id, ...value} = outcome.meta;
			located.set(id, {path: file.path, root});
			fresh.set(file.rel, {size: outcome.size, mtimeMs: outcome.mtimeMs, value});
			metas.set(file.rel, outcome.meta);
		}
		// Keep the walk's order so the result does not depend on which read finished first.
		for (const file of walk.files) {
			const meta = metas.get(file.rel);
			if (meta && located.get(meta.id)?.root === root) out.push(meta);
		}
		if (cacheFile && (pending.length > 0 || fresh.size !== cached.size)) await saveListCache(cacheFile, fresh);
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
			// The first article goes out at once: a cold start's first frame shows the scan under way.
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
