/**
 * The list cache's file as a JSON-ready document, and back. Pure: the fs side is
 * `src/io/list-cache/cache-file.ts`. Values that are plain objects with the same keys share one key list
 * and are stored a column per key; anything else is stored whole (see `core/list-cache/columns.ts`).
 */
import {CachedEntries} from './cached-entries.js';
import {decodeColumn, encodeColumn, LIST_CACHE_VERSION, type CacheEntry} from './columns.js';

export {CachedEntries} from './cached-entries.js';
/** @internal Tests use it; the program does not. */
export {LIST_CACHE_VERSION} from './columns.js';
export type {CacheEntry} from './columns.js';

/** The keys every value shares, in order, or null when values are not all such plain objects. */
function sharedFields(values: readonly unknown[]): string[] | null {
	let fields: string[] | null = null;
	for (const value of values) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
		const proto: unknown = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) return null;
		const keys = Object.keys(value);
		if (fields === null) fields = keys;
		else if (keys.length !== fields.length || keys.some((key, i) => key !== fields![i])) return null;
	}
	return fields?.includes('__proto__') ? null : (fields ?? []);
}

/**
 * Entries as a JSON-ready document. Entries with a non-finite size or mtime are left out, and an
 * `undefined` field of an object value comes back as `null` (JSON has no `undefined`).
 */
export function encodeListCache<T>(entries: Iterable<readonly [string, CacheEntry<T>]>, savedAt: number): unknown {
	const rels: string[] = [];
	const sizes: number[] = [];
	const mtimes: number[] = [];
	const values: T[] = [];
	for (const [rel, entry] of entries) {
		if (!Number.isFinite(entry.size) || !Number.isFinite(entry.mtimeMs)) continue;
		rels.push(rel);
		sizes.push(entry.size);
		mtimes.push(entry.mtimeMs);
		values.push(entry.value);
	}
	const fields = sharedFields(values);
	const base = {version: LIST_CACHE_VERSION, savedAt, count: rels.length, rels: encodeColumn(rels), sizes, mtimes};
	if (fields === null) return {...base, values};
	const columns = fields.map(field => encodeColumn(values.map(value => (value as Record<string, unknown>)[field] ?? null)));
	return {...base, fields, columns};
}

function numbers(value: unknown, count: number): readonly unknown[] | null {
	return Array.isArray(value) && value.length === count ? value : null;
}

interface ListCacheDoc {
	readonly savedAt: number;
	readonly rels: readonly unknown[];
	readonly sizes: readonly unknown[];
	readonly mtimes: readonly unknown[];
	valueAt(index: number): unknown;
}

function valuesOf(d: Record<string, unknown>, count: number): ((index: number) => unknown) | null {
	if (d['fields'] === undefined) {
		const values = numbers(d['values'], count);
		return values === null ? null : index => values[index];
	}
	const fields = d['fields'];
	if (!Array.isArray(fields) || !Array.isArray(d['columns']) || d['columns'].length !== fields.length) return null;
	if (fields.some(field => typeof field !== 'string' || field === '__proto__')) return null;
	const columns = d['columns'].map((column: unknown) => decodeColumn(column, count));
	if (columns.some(column => column === null)) return null;
	const names = fields as readonly string[];
	const cols = columns as readonly (readonly unknown[])[];
	return index => {
		const value: Record<string, unknown> = {};
		for (let k = 0; k < names.length; k++) value[names[k]!] = cols[k]![index];
		return value;
	};
}

function readDoc(doc: unknown): ListCacheDoc | null {
	if (typeof doc !== 'object' || doc === null) return null;
	const d = doc as Record<string, unknown>;
	const {version, savedAt, count} = d;
	if (version !== LIST_CACHE_VERSION || typeof savedAt !== 'number' || typeof count !== 'number' || !Number.isInteger(count)) return null;
	const rels = decodeColumn(d['rels'], count);
	const sizes = numbers(d['sizes'], count);
	const mtimes = numbers(d['mtimes'], count);
	const valueAt = valuesOf(d, count);
	if (rels === null || sizes === null || mtimes === null || valueAt === null) return null;
	return {savedAt, rels, sizes, mtimes, valueAt};
}

/**
 * Files whose mtime is this close to the save time (or later) are dropped on load: a file changed
 * again within the file system's timestamp granularity (2 s on FAT) could keep its size and mtime,
 * and the cache would hide the change. Such files are simply read again.
 * @internal Tests use it; the program does not.
 */
export const RACY_MS = 2000;

/**
 * The entries of a document made by `encodeListCache`. A document of another version or a malformed
 * one gives no entries; a single entry that is malformed, fails `validate` or is racy (see
 * `RACY_MS`) is left out. Never throws.
 */
export function decodeListCache<T>(doc: unknown, validate: (value: unknown) => value is T): CachedEntries<T> {
	const rels: string[] = [];
	const sizes: number[] = [];
	const mtimes: number[] = [];
	const values: T[] = [];
	const read = readDoc(doc);
	if (read === null) return new CachedEntries(rels, sizes, mtimes, values);
	const trustedBefore = read.savedAt - RACY_MS;
	for (let i = 0; i < read.rels.length; i++) {
		const rel = read.rels[i];
		const size = read.sizes[i];
		const mtimeMs = read.mtimes[i];
		if (typeof rel !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || !(mtimeMs < trustedBefore)) continue;
		const value = read.valueAt(i);
		if (!validate(value)) continue;
		rels.push(rel);
		sizes.push(size);
		mtimes.push(mtimeMs);
		values.push(value);
	}
	return new CachedEntries(rels, sizes, mtimes, values);
}
