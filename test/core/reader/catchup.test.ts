import {describe, expect, it} from 'vitest';
import {UNREAD_LIST} from '../../../src/core/library/catchup.js';
import {top} from '../../../src/core/reader/state.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * Catching up through the reader's own update loop: the Unread list, marking a section or everything
 * read and undoing it, hiding read articles, and stepping through a list from inside an article.
 */

const press = (session: Session, ...keys: string[]): void => {
	for (const key of keys) session.key(key);
};

/** World has days 5, 4, 3 (w5 newest); Sport has days 6 and 2. Sections: Sport, World. */
const articles = [
	makeArticle('world/w5', 'World', 5),
	makeArticle('world/w4', 'World', 4),
	makeArticle('world/w3', 'World', 3),
	makeArticle('sport/s6', 'Sport', 6),
	makeArticle('sport/s2', 'Sport', 2),
];
const fresh = (): Session => new Session(articles, {columns: 80, rows: 12});
const ids = (session: Session): string[] => session.view().rows.map(meta => meta.id);

describe('the Unread list', () => {
	it('lists every unread article over all sections, newest first; Enter opens, back returns without it', () => {
		const session = fresh();
		session.markRead('world/w4');
		press(session, 'U');
		expect(top(session.state)).toEqual({kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 0, offset: 0}});
		expect(ids(session)).toEqual(['sport/s6', 'world/w5', 'world/w3', 'sport/s2']);
		press(session, 'j', 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w5'});
		expect(session.data.snapshot.read.has('world/w5')).toBe(true);
		press(session, 'escape');
		// The article read is gone from the list; the cursor's row now holds the one after it.
		expect(ids(session)).toEqual(['sport/s6', 'world/w3', 'sport/s2']);
		expect(session.view().selection).toMatchObject({kind: 'article', meta: {id: 'world/w3'}});
	});

	it('is the first row of Sections too: k reaches it above the first section, Enter opens it, A marks everything', () => {
		const session = fresh();
		expect(session.view()).toMatchObject({total: 3, unreadRow: 5, selection: {kind: 'section', name: 'Sport'}});
		press(session, 'k');
		expect(session.view().selection).toEqual({kind: 'section', name: UNREAD_LIST});
		press(session, 'return');
		expect(top(session.state)).toEqual({kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 0, offset: 0}});
		press(session, 'escape', 'A');
		expect(session.notices).toEqual(['Marked 5 read everywhere · u undoes']);
		// Nothing unread: no row, and the cursor that was on it is on the first section.
		expect(session.view()).toMatchObject({total: 2, unreadRow: null, selection: {kind: 'section', name: 'Sport'}});
		press(session, 'u');
		expect(session.view()).toMatchObject({total: 3, unreadRow: 5, selection: {kind: 'section', name: 'Sport'}});
	});

	it('J walks the Unread list from inside an article, and back lands on the row after the last one read', () => {
		const session = fresh();
		press(session, 'U', 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'sport/s6'});
		press(session, 'J');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w5'});
		press(session, 'J');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w4'});
		// The list holds unread articles: those read on the way are gone from it, so K finds none before.
		press(session, 'K');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w4'});
		expect(session.notices.at(-1)).toBe('No previous article in this list');
		press(session, 'J', 'escape');
		expect(ids(session)).toEqual(['sport/s2']);
		expect(session.view().selection).toMatchObject({kind: 'article', meta: {id: 'sport/s2'}});
	});

	it('K goes back through a section list, where read articles stay', () => {
		const session = fresh();
		press(session, 'j', 'return', 'return', 'J', 'K');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w5'});
		press(session, 'J', 'J', 'escape');
		expect(ids(session)).toEqual(['world/w5', 'world/w4', 'world/w3']);
		expect(session.view().selection).toMatchObject({kind: 'article', meta: {id: 'world/w3'}});
	});
});

describe('marking a section or everything read, and undoing it', () => {
	it('A on a headlines list marks its section; u puts back exactly the ids it changed', () => {
		const session = fresh();
		session.markRead('world/w4');
		press(session, 'j', 'return', 'A');
		expect(session.notices.at(-1)).toBe('Marked 2 read in World · u undoes');
		expect([...session.data.snapshot.read].sort()).toEqual(['world/w3', 'world/w4', 'world/w5']);
		press(session, 'u');
		expect(session.notices.at(-1)).toBe('Undone: 2 unread again in World');
		// The article read before A stays read.
		expect([...session.data.snapshot.read]).toEqual(['world/w4']);
		press(session, 'u');
		expect(session.notices.at(-1)).toBe('Nothing to undo');
	});

	it('A on Sections marks the selected section; C marks everything; a mark by hand ends the undo', () => {
		const session = fresh();
		press(session, 'A');
		expect(session.notices.at(-1)).toBe('Marked 2 read in Sport · u undoes');
		press(session, 'C');
		expect(session.notices.at(-1)).toBe('Marked 3 read everywhere · u undoes');
		expect(session.data.snapshot.read.size).toBe(5);
		press(session, 'u');
		// Only C's three come back; Sport stays read, as A left it.
		expect([...session.data.snapshot.read].sort()).toEqual(['sport/s2', 'sport/s6']);
		press(session, 'C', 'j', 'return', 'r', 'u');
		expect(session.notices.at(-1)).toBe('Nothing to undo');
		press(session, 'C');
		expect(session.notices.at(-1)).toBe('Marked 1 read everywhere · u undoes');
	});
});

describe('hiding read articles', () => {
	it('L hides them with the cursor kept on its article, and shows them again', () => {
		const session = fresh();
		session.markRead('world/w5');
		press(session, 'j', 'return', 'j', 'j');
		expect(session.view().selection).toMatchObject({meta: {id: 'world/w3'}});
		press(session, 'L');
		expect(ids(session)).toEqual(['world/w4', 'world/w3']);
		expect(session.view().selection).toMatchObject({meta: {id: 'world/w3'}});
		press(session, 'L');
		expect(ids(session)).toEqual(['world/w5', 'world/w4', 'world/w3']);
		expect(session.view().selection).toMatchObject({meta: {id: 'world/w3'}});
	});

	it('a read article under the cursor gives way to the next one shown', () => {
		const session = fresh();
		session.markRead('world/w4');
		press(session, 'j', 'return', 'j', 'L');
		expect(session.view().selection).toMatchObject({meta: {id: 'world/w3'}});
	});
});

describe('J, K and p', () => {
	it('J and K step through the section from an article, and stop at its ends', () => {
		const session = fresh();
		press(session, 'j', 'return', 'return', 'K');
		expect(session.notices.at(-1)).toBe('No previous article in this list');
		press(session, 'J', 'J');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w3'});
		press(session, 'J');
		expect(session.notices.at(-1)).toBe('No next article in this list');
		press(session, 'escape');
		expect(session.view().selection).toMatchObject({meta: {id: 'world/w3'}});
	});

	it('p opens the previous unread in reading order, the mirror of n', () => {
		const session = fresh();
		press(session, 'j', 'return', 'j', 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w4'});
		press(session, 'p');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w5'});
		press(session, 'p');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'sport/s2'});
		press(session, 'n');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/w3'});
	});
});
