/**
 * Listing the article files of a folder that may hold anything: 100,000 files, FIFOs, devices,
 * links leading out of the folder or round in a loop. Only regular `*.txt` files are listed, each
 * with the size and modification time a cache needs; everything refused is reported with a reason.
 * Nothing is opened here, so nothing can block; reading is `read-text.ts`'s job.
 */
import {realpath, stat} from 'node:fs/promises';
import {join, resolve, sep} from 'node:path';
import type {SkippedItem} from '../../core/library/index.js';
import {errorReason, isInside, MAX_ARTICLE_BYTES} from '../../core/folder/index.js';
import {createFsBatch} from '../files/index.js';
import {visitDir, type Dir, type WalkContext} from './walk-dir.js';

/** One article file found by a walk. */
export interface FileEntry {
	/** Absolute path as found in the folder (through any link in it). */
	readonly path: string;
	/** Path relative to the root, `/`-separated: the basis of the article id. */
	readonly rel: string;
	readonly size: number;
	readonly mtimeMs: number;
}

/** Limits for a walk. */
export interface WalkOptions {
	/** Files larger than this are skipped. Default MAX_ARTICLE_BYTES (5 MB). */
	readonly maxBytes?: number;
	/**
	 * File-system calls in flight at once. Default 16: four times libuv's four threads keeps them busy,
	 * and a reader's first article read waits behind fewer queued lstats. Of 8, 16 and 64, 16 had the
	 * lowest peak memory and kept the first frame of 8 (docs/performance.md#walk-concurrency).
	 */
	readonly concurrency?: number;
	/** Folder depth below the root at which the walk stops. Default 64. */
	readonly maxDepth?: number;
	/**
	 * Told of each file as soon as its lstat settles (in no particular order), so a reader can start on
	 * it (docs/performance.md#walk-on-file); the result is still sorted.
	 */
	readonly onFile?: (file: FileEntry) => void;
}

/** What a walk found and what it refused. Both lists are sorted, so two walks compare equal. */
export interface WalkResult {
	readonly files: readonly FileEntry[];
	readonly skipped: readonly SkippedItem[];
}

const DIRS_AT_ONCE = 16;

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
	return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Folders are listed 16 at a time, but one at a time (depth first) until the walk has found a file: a
 * cold start's first frame waits for one article, and the listings of 16 folders (and their lstats
 * queued) came before it (docs/performance.md#walk-first-file).
 */
async function walkTree(context: WalkContext, start: Dir): Promise<void> {
	const pending: Dir[] = [start];
	const running = new Set<Promise<void>>();
	while (pending.length > 0 || running.size > 0) {
		const width = context.files.length > 0 ? DIRS_AT_ONCE : 1;
		while (pending.length > 0 && running.size < width) {
			const task: Promise<void> = visitDir(context, pending.pop()!, pending).then(() => {
				running.delete(task);
			});
			running.add(task);
		}
		if (running.size > 0) await Promise.race(running);
	}
}

/**
 * Lists the `*.txt` files under `root` (not dot-files, dot-folders or READMEs), sorted by `rel`.
 * Links are followed only to regular files or folders whose real path is inside the root's; each
 * real folder is listed once, so a linked folder seen before (or a loop) is skipped, and linked
 * folders are taken in name order after the plain tree so the outcome does not depend on timing.
 * FIFOs, sockets, devices, outside or broken links and files over `maxBytes` are skipped with a
 * reason. Never throws: a missing root is one skipped item.
 */
export async function walkArticleFiles(root: string, opts: WalkOptions = {}): Promise<WalkResult> {
	const base = resolve(root);
	let rootReal: string;
	try {
		rootReal = await realpath(base);
		if (!(await stat(rootReal)).isDirectory()) return {files: [], skipped: [{path: base, reason: 'not a folder'}]};
	} catch (error) {
		const missing = (error as {code?: unknown}).code === 'ENOENT';
		return {files: [], skipped: [{path: base, reason: missing ? 'folder not found' : errorReason(error)}]};
	}
	const context: WalkContext = {
		base,
		rootReal,
		maxBytes: opts.maxBytes ?? MAX_ARTICLE_BYTES,
		maxDepth: opts.maxDepth ?? 64,
		fs: createFsBatch(opts.concurrency ?? 16),
		files: [],
		onFile: opts.onFile,
		skipped: [],
		visited: new Map([[rootReal, '.']]),
		linked: [],
	};
	await walkTree(context, {real: rootReal, rel: '', depth: 0});
	while (context.linked.length > 0) {
		const round = context.linked.splice(0).sort(byKey(link => link.rel));
		// One at a time: two links may reach the same folder, and the first by name must win.
		for (const link of round) {
			const seen = context.visited.get(link.real);
			if (seen !== undefined) {
				const loop = isInside(link.real, link.parentReal, sep);
				context.skipped.push({path: join(base, link.rel), reason: loop ? 'symlink loop' : `same folder as ${seen}`});
				continue;
			}
			context.visited.set(link.real, link.rel);
			await walkTree(context, link);
		}
	}
	return {files: context.files.sort(byKey(file => file.rel)), skipped: context.skipped.sort(byKey(item => item.path))};
}
