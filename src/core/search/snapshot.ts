/**
 * The index as plain data for the cache file, and back. The postings go as one byte array (each
 * term's varint gaps, as postings.ts codes them), the rest as JSON-able arrays. A snapshot that does
 * not hold together (lengths, numbers out of range, gaps that go backwards) gives null: the caller
 * builds the index again.
 */
import {SearchIndex} from './search-index.js';

/** The cache format's version: a file of another version is rebuilt. */
const SNAPSHOT_VERSION = 1;

/** The index's documents and words, without the postings' bytes. */
interface SnapshotHead {
	readonly version: number;
	readonly ids: readonly string[];
	/** Dates as numbers (search-index's dateNumber), null for undated. */
	readonly dates: readonly (number | null)[];
	readonly stamps: readonly string[];
	readonly terms: readonly string[];
	/** Bytes of each term's postings, in `terms` order. */
	readonly lengths: readonly number[];
}

/** A whole snapshot. */
export interface SearchSnapshot {
	readonly head: SnapshotHead;
	readonly postings: Uint8Array;
}

function pushVarint(out: number[], value: number): void {
	let rest = value;
	while (rest >= 0x80) {
		out.push((rest % 0x80) | 0x80);
		rest = Math.floor(rest / 0x80);
	}
	out.push(rest);
}

/**
 * The index as a snapshot, removed documents dropped first, a piece at a time: each step encodes
 * about `bytesPerStep` of postings, so the caller can give the event loop back between steps.
 */
export function* snapshotSteps(index: SearchIndex, bytesPerStep = 1 << 20): Generator<void, SearchSnapshot> {
	index.compact();
	yield;
	const terms: string[] = [];
	const lengths: number[] = [];
	const chunks: Uint8Array[] = [];
	let total = 0;
	let stepEnd = bytesPerStep;
	for (const [word, term] of index.terms) {
		const bytes: number[] = [];
		let last = -1;
		index.postings.forEach(term, (doc, title) => {
			pushVarint(bytes, (doc - last) * 2 + (title ? 1 : 0));
			last = doc;
		});
		terms.push(word);
		lengths.push(bytes.length);
		chunks.push(Uint8Array.from(bytes));
		total += bytes.length;
		if (total >= stepEnd) {
			yield;
			stepEnd = total + bytesPerStep;
		}
	}
	const postings = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		postings.set(chunk, at);
		at += chunk.length;
	}
	const dates = index.ids.map((_, doc) => {
		const date = index.dates[doc] ?? Number.NaN;
		return Number.isNaN(date) ? null : date;
	});
	return {head: {version: SNAPSHOT_VERSION, ids: [...index.ids], dates, stamps: [...index.stamps], terms, lengths}, postings};
}

/** Runs a stepwise job to its end at once. */
function runSteps<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * The index as a snapshot in one go, removed documents dropped first.
 * @internal Tests use it; the program does not.
 */
export function toSnapshot(index: SearchIndex): SearchSnapshot {
	return runSteps(snapshotSteps(index));
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(item => typeof item === 'string');

function validHead(head: unknown): head is SnapshotHead {
	if (typeof head !== 'object' || head === null) return false;
	const h = head as Record<string, unknown>;
	return (
		h['version'] === SNAPSHOT_VERSION &&
		isStrings(h['ids']) &&
		isStrings(h['stamps']) &&
		isStrings(h['terms']) &&
		Array.isArray(h['dates']) &&
		h['dates'].every(date => date === null || Number.isFinite(date)) &&
		Array.isArray(h['lengths']) &&
		h['lengths'].every(length => Number.isInteger(length) && length > 0) &&
		h['dates'].length === h['ids'].length &&
		h['stamps'].length === h['ids'].length &&
		h['lengths'].length === h['terms'].length &&
		new Set(h['ids']).size === h['ids'].length &&
		new Set(h['terms']).size === h['terms'].length
	);
}

/**
 * Builds an index from a snapshot a piece at a time: each step decodes about `bytesPerStep` of the
 * postings, so a caller can give the event loop back between steps (100,000 articles' postings are
 * hundreds of milliseconds of work). Returns the index, or null when the snapshot is damaged or of
 * another version.
 */
export function* loadSnapshot(head: unknown, postings: Uint8Array, bytesPerStep = 1 << 20): Generator<void, SearchIndex | null> {
	if (!validHead(head)) return null;
	const index = new SearchIndex();
	const count = head.ids.length;
	for (const [doc, id] of head.ids.entries()) index.newDoc(id, head.dates[doc] ?? Number.NaN, head.stamps[doc] ?? '');
	let at = 0;
	let stepEnd = bytesPerStep;
	for (const [i, word] of head.terms.entries()) {
		if (at >= stepEnd) {
			yield;
			stepEnd = at + bytesPerStep;
		}
		const end = at + (head.lengths[i] ?? 0);
		if (end > postings.length || word === '') return null;
		const term = index.termOf(word);
		let doc = -1;
		let value = 0;
		let scale = 1;
		for (; at < end; at++) {
			const byte = postings[at] ?? 0;
			value += (byte & 0x7f) * scale;
			if (byte >= 0x80) {
				scale *= 0x80;
				continue;
			}
			const gap = Math.floor(value / 2);
			doc += gap;
			if (gap < 1 || doc >= count) return null;
			index.postings.append(term, doc, value % 2 === 1);
			value = 0;
			scale = 1;
		}
		// A term's bytes must end on a whole entry.
		if (scale !== 1) return null;
	}
	return at === postings.length ? index : null;
}

/**
 * An index from a snapshot in one go, or null when it is damaged or of another version.
 * @internal Tests use it; the program does not.
 */
export function fromSnapshot(head: unknown, postings: Uint8Array): SearchIndex | null {
	return runSteps(loadSnapshot(head, postings));
}
