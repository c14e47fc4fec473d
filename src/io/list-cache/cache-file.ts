/**
 * The list cache on disk: per article file, the list metadata computed from it, with the size and
 * mtime it had, so a warm start stats files but reads no bodies. A cache is only ever a shortcut:
 * a missing, damaged, foreign or unwritable cache costs a full read, never an error.
 */
import {createHash} from 'node:crypto';
import {realpathSync} from 'node:fs';
import {readdir, stat, unlink} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {CachedEntries, decodeListCache, encodeListCache, type CacheEntry} from '../../core/list-cache/index.js';
import {defaultCacheDir, writeAtomically} from '../dirs/index.js';
import {closeQuietly, openRegular, readLines} from '../files/index.js';
import {cacheLabel} from './names.js';

export {CachedEntries, type CacheEntry} from '../../core/list-cache/index.js';

/**
 * A cache bigger than this is not a cache we wrote: many times what 100,000 entries take
 * (docs/performance.md#list-cache-lines).
 */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** How many entries go on each line of the file: the first line, and every line after it. */
export interface LineSizes {
	readonly first: number;
	readonly rest: number;
}

/**
 * Each line is a document of its own, so a warm start of 100,000 articles parses and hands out the
 * first lines (and draws its first frame) before it has parsed the rest, instead of waiting for one
 * JSON.parse of the whole file. The first line is short, because the first frame waits for it (a first
 * line of 8,192 made a 10,000-article first frame markedly later: docs/performance.md#list-cache-lines);
 * the next lines, 8,192 each, follow within a few frames.
 */
const CACHE_LINES: LineSizes = {first: 1024, rest: 8192};
/** A temp file this old was left by a process that died before renaming it. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * The cache file for an articles folder: named from a hash of the folder's real path, so two
 * spellings of one folder share a cache and two folders never do. A readable part of the folder
 * name is kept in front for whoever looks in the cache folder.
 */
export function cachePathFor(root: string, cacheDir: string = defaultCacheDir()): string {
	let real = resolve(root);
	try {
		real = realpathSync.native(real);
	} catch {
		// A folder that does not exist yet gets the cache its resolved path names.
	}
	const hash = createHash('sha256').update(real).digest('hex').slice(0, 20);
	return join(cacheDir, `index-${cacheLabel(real)}-${hash}.json`);
}

/** No cache: nothing to hand out early, every file read. */
export function noCachedEntries<T>(): CachedEntries<T> {
	return new CachedEntries<T>([], [], [], []);
}

/**
 * The entries of a cache file, keyed by path relative to the root. Missing, unreadable, corrupt,
 * oversized or of another version: no entries; a damaged line loses only its own entries. Entries
 * failing `validate`, and entries whose file changed within `RACY_MS` of the save, are left out.
 * `onChunk` gets each line's entries as soon as they are decoded, and the event loop runs between
 * lines (a first frame can be drawn). Never throws.
 */
export async function loadListCache<T>(
	file: string,
	validate: (value: unknown) => value is T,
	onChunk?: (entries: CachedEntries<T>) => void,
): Promise<CachedEntries<T>> {
	const opened = await openRegular(file, {maxBytes: MAX_CACHE_BYTES});
	if (!opened.ok) return noCachedEntries();
	const parts: CachedEntries<T>[] = [];
	try {
		// JSON.stringify never writes a raw newline, so each line is one whole document.
		for await (const line of readLines(opened.handle, MAX_CACHE_BYTES)) {
			if (parts.length > 0) await new Promise(resolve => setImmediate(resolve));
			let part: CachedEntries<T>;
			try {
				part = decodeListCache(JSON.parse(line), validate);
			} catch {
				continue;
			}
			parts.push(part);
			onChunk?.(part);
		}
	} catch {
		// A read that fails part way keeps the lines read before it: each was a whole, valid part.
	} finally {
		await closeQuietly(opened.handle);
	}
	return parts.length === 0 ? noCachedEntries() : CachedEntries.join(parts);
}

async function removeStaleTemps(file: string): Promise<void> {
	const folder = dirname(file);
	const prefix = `${basename(file)}.`;
	const names = await readdir(folder).catch(() => []);
	for (const name of names) {
		if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
		const path = join(folder, name);
		const info = await stat(path).catch(() => undefined);
		if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
	}
}

/**
 * Writes the cache atomically (write-atomic.ts), `sizes` entries to a line (see CACHE_LINES). Save
 * right after reading the files: `RACY_MS` is measured from the save. Returns an error message
 * instead of throwing; a failed save leaves no temp file behind.
 */
export async function saveListCache<T>(
	file: string,
	entries: Iterable<readonly [string, CacheEntry<T>]>,
	sizes: LineSizes = CACHE_LINES,
): Promise<string | undefined> {
	try {
		const all = [...entries];
		const savedAt = Date.now();
		const lines: string[] = [];
		for (let start = 0, size = sizes.first; start === 0 || start < all.length; start += size, size = sizes.rest) {
			lines.push(JSON.stringify(encodeListCache(all.slice(start, start + size), savedAt)));
		}
		await writeAtomically(file, lines.join('\n'));
	} catch (error) {
		return `could not save the list cache ${file}: ${error instanceof Error ? error.message : String(error)}`;
	}
	await removeStaleTemps(file).catch(() => undefined);
	return undefined;
}
