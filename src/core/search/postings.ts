/**
 * Posting lists in one growable byte arena: each term's documents are a chain of small blocks of
 * varint-coded gaps, so a word seen in one article costs one 16-byte block, not a typed array of its
 * own (a typed array's object costs more than the postings of most words: docs/performance.md#search).
 * Each entry is `(gap << 1) | inTitle`; doc numbers only grow, so gaps are positive.
 */

const BLOCK = 16;

function grown<T extends Uint8Array | Int32Array>(array: T, need: number, make: (n: number) => T): T {
	if (need <= array.length) return array;
	const next = make(Math.max(need, array.length * 2));
	next.set(array);
	return next;
}

/** The arena: every term's chain, by term number. */
export class Postings {
	private bytes = new Uint8Array(BLOCK * 1024);
	private next = new Int32Array(1024);
	private blocks = 0;
	private head = new Int32Array(256);
	private tail = new Int32Array(256);
	private fill = new Uint8Array(256);
	private last = new Int32Array(256);
	private terms = 0;

	/** A new empty list; returns its term number. */
	addTerm(): number {
		const term = this.terms++;
		this.head = grown(this.head, this.terms, n => new Int32Array(n));
		this.tail = grown(this.tail, this.terms, n => new Int32Array(n));
		this.fill = grown(this.fill, this.terms, n => new Uint8Array(n));
		this.last = grown(this.last, this.terms, n => new Int32Array(n));
		const block = this.newBlock();
		this.head[term] = block;
		this.tail[term] = block;
		this.fill[term] = 0;
		this.last[term] = -1;
		return term;
	}

	/** Appends `doc` (greater than any doc already in the term's list). */
	append(term: number, doc: number, inTitle: boolean): void {
		let value = (doc - (this.last[term] ?? -1)) * 2 + (inTitle ? 1 : 0);
		this.last[term] = doc;
		while (value >= 0x80) {
			this.push(term, (value % 0x80) | 0x80);
			value = Math.floor(value / 0x80);
		}
		this.push(term, value);
	}

	/** The last doc appended to a term, or -1. */
	lastDoc(term: number): number {
		return this.last[term] ?? -1;
	}

	/** Calls `visit` for every entry of a term's list, in doc order. */
	forEach(term: number, visit: (doc: number, inTitle: boolean) => void): void {
		let block = this.head[term] ?? -1;
		const end = this.tail[term] ?? -1;
		const endFill = this.fill[term] ?? 0;
		let doc = -1;
		let value = 0;
		let scale = 1;
		const {bytes, next} = this;
		while (block !== -1) {
			const start = block * BLOCK;
			const stop = start + (block === end ? endFill : BLOCK);
			for (let i = start; i < stop; i++) {
				const byte = bytes[i] ?? 0;
				value += (byte & 0x7f) * scale;
				if (byte >= 0x80) {
					scale *= 0x80;
					continue;
				}
				doc += Math.floor(value / 2);
				visit(doc, value % 2 === 1);
				value = 0;
				scale = 1;
			}
			block = block === end ? -1 : (next[block] ?? -1);
		}
	}

	/** Bytes held, for the bench's memory figure and the cache's size. */
	byteSize(): number {
		return this.bytes.byteLength + this.next.byteLength + this.terms * 13;
	}

	private newBlock(): number {
		const block = this.blocks++;
		this.bytes = grown(this.bytes, this.blocks * BLOCK, n => new Uint8Array(n));
		this.next = grown(this.next, this.blocks, n => new Int32Array(n));
		this.next[block] = -1;
		return block;
	}

	private push(term: number, byte: number): void {
		let block = this.tail[term] ?? 0;
		let at = this.fill[term] ?? 0;
		if (at === BLOCK) {
			const fresh = this.newBlock();
			this.next[block] = fresh;
			this.tail[term] = block = fresh;
			at = 0;
		}
		this.bytes[block * BLOCK + at] = byte;
		this.fill[term] = at + 1;
	}
}
