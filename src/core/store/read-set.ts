/**
 * The set of read ids, built so that a snapshot after one change costs O(changes), not a copy of
 * 100,000 ids: a large base that is never modified once shared, plus small sets of ids added and
 * removed since. The base is rebuilt only when the overlay has grown large.
 *
 * The base holds names by folder (`world` → `us-not-there-yet`), as the store file does, rather than
 * whole ids: a store of 100,000 marks is loaded on the way to the first frame, and building and
 * hashing 100,000 id strings there was most of the load (docs/performance.md#read-set). `has` splits
 * the id it is asked about.
 */
import {joinId, splitId} from '../article/index.js';

type Base = ReadonlyMap<string, ReadonlySet<string>>;

const EMPTY: ReadonlySet<string> = new Set();

/** An immutable view: `base` minus `removed` plus `added` (`removed` ⊆ base, `added` ∩ base = ∅). */
class ReadView implements ReadonlySet<string> {
	constructor(
		private readonly base: Base,
		private readonly baseSize: number,
		private readonly added: ReadonlySet<string>,
		private readonly removed: ReadonlySet<string>,
	) {}

	get size(): number {
		return this.baseSize - this.removed.size + this.added.size;
	}

	has(id: string): boolean {
		if (this.added.size > 0 && this.added.has(id)) return true;
		if (this.removed.size > 0 && this.removed.has(id)) return false;
		const [folder, name] = splitId(id);
		return this.base.get(folder)?.has(name) ?? false;
	}

	*values(): SetIterator<string> {
		for (const [folder, names] of this.base) {
			for (const name of names) {
				const id = joinId(folder, name);
				if (!this.removed.has(id)) yield id;
			}
		}
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
	#base = new Map<string, Set<string>>();
	#baseSize = 0;
	#added = new Set<string>();
	#removed = new Set<string>();
	// Until a view has been handed out nobody else sees the base, so it is changed in place: loading
	// 100,000 marks at start then builds one structure, not an overlay and a copy of it.
	#shared = false;

	/** Marks `name` in `folder` (the parts of an id, as `splitId` gives them) read or not. */
	set(folder: string, name: string, on: boolean): void {
		if (!this.#shared) {
			this.#setInBase(folder, name, on);
			return;
		}
		const id = joinId(folder, name);
		if (this.#base.get(folder)?.has(name)) {
			if (on) this.#removed.delete(id);
			else this.#removed.add(id);
		} else if (on) this.#added.add(id);
		else this.#added.delete(id);
	}

	/** An immutable set of the current ids. */
	view(): ReadonlySet<string> {
		const changes = this.#added.size + this.#removed.size;
		// Past a fraction of the base, folding the overlay in is cheaper than carrying it.
		if (changes > 256 && changes * 64 > this.#baseSize) this.#fold();
		this.#shared = true;
		const copy = (ids: Set<string>): ReadonlySet<string> => (ids.size === 0 ? EMPTY : new Set(ids));
		return new ReadView(this.#base, this.#baseSize, copy(this.#added), copy(this.#removed));
	}

	#setInBase(folder: string, name: string, on: boolean): void {
		let names = this.#base.get(folder);
		if (on) {
			if (!names) this.#base.set(folder, (names = new Set()));
			if (!names.has(name)) {
				names.add(name);
				this.#baseSize++;
			}
		} else if (names?.delete(name)) this.#baseSize--;
	}

	/** A new base with the overlay in it; the old one stays as the views handed out see it. */
	#fold(): void {
		const old = this.#base;
		this.#base = new Map([...old].map(([folder, names]) => [folder, new Set(names)]));
		this.#shared = false;
		for (const id of this.#removed) this.#setInBase(...splitId(id), false);
		for (const id of this.#added) this.#setInBase(...splitId(id), true);
		this.#added = new Set();
		this.#removed = new Set();
	}
}
