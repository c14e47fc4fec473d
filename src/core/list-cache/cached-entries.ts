import type {CacheEntry} from './columns.js';

/**
 * Decoded cache entries, kept as the columns they came in. A warm start of 100,000 articles hands
 * the values to the screen in one pass over arrays; the by-path table (a Map of every path, work the
 * first frame does not need: docs/performance.md#warm-columns) is built on the first lookup, which
 * comes after the first frame.
 */
export class CachedEntries<T> implements Iterable<[string, CacheEntry<T>]> {
	readonly #rels: readonly string[];
	readonly #sizes: readonly number[];
	readonly #mtimes: readonly number[];
	readonly #values: readonly T[];
	#rows: Map<string, number> | undefined;

	constructor(rels: readonly string[], sizes: readonly number[], mtimes: readonly number[], values: readonly T[]) {
		this.#rels = rels;
		this.#sizes = sizes;
		this.#mtimes = mtimes;
		this.#values = values;
	}

	/** Paths with an entry (a path the file repeats counts once). */
	get size(): number {
		return this.#table().size;
	}

	get(rel: string): CacheEntry<T> | undefined {
		const row = this.#table().get(rel);
		return row === undefined ? undefined : this.#entry(row);
	}

	has(rel: string): boolean {
		return this.#table().has(rel);
	}

	/**
	 * Every row's path and value in file order, without building the table or entry objects. A
	 * path the file repeats (only a hand-edited file does) is visited each time.
	 */
	forEachValue(visit: (rel: string, value: T) => void): void {
		for (let row = 0; row < this.#rels.length; row++) visit(this.#rels[row]!, this.#values[row]!);
	}

	keys(): IterableIterator<string> {
		return this.#table().keys();
	}

	*[Symbol.iterator](): IterableIterator<[string, CacheEntry<T>]> {
		for (const [rel, row] of this.#table()) yield [rel, this.#entry(row)];
	}

	// Of two rows for one path the later counts, in the earlier's place (as Map.set keeps order).
	#table(): Map<string, number> {
		if (!this.#rows) {
			this.#rows = new Map();
			for (let row = 0; row < this.#rels.length; row++) this.#rows.set(this.#rels[row]!, row);
		}
		return this.#rows;
	}

	/** The rows of several parts, in order, as one set of entries. */
	static join<T>(parts: readonly CachedEntries<T>[]): CachedEntries<T> {
		if (parts.length === 1) return parts[0]!;
		return new CachedEntries(
			parts.flatMap(part => part.#rels),
			parts.flatMap(part => part.#sizes),
			parts.flatMap(part => part.#mtimes),
			parts.flatMap(part => part.#values),
		);
	}

	#entry(row: number): CacheEntry<T> {
		return {size: this.#sizes[row]!, mtimeMs: this.#mtimes[row]!, value: this.#values[row]!};
	}
}
