/**
 * The set of read ids, built so that a snapshot after one change costs O(changes), not a copy of
 * 100,000 ids: a large base set that is never modified once shared, plus small sets of ids added
 * and removed since. The base is rebuilt only when the overlay has grown large.
 */

/** An immutable view: `base` minus `removed` plus `added` (`removed` ⊆ base, `added` ∩ base = ∅). */
class OverlaySet implements ReadonlySet<string> {
	constructor(
		private readonly base: ReadonlySet<string>,
		private readonly added: ReadonlySet<string>,
		private readonly removed: ReadonlySet<string>,
	) {}

	get size(): number {
		return this.base.size - this.removed.size + this.added.size;
	}

	has(id: string): boolean {
		return this.added.has(id) || (this.base.has(id) && !this.removed.has(id));
	}

	*values(): SetIterator<string> {
		for (const id of this.base) if (!this.removed.has(id)) yield id;
		yield* this.added;
	}

	keys(): SetIterator<string> {
		return this.values();
	}

	*entries(): SetIterator<[string, string]> {
		for (const id of this.values()) yield [id, id];
	}

	forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
		for (const id of this.values()) callback.call(thisArg, id, id, this);
	}

	[Symbol.iterator](): SetIterator<string> {
		return this.values();
	}
}

/** A mutable set of ids whose `view()` is cheap and never changes afterwards. */
export class ReadSet {
	#base = new Set<string>();
	#added = new Set<string>();
	#removed = new Set<string>();
	// Until a view has been handed out nobody else sees the base, so it is changed in place: loading
	// 100,000 marks at start then builds one set, not an overlay and a copy of it (~20 ms).
	#shared = false;

	/** Adds or removes one id. */
	set(id: string, on: boolean): void {
		if (!this.#shared) {
			if (on) this.#base.add(id);
			else this.#base.delete(id);
		} else if (this.#base.has(id)) {
			if (on) this.#removed.delete(id);
			else this.#removed.add(id);
		} else if (on) this.#added.add(id);
		else this.#added.delete(id);
	}

	/** An immutable set of the current ids. */
	view(): ReadonlySet<string> {
		this.#shared = true;
		const changes = this.#added.size + this.#removed.size;
		if (changes === 0) return this.#base;
		// Past a fraction of the base, folding the overlay in is cheaper than carrying it.
		if (changes > 256 && changes * 64 > this.#base.size) {
			const next = new Set<string>();
			for (const id of this.#base) if (!this.#removed.has(id)) next.add(id);
			for (const id of this.#added) next.add(id);
			this.#base = next;
			this.#added = new Set();
			this.#removed = new Set();
			return next;
		}
		return new OverlaySet(this.#base, new Set(this.#added), new Set(this.#removed));
	}
}
