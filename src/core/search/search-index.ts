/**
 * The inverted index over every article's title and text: folded words to the articles that hold
 * them, kept as numbered documents with compact posting lists (postings.ts), changed one article at a
 * time. A query matches an article when each of its words is one of the article's words (the last
 * typed word as a prefix); articles with every word in the title come first, then the rest, each
 * group newest first.
 */
import {foldWords, ownCopy, parseQuery} from './fold.js';
import {Postings} from './postings.js';

/** One article as the index takes it. */
export interface SearchDoc {
	readonly id: string;
	readonly title: string;
	/** The article's text: its paragraphs joined. */
	readonly body: string;
	/** `YYYY-MM-DDTHH:MM`, the date the lists sort by; null when undated. */
	readonly updated: string | null;
	/** What the article was indexed at (a file's size and time, an item's date): a new stamp means index it again. */
	readonly stamp: string;
}

/**
 * What a query found, in order, the first `titleCount` with every word in the title. Held as the
 * index's document numbers (one typed array, outside the JS heap), not as an array of ids: a common
 * prefix finds nearly every article, and 100,000 ids made and dropped on each typed key were what the
 * reader's keys waited for at 100,000 articles (the garbage collector; docs/performance.md#search).
 */
export interface SearchAnswer {
	/** How many articles were found. */
	readonly count: number;
	readonly titleCount: number;
	/** The id of result `i` (from 0), or undefined past the end: the reader asks only for the rows on screen. */
	idAt(i: number): string | undefined;
	/** Every id in order, made on each call (`newsterm search` prints them all). */
	ids(): string[];
}

/** An answer over document numbers; `ids` is the index's array at the query (a compaction makes a new one). */
function answerOf(ids: readonly string[], docs: Int32Array, titleCount: number): SearchAnswer {
	return {
		count: docs.length,
		titleCount,
		idAt: i => (i >= 0 && i < docs.length ? ids[docs[i] ?? -1] : undefined),
		ids: () => Array.from(docs, doc => ids[doc] ?? ''),
	};
}

/** Nothing found (or nothing asked). */
export const NO_ANSWER: SearchAnswer = answerOf([], new Int32Array(0), 0);

/** More words than this in a query are ignored: the counters below are bytes. */
const MAX_WORDS = 250;

/** Doc numbers stay below this, so a date and a number share one exactly held double (orderKey). */
const MAX_DOCS = 2 ** 20;

/**
 * A date as a number that orders as the date does (not a count of real minutes: every month has 31
 * days here), small enough that `orderKey` stays exact; NaN when undated or unreadable.
 */
function dateNumber(updated: string | null): number {
	const match = updated === null ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(updated);
	if (!match) return Number.NaN;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	return ((year * 12 + month) * 31 + day) * 1440 + hour * 60 + minute;
}

/**
 * One number per document whose numeric order is the results' order: newest first, undated last,
 * then in the order they were indexed. A typed array of these sorts natively, many times faster
 * than a comparator over 100,000 articles (docs/performance.md#search).
 */
function orderKey(date: number, doc: number): number {
	return Number.isNaN(date) ? doc : -(date + 1) * MAX_DOCS + doc;
}

/** The index. Not thread-safe and not persistent by itself: io/search keeps it on disk (snapshot.ts). */
export class SearchIndex {
	/** Documents by number: removed ones keep their number (dead) until the next compaction. */
	ids: string[] = [];
	stamps: string[] = [];
	dates = new Float64Array(1024);
	alive = new Uint8Array(1024);
	postings = new Postings();
	readonly terms = new Map<string, number>();
	private readonly byId = new Map<string, number>();
	private dead = 0;
	/** Live docs in result order; null after a change. */
	private order: Int32Array | null = null;
	private hits = new Uint8Array(0);
	private inTitle = new Uint8Array(0);
	private titleDocs = new Int32Array(0);
	private bodyDocs = new Int32Array(0);

	/** Articles indexed. */
	get size(): number {
		return this.byId.size;
	}

	/** The stamp an article was indexed at, or undefined when it is not in the index. */
	stampOf(id: string): string | undefined {
		const doc = this.byId.get(id);
		return doc === undefined ? undefined : this.stamps[doc];
	}

	/** Every indexed id. */
	idList(): string[] {
		return [...this.byId.keys()];
	}

	/** Adds an article, or replaces the one with its id. */
	add(doc: SearchDoc): void {
		this.remove(doc.id);
		const number = this.newDoc(doc.id, dateNumber(doc.updated), doc.stamp);
		const {postings} = this;
		// A term whose last doc is this one has it already: a set of the article's words for nothing.
		for (const word of foldWords(doc.title)) {
			const term = this.termOf(word);
			if (postings.lastDoc(term) !== number) postings.append(term, number, true);
		}
		for (const word of foldWords(doc.body)) {
			const term = this.termOf(word);
			if (postings.lastDoc(term) !== number) postings.append(term, number, false);
		}
	}

	/** Forgets an article; its postings go at the next compaction. */
	remove(id: string): void {
		const doc = this.byId.get(id);
		if (doc === undefined) return;
		this.byId.delete(id);
		this.alive[doc] = 0;
		this.stamps[doc] = '';
		this.order = null;
		this.dead++;
		if (this.dead > 1024 && this.dead > this.byId.size) this.compact();
	}

	/** The articles matching a query, title hits first, each group newest first. */
	search(query: string): SearchAnswer {
		const {words, lastIsPrefix} = parseQuery(query);
		if (words.length === 0) return NO_ANSWER;
		const asked = words.slice(0, MAX_WORDS);
		const count = this.ids.length;
		const {hits, inTitle} = this.scratch(count);
		for (const [i, word] of asked.entries()) {
			const terms = lastIsPrefix && i === asked.length - 1 ? this.prefixTerms(word) : this.exactTerm(word);
			if (terms.length === 0) return NO_ANSWER;
			for (const term of terms) {
				this.postings.forEach(term, (doc, title) => {
					if (hits[doc] === i) hits[doc] = i + 1;
					if (title && inTitle[doc] === i) inTitle[doc] = i + 1;
				});
			}
		}
		const all = asked.length;
		const order = this.resultOrder();
		const {title, body} = this.found(order.length);
		let titles = 0;
		let bodies = 0;
		// Walking every article in result order costs less than sorting the matches of a common word.
		for (const doc of order) {
			if (hits[doc] !== all) continue;
			if (inTitle[doc] === all) title[titles++] = doc;
			else body[bodies++] = doc;
		}
		const docs = new Int32Array(titles + bodies);
		docs.set(title.subarray(0, titles));
		docs.set(body.subarray(0, bodies), titles);
		return answerOf(this.ids, docs, titles);
	}

	/**
	 * The per-query counters, zeroed, kept from one query to the next: two fresh arrays of every
	 * document on each key were garbage the reader's keys paid for.
	 */
	private scratch(count: number): {hits: Uint8Array; inTitle: Uint8Array} {
		if (this.hits.length < count) {
			this.hits = new Uint8Array(this.dates.length);
			this.inTitle = new Uint8Array(this.dates.length);
		}
		this.hits.fill(0, 0, count);
		this.inTitle.fill(0, 0, count);
		return {hits: this.hits, inTitle: this.inTitle};
	}

	/** The title and text matches' buffers, kept as `scratch` is; the answer copies what it needs. */
	private found(count: number): {title: Int32Array; body: Int32Array} {
		if (this.titleDocs.length < count) {
			this.titleDocs = new Int32Array(this.dates.length);
			this.bodyDocs = new Int32Array(this.dates.length);
		}
		return {title: this.titleDocs, body: this.bodyDocs};
	}

	/** Drops removed documents for good and numbers the rest again from 0. */
	compact(): void {
		const renumber = new Int32Array(this.ids.length).fill(-1);
		const ids: string[] = [];
		const stamps: string[] = [];
		const dates = new Float64Array(Math.max(1024, this.byId.size));
		for (let doc = 0; doc < this.ids.length; doc++) {
			if (this.alive[doc] !== 1) continue;
			renumber[doc] = ids.length;
			dates[ids.length] = this.dates[doc] ?? Number.NaN;
			ids.push(this.ids[doc] ?? '');
			stamps.push(this.stamps[doc] ?? '');
		}
		const old = this.postings;
		const words = [...this.terms.keys()];
		const oldTerms = [...this.terms.values()];
		this.postings = new Postings();
		this.terms.clear();
		for (const [i, word] of words.entries()) {
			let term = -1;
			old.forEach(oldTerms[i] ?? 0, (doc, title) => {
				const number = renumber[doc] ?? -1;
				if (number < 0) return;
				if (term < 0) this.terms.set(word, (term = this.postings.addTerm()));
				this.postings.append(term, number, title);
			});
		}
		this.ids = ids;
		this.stamps = stamps;
		this.dates = dates;
		this.alive = new Uint8Array(dates.length).fill(1, 0, ids.length);
		this.byId.clear();
		for (const [doc, id] of ids.entries()) this.byId.set(id, doc);
		this.dead = 0;
		this.order = null;
	}

	/** Adds a document with no postings yet (snapshot.ts fills them in); returns its number. */
	newDoc(id: string, date: number, stamp: string): number {
		if (this.ids.length >= MAX_DOCS && this.dead > 0) this.compact();
		const number = this.ids.length;
		if (number >= this.dates.length) {
			const dates = new Float64Array(this.dates.length * 2);
			dates.set(this.dates);
			this.dates = dates;
			const alive = new Uint8Array(this.dates.length);
			alive.set(this.alive);
			this.alive = alive;
		}
		this.order = null;
		this.ids.push(id);
		this.stamps.push(stamp);
		this.dates[number] = date;
		this.alive[number] = 1;
		this.byId.set(id, number);
		return number;
	}

	/** The term number of a word, made when new. */
	termOf(word: string): number {
		let term = this.terms.get(word);
		if (term === undefined) this.terms.set(ownCopy(word), (term = this.postings.addTerm()));
		return term;
	}

	/** Live doc numbers in result order, sorted again only after a change. */
	private resultOrder(): Int32Array {
		if (this.order) return this.order;
		const keys = new Float64Array(this.byId.size);
		let at = 0;
		for (let doc = 0; doc < this.ids.length; doc++) if (this.alive[doc] === 1) keys[at++] = orderKey(this.dates[doc] ?? Number.NaN, doc);
		keys.sort();
		const order = new Int32Array(keys.length);
		for (const [i, key] of keys.entries()) order[i] = ((key % MAX_DOCS) + MAX_DOCS) % MAX_DOCS;
		this.order = order;
		return order;
	}

	private exactTerm(word: string): number[] {
		const term = this.terms.get(word);
		return term === undefined ? [] : [term];
	}

	private prefixTerms(prefix: string): number[] {
		// A scan of the vocabulary: a few milliseconds at 100,000 articles, and nothing to keep sorted
		// while the index grows under the user's typing.
		const found: number[] = [];
		for (const [word, term] of this.terms) if (word.startsWith(prefix)) found.push(term);
		return found;
	}
}
