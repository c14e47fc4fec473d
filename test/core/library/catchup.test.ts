import {describe, expect, it} from 'vitest';
import {metaOf} from '../../../src/core/article/parse.js';
import {listRows, UNREAD_LIST, unreadCounts, unreadIds, unreadTotal} from '../../../src/core/library/catchup.js';
import {buildLibrary, nextUnread} from '../../../src/core/library/library.js';
import {makeArticle} from '../../helpers/session.js';

const library = buildLibrary(
	[
		['world/a', 'World', 5],
		['world/b', 'World', 3],
		['sport/c', 'Sport', 4],
		['sport/d', 'Sport', 1],
	].map(([id, section, day]) => metaOf(makeArticle(String(id), String(section), Number(day)))),
);
const read = new Set(['world/a', 'sport/d']);
const ids = (rows: readonly {readonly id: string}[]): string[] => rows.map(row => row.id);

describe('listRows', () => {
	it('gives a section its headlines, or only the unread ones when hiding', () => {
		expect(ids(listRows(library, 'World', {read, hideRead: false, keep: null}))).toEqual(['world/a', 'world/b']);
		expect(ids(listRows(library, 'World', {read, hideRead: true, keep: null}))).toEqual(['world/b']);
		expect(ids(listRows(library, 'World', {read, hideRead: true, keep: 'world/a'}))).toEqual(['world/a', 'world/b']);
	});

	it('gives the Unread list every unread article, newest first, whatever the hiding', () => {
		expect(ids(listRows(library, UNREAD_LIST, {read, hideRead: false, keep: null}))).toEqual(['sport/c', 'world/b']);
		expect(ids(listRows(library, UNREAD_LIST, {read: new Set(), hideRead: false, keep: null}))).toEqual(['world/a', 'sport/c', 'world/b', 'sport/d']);
	});
});

describe('unread ids and counts', () => {
	it('lists a section’s unread ids, or all of them', () => {
		expect(unreadIds(library, read, 'Sport')).toEqual(['sport/c']);
		expect(unreadIds(library, read, null).sort()).toEqual(['sport/c', 'world/b']);
		expect(unreadIds(library, read, UNREAD_LIST).sort()).toEqual(['sport/c', 'world/b']);
	});

	it('counts them per section for status bars, leaving out sections with none', () => {
		expect(unreadCounts(library, read)).toEqual({total: 2, sections: {Sport: 1, World: 1}});
		expect(unreadCounts(library, new Set(['world/a', 'world/b']))).toEqual({total: 2, sections: {Sport: 2}});
	});

	it('totals them for the Unread row, the same as the status bar count', () => {
		expect(unreadTotal(library, read)).toBe(unreadCounts(library, read).total);
		const all = new Set(library.all.map(article => article.id));
		expect(unreadTotal(library, all)).toBe(0);
		expect(unreadTotal(library, new Set())).toBe(library.all.length);
	});

	it('totals them without reading order: every frame of a scan asks, and `all` sorts every section', () => {
		const fresh = buildLibrary(library.all.slice());
		const unsorted = new Proxy(fresh, {
			get: (target, key) => {
				if (key === 'all' || key === 'headlines') throw new Error(`unreadTotal read ${String(key)}`);
				return Reflect.get(target, key);
			},
		});
		expect(unreadTotal(unsorted, read)).toBe(unreadCounts(library, read).total);
	});
});

describe('nextUnread backwards (p)', () => {
	// Reading order: Sport (c, d), then World (a, b).
	const isRead = (id: string): boolean => read.has(id);

	it('searches back from an open article, wrapping round, as n searches forward', () => {
		expect(nextUnread(library, isRead, {after: 'world/b'}, -1)?.id).toBe('sport/c');
		expect(nextUnread(library, isRead, {after: 'sport/c'}, -1)?.id).toBe('world/b');
		expect(nextUnread(library, isRead, {after: 'sport/c'}, 1)?.id).toBe('world/b');
		expect(nextUnread(library, () => true, {after: 'sport/c'}, -1)).toBeNull();
	});
});
