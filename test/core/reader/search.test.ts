import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/index.js';
import {reduce, top} from '../../../src/core/reader/state.js';
import {createMemorySearch} from '../../doubles/memory-search.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * `/` through the reader's own update loop: the query is typed into ink-text-input in the App, which
 * hands it to the state as a `search` action; here the test does the same.
 */

const articles: Article[] = [
	makeArticle('world/old', 'World', 1, ['The harbour closed.']),
	{...makeArticle('world/harbour', 'World', 5), title: 'Harbour reopens'},
	makeArticle('sport/derby', 'Sport', 9, ['Fans came by ferry to the harbour.']),
	makeArticle('sport/cup', 'Sport', 7, ['Nothing of boats.']),
];
const docs = articles.map(a => ({id: a.id, title: a.title, body: a.paragraphs.join('\n'), updated: a.updated, stamp: ''}));

function session(): Session {
	const s = new Session(articles, {columns: 80, rows: 12});
	s.data = {...s.data, search: createMemorySearch(docs).control};
	return s;
}

const type = (s: Session, query: string): void => {
	s.state = reduce(s.state, {type: 'search', query});
};
const rowIds = (s: Session): string[] => s.view().rows.map(meta => meta.id);

describe('searching every article', () => {
	it('/ opens the search on Sections, a headlines list, Unread and Bookmarks', () => {
		for (const keys of [[], ['return'], ['U'], ['B']]) {
			const s = session();
			for (const key of keys) s.key(key);
			s.key('/');
			expect(top(s.state)).toEqual({kind: 'search', query: '', pos: {cursor: 0, offset: 0}});
			expect(s.view().rows).toEqual([]);
		}
	});

	it('lists title hits first, then text hits, newest first, as the query is typed', () => {
		const s = session();
		s.key('/');
		type(s, 'harb');
		expect(rowIds(s)).toEqual(['world/harbour', 'sport/derby', 'world/old']);
		type(s, 'harbour fer');
		expect(rowIds(s)).toEqual(['sport/derby']);
		type(s, 'lighthouse');
		expect(rowIds(s)).toEqual([]);
	});

	it('while typing, letters are the query’s; arrows and Ctrl+N/Ctrl+P move, Enter opens over the results', () => {
		const s = session();
		s.key('/');
		type(s, 'harbour');
		for (const key of ['j', 'k', 'q', 'h', 'backspace', 'space', 'n']) expect(s.key(key)).toEqual([]);
		expect(top(s.state)).toMatchObject({kind: 'search', pos: {cursor: 0}});
		s.key('down');
		s.key('ctrl+n');
		s.key('ctrl+p');
		expect(top(s.state)).toMatchObject({kind: 'search', pos: {cursor: 1}});
		s.key('return');
		expect(s.state.stack.map(screen => screen.kind)).toEqual(['sections', 'results', 'article']);
		expect(top(s.state)).toMatchObject({kind: 'article', id: 'sport/derby'});
		expect(s.data.snapshot.read.has('sport/derby')).toBe(true);
	});

	it('back from the article lands on the results, where j, k and Enter work as on a list and / edits the query', () => {
		const s = session();
		s.key('/');
		type(s, 'harbour');
		s.key('return');
		s.key('h');
		expect(top(s.state)).toEqual({kind: 'results', query: 'harbour', pos: {cursor: 0, offset: 0}});
		s.key('j');
		s.key('j');
		s.key('return');
		expect(top(s.state)).toMatchObject({kind: 'article', id: 'world/old'});
		s.key('q');
		s.key('/');
		expect(top(s.state)).toEqual({kind: 'search', query: 'harbour', pos: {cursor: 2, offset: 0}});
		type(s, 'harbour reopens');
		expect(top(s.state)).toMatchObject({pos: {cursor: 0, offset: 0}});
	});

	it('Esc returns to where / was pressed, from typing or from the results', () => {
		for (const afterArticle of [false, true]) {
			const s = session();
			s.key('j');
			s.key('return');
			s.key('/');
			type(s, 'harbour');
			if (afterArticle) {
				s.key('return');
				s.key('escape');
			}
			s.key('escape');
			expect(top(s.state)).toEqual({kind: 'headlines', section: 'World', pos: {cursor: 0, offset: 0}});
		}
	});

	it('says where it is in the header, and keeps the selection in view below the query and status rows', () => {
		const many = Array.from({length: 30}, (_, i) => makeArticle(`world/${i}`, 'World', 1 + (i % 28), [`harbour ${i}`]));
		const s = new Session(many, {columns: 80, rows: 8});
		s.data = {
			...s.data,
			search: createMemorySearch(many.map(a => ({id: a.id, title: a.title, body: a.paragraphs[0] ?? '', updated: a.updated, stamp: ''}))).control,
		};
		s.key('/');
		type(s, 'harbour');
		for (let i = 0; i < 5; i++) s.key('down');
		// 8 rows: header, footer, the query and its status leave 4 for results.
		expect(s.view().pos).toEqual({cursor: 5, offset: 2});
		// All 30 are counted; only the four on screen are made, from the window's first row.
		expect(s.view().total).toBe(30);
		const all = createMemorySearch(many.map(a => ({id: a.id, title: a.title, body: a.paragraphs[0] ?? '', updated: a.updated, stamp: ''})))
			.control.search('harbour')
			.ids();
		expect(rowIds(s)).toEqual(all.slice(2, 6));
		expect(s.view().selection).toMatchObject({kind: 'article', meta: {id: all[5]}});
	});

	it('without an index the search opens and finds nothing', () => {
		const s = new Session(articles, {columns: 80, rows: 12});
		s.key('/');
		type(s, 'harbour');
		expect(s.view().rows).toEqual([]);
	});
});
