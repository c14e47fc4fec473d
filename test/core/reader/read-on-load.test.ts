import {describe, expect, it} from 'vitest';
import type {ArticleLoad} from '../../../src/core/library/bodies.js';
import {top} from '../../../src/core/reader/state.js';
import {settleRead} from '../../../src/core/reader/update.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * Opening an article marks it read only once its body has loaded: a file deleted while the reader
 * ran shows an error and stays unread.
 */

const articles = [makeArticle('world/a', 'World', 2), makeArticle('world/b', 'World', 1)];

/** A session in World with `world/a` under the cursor, its body as `load`. */
function inWorld(load: ArticleLoad): Session {
	const session = new Session(articles, {columns: 80, rows: 12});
	session.data = {...session.data, bodies: new Map([['world/a', load]])};
	session.key('return');
	return session;
}

describe('the read mark waits for the body', () => {
	it('a body that failed to load (the file was deleted) leaves the article unread, and the view says why', () => {
		const session = inWorld({status: 'error', error: 'no longer exists'});
		const effects = session.key('return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/a'});
		expect(effects).toEqual([]);
		expect(session.data.snapshot.read.has('world/a')).toBe(false);
		expect(session.view().load).toEqual({status: 'error', error: 'no longer exists'});
	});

	it('a body still loading is marked when it arrives, not before', () => {
		const session = inWorld({status: 'loading'});
		session.key('return');
		expect(session.data.snapshot.read.has('world/a')).toBe(false);
		expect(settleRead(session.state, session.data)).toBeNull();
		const loaded = {...session.data, bodies: new Map([['world/a', {status: 'ok', article: articles[0]} as ArticleLoad]])};
		const settled = settleRead(session.state, loaded);
		expect(settled?.effects).toEqual([{type: 'setRead', id: 'world/a', read: true}]);
		expect(settled?.state.pendingRead).toBeUndefined();
	});

	it('leaving before the body arrives forgets the mark', () => {
		const session = inWorld({status: 'loading'});
		session.key('return');
		session.key('escape');
		expect(session.state.pendingRead).toBeUndefined();
		expect(session.data.snapshot.read.has('world/a')).toBe(false);
	});

	it('a body loaded already (the prefetch) is marked on the key, as before', () => {
		const session = inWorld({status: 'ok', article: articles[0] ?? makeArticle('x', 'X', 1)});
		expect(session.key('return')).toEqual([{type: 'setRead', id: 'world/a', read: true}]);
		expect(session.state.pendingRead).toBeUndefined();
	});
});
