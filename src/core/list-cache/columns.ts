/**
 * The building blocks of the list cache's file: the entry type and the column encoding.
 *
 * Columns, not rows: rows of `[rel, size, mtime, {id, title, section, updated}]` took several times
 * as long to `JSON.parse` as the same data as columns where each column of strings is one string
 * joined with NUL (docs/performance.md#list-cache-columns). File names and sanitized text never hold
 * NUL; a column that does falls back to a plain array.
 */

/** One cached file: the size and mtime it had when `value` was computed from it. */
export interface CacheEntry<T> {
	readonly size: number;
	readonly mtimeMs: number;
	readonly value: T;
}

/** Bumped when the layout changes; a file of another version is ignored. */
export const LIST_CACHE_VERSION = 1;

const SEP = '\u0000';

/**
 * A column of values: a dictionary of the distinct values and an index per entry when there are
 * few (a section name, a flag: one string shared instead of 100,000 copies), one NUL-joined
 * string when they are all strings or null, else a plain array.
 */
export type Column =
	| {readonly d: readonly unknown[]; readonly i: readonly number[]}
	| {readonly s: string; readonly nulls?: readonly number[]}
	| {readonly v: readonly unknown[]};

function isPrimitive(value: unknown): boolean {
	return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function dictionaryOf(values: readonly unknown[]): Column | null {
	const limit = Math.max(4, values.length >> 3);
	const slots = new Map<unknown, number>();
	const indices: number[] = [];
	for (const value of values) {
		if (!isPrimitive(value)) return null;
		let slot = slots.get(value);
		if (slot === undefined) {
			if (slots.size >= limit) return null;
			slot = slots.size;
			slots.set(value, slot);
		}
		indices.push(slot);
	}
	return {d: [...slots.keys()], i: indices};
}

/** Encodes values as the cheapest column to parse back (see `Column`). */
export function encodeColumn(values: readonly unknown[]): Column {
	const dictionary = dictionaryOf(values);
	if (dictionary !== null) return dictionary;
	const nulls: number[] = [];
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (value === null) nulls.push(i);
		else if (typeof value !== 'string' || value.includes(SEP)) return {v: values};
	}
	const s = values.map(value => value ?? '').join(SEP);
	return nulls.length > 0 ? {s, nulls} : {s};
}

function fromDictionary(d: unknown, i: unknown, count: number): unknown[] | null {
	if (!Array.isArray(d) || !Array.isArray(i) || i.length !== count) return null;
	const values = new Array<unknown>(count);
	for (let k = 0; k < count; k++) {
		const slot: unknown = i[k];
		if (typeof slot !== 'number' || !(slot >= 0 && slot < d.length)) return null;
		values[k] = d[slot];
	}
	return values;
}

/** The values of a column, or null when it is malformed or does not hold `count` values. */
export function decodeColumn(column: unknown, count: number): unknown[] | null {
	if (typeof column !== 'object' || column === null) return null;
	const {d, i, s, nulls, v} = column as {d?: unknown; i?: unknown; s?: unknown; nulls?: unknown; v?: unknown};
	if (d !== undefined) return fromDictionary(d, i, count);
	if (Array.isArray(v)) return v.length === count ? v : null;
	if (typeof s !== 'string') return null;
	const values: unknown[] = count === 0 ? [] : s.split(SEP);
	if (values.length !== count) return null;
	if (nulls !== undefined) {
		if (!Array.isArray(nulls)) return null;
		for (const at of nulls) {
			if (!Number.isInteger(at) || at < 0 || at >= count) return null;
			values[at] = null;
		}
	}
	return values;
}
