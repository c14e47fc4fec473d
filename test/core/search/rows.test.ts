import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../../src/core/library/library.js';
import {searchRows} from '../../../src/core/search/rows.js';
import {createMemorySearch} from '../../doubles/memory-search.js';
import {makeArticle} from '../../helpers/session.js';

/** Twelve articles on the harbour, newest last (day 1 … 12), and one on something else. */
const articles = [
	...Array.from({length: 12}, (_, i) => makeArticle(`world/${i}`, 'World', i + 1, [`The harbour ${i}.`])),
	makeArticle('sport/cup', 'Sport', 20),
];
const docs = articles.map(a => ({id: a.id, title: a.title, body: a.paragraphs.join('\n'), updated: a.updated, stamp: ''}));
const newestFirst = Array.from({length: 12}, (_, i) => `world/${11 - i}`);

describe('searchRows', () => {
	it('counts the results and makes only the window asked for, in the answer’s order', () => {
		const rows = searchRows(createMemorySearch(docs).control, buildLibrary(articles), 'harbour');
		expect(rows.total).toBe(12);
		expect(rows.window(0, 12).map(meta => meta.id)).toEqual(newestFirst);
		expect(rows.window(3, 4).map(meta => meta.id)).toEqual(newestFirst.slice(3, 7));
		expect(rows.window(10, 5).map(meta => meta.id)).toEqual(newestFirst.slice(10));
		expect(rows.at(5)?.id).toBe(newestFirst[5]);
		expect(rows.at(12)).toBeUndefined();
		expect(rows.at(-1)).toBeUndefined();
	});

	it('never draws an article the library no longer has (the indexer drops it from the count on the scan that drops it)', () => {
		const gone = new Set(['world/10', 'world/4']);
		const rows = searchRows(createMemorySearch(docs).control, buildLibrary(articles.filter(a => !gone.has(a.id))), 'harbour');
		expect(rows.window(0, 20).map(meta => meta.id)).toEqual(newestFirst.filter(id => !gone.has(id)));
		expect(rows.window(0, 3).map(meta => meta.id)).toEqual(['world/11', 'world/9']);
		expect(rows.at(1)).toBeUndefined();
		expect(rows.at(2)?.id).toBe('world/9');
	});

	it('finds nothing without a search or without a query', () => {
		const library = buildLibrary(articles);
		expect(searchRows(undefined, library, 'harbour').window(0, 5)).toEqual([]);
		expect(searchRows(createMemorySearch(docs).control, library, '  ').total).toBe(0);
	});
});
