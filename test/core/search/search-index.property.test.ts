import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {foldWords, parseQuery} from '../../../src/core/search/fold.js';
import {type SearchAnswer, type SearchDoc, SearchIndex} from '../../../src/core/search/search-index.js';
import {fromSnapshot, toSnapshot} from '../../../src/core/search/snapshot.js';

/** Few words, some differing only by case or accent, some prefixes of others: queries hit often. */
const WORDS = [
	'harbour',
	'harbours',
	'Harbor',
	'café',
	'CAFE',
	'cafés',
	'naïve',
	'naive',
	'zoë',
	'Zoe',
	'ferry',
	'fer',
	'bridge',
	'budget',
	'Ærø',
	'2016',
	'x',
];
const word = fc.constantFrom(...WORDS);
const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', '\u00a0', '—', "'", '\u001b[31m')), {maxLength: 12}).map(parts => parts.join(' '));
const date = fc.option(fc.constantFrom('2016-09-04T10:00', '2016-09-04T11:30', '2020-01-01T00:00', '2019-12-31T23:59'), {nil: null});
const doc = (id: string) => fc.record({title: text, body: text, updated: date}).map(fields => ({id, stamp: 's', ...fields}));
const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'world/c', '@k3x9q2m7ta/d', 'e', 'f', 'g', 'h'), {maxLength: 8});
const query = fc
	.array(
		fc.oneof(
			word,
			word.map(w => w.slice(0, 2)),
			fc.constantFrom('zz', 'É'),
		),
		{minLength: 0, maxLength: 3},
	)
	.chain(words => fc.constantFrom('', ' ').map(end => words.join(' ') + end));

/** An answer as plain data. */
interface Found {
	readonly ids: readonly string[];
	readonly titleCount: number;
}

/** An answer as plain data, read both ways (every id at once, and one by one past the end), which must agree. */
function plain(answer: SearchAnswer | undefined): Found | undefined {
	if (!answer) return undefined;
	const ids = answer.ids();
	expect(Array.from({length: answer.count + 1}, (_, i) => answer.idAt(i))).toEqual([...ids, undefined]);
	return {ids, titleCount: answer.titleCount};
}

/** The same question answered by reading every document, in the order indexed: what the index must equal. */
function naive(docs: readonly SearchDoc[], q: string): Found {
	const {words, lastIsPrefix} = parseQuery(q);
	if (words.length === 0) return {ids: [], titleCount: 0};
	const matches = (have: readonly string[], wanted: string, i: number): boolean =>
		lastIsPrefix && i === words.length - 1 ? have.some(w => w.startsWith(wanted)) : have.includes(wanted);
	const found = docs.flatMap(d => {
		const title = foldWords(d.title);
		const all = [...title, ...foldWords(d.body)];
		if (!words.every((w, i) => matches(all, w, i))) return [];
		return [{d, inTitle: words.every((w, i) => matches(title, w, i))}];
	});
	// Newest first, undated last, then in the order they were indexed (the order of `docs`).
	const order = (a: {d: SearchDoc}, b: {d: SearchDoc}): number => {
		const [x, y] = [a.d.updated ?? '', b.d.updated ?? ''];
		if (x !== y) return x === '' ? 1 : y === '' ? -1 : x < y ? 1 : -1;
		return docs.indexOf(a.d) - docs.indexOf(b.d);
	};
	const title = found.filter(f => f.inTitle).sort(order);
	const body = found.filter(f => !f.inTitle).sort(order);
	return {ids: [...title, ...body].map(f => f.d.id), titleCount: title.length};
}

const docsArb = ids.chain(list => fc.tuple(...list.map(id => doc(id)))).map(list => list as SearchDoc[]);

describe('SearchIndex', () => {
	it('answers as a scan of every document does', () => {
		fc.assert(
			fc.property(docsArb, fc.array(query, {minLength: 1, maxLength: 4}), (docs, queries) => {
				const index = new SearchIndex();
				for (const d of docs) index.add(d);
				for (const q of queries) expect(plain(index.search(q))).toEqual(naive(docs, q));
			}),
			{numRuns: 500},
		);
	});

	it('answers as the scan after removals and replacements, and after a snapshot round trip', () => {
		const change = fc.oneof(
			fc.record({remove: fc.constantFrom('a', 'b', 'world/c', 'e', 'zz')}),
			fc.constantFrom('a', 'b', 'e').chain(id => doc(id).map(d => ({add: d}))),
		);
		fc.assert(
			fc.property(docsArb, fc.array(change, {maxLength: 10}), query, (docs, changes, q) => {
				const index = new SearchIndex();
				const live = new Map<string, SearchDoc>();
				for (const d of docs) {
					index.add(d);
					live.set(d.id, d);
				}
				for (const c of changes) {
					if ('remove' in c) index.remove(c.remove);
					else index.add(c.add);
					// A replaced article is indexed again: it moves to the end of the indexing order.
					live.delete('remove' in c ? c.remove : c.add.id);
					if ('add' in c) live.set(c.add.id, c.add);
				}
				const expected = naive([...live.values()], q);
				expect(plain(index.search(q))).toEqual(expected);
				expect(index.size).toBe(live.size);
				const {head, postings} = toSnapshot(index);
				const copy = fromSnapshot(JSON.parse(JSON.stringify(head)), postings);
				expect(plain(copy?.search(q))).toEqual(expected);
				expect(plain(index.search(q))).toEqual(expected);
			}),
			{numRuns: 500},
		);
	});

	it('compacts once removals outnumber the articles kept, and still answers the same', () => {
		const index = new SearchIndex();
		for (let n = 0; n < 3000; n++) index.add({id: `a${n}`, title: `title ${n % 7 === 0 ? 'seven' : 'other'}`, body: `body ${n}`, updated: null, stamp: ''});
		for (let n = 0; n < 2500; n++) index.remove(`a${n}`);
		expect(index.ids.length).toBeLessThan(3000);
		const sevens = Array.from({length: 500}, (_, i) => 2500 + i).filter(n => n % 7 === 0);
		expect(index.search('seven').ids()).toEqual(sevens.map(n => `a${n}`));
		expect(index.search('body 2999').ids()).toEqual(['a2999']);
	});
});

describe('fromSnapshot', () => {
	const index = new SearchIndex();
	index.add({id: 'a', title: 'Harbour reopens', body: 'The ferry runs again', updated: '2016-09-04T10:00', stamp: '1'});
	index.add({id: 'b', title: 'Budget', body: 'harbour costs', updated: null, stamp: '2'});
	const {head, postings} = toSnapshot(index);

	it('keeps the stamps and the answers', () => {
		const copy = fromSnapshot(head, postings);
		expect(copy?.stampOf('b')).toBe('2');
		expect(plain(copy?.search('harb'))).toEqual({ids: ['a', 'b'], titleCount: 1});
	});

	it('gives null for damaged data, never throws', () => {
		expect(fromSnapshot({...head, version: 99}, postings)).toBeNull();
		expect(fromSnapshot({...head, ids: ['a']}, postings)).toBeNull();
		expect(fromSnapshot(head, postings.slice(0, -1))).toBeNull();
		expect(fromSnapshot(head, new Uint8Array([...postings, 2]))).toBeNull();
		expect(fromSnapshot('junk', postings)).toBeNull();
		// Gaps of zero would list a document twice.
		expect(fromSnapshot(head, new Uint8Array(postings.length))).toBeNull();
	});
});
