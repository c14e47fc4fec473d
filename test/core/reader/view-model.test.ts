import {UNREAD_LIST} from '../../../src/core/library/index.js';
import {helpLines} from '../../../src/core/layout/help.js';
import {HELP_ENTRIES} from '../../../src/core/reader/commands.js';
import {describe, expect, it} from 'vitest';
import {initialState, type Screen, type State} from '../../../src/core/reader/state.js';
import type {Bookmark} from '../../../src/core/article/types.js';
import {textWidth} from '../../../src/core/layout/width.js';
import {bookmarkList, commandContext, viewModel} from '../../../src/core/reader/view-model.js';
import {bundled, SEED_ID} from '../../helpers/bundled.js';
import {makeArticle, Session} from '../../helpers/session.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const stateOn = (...screens: Screen[]): State => ({stack: [initialState.stack[0], ...screens], quitting: false});

describe('widths and bookmarks', () => {
	it('gives article text one column of margin each side, between 10 and 80 cells', () => {
		expect([textWidth(40), textWidth(80), textWidth(82), textWidth(200), textWidth(5)]).toEqual([38, 78, 80, 80, 10]);
	});

	it('lists bookmarks most recent first, then by title', () => {
		const b = (id: string, title: string, at: number): Bookmark => ({id, title, section: 'S', updated: null, teaser: '', at});
		const bookmarks = new Map([
			['a', b('a', 'Zed', 1)],
			['b', b('b', 'Beta', 5)],
			['c', b('c', 'Alpha', 5)],
		]);
		expect(bookmarkList({read: new Set(), bookmarks, places: new Map(), feeds: new Map()}).map(bookmark => bookmark.id)).toEqual(['c', 'b', 'a']);
	});
});

describe('viewModel', () => {
	const articles = [makeArticle('w/1', 'World', 3), makeArticle('w/2', 'World', 2), makeArticle('s/1', 'Sport', 1), bundled(SEED_ID)];

	it('on sections: the rows, the repaired window and the selected section', () => {
		const session = new Session(articles, {columns: 80, rows: 4});
		const view = viewModel(stateOn({kind: 'sections', pos: {cursor: 9, offset: 9}, unreadRow: true}), session.data);
		// Unread, Sport, World: the Unread row on top while anything is unread.
		expect(view).toMatchObject({bodyHeight: 2, total: 3, unreadRow: 4, pos: {cursor: 2, offset: 1}, selection: {kind: 'section', name: 'World'}});
		const top = viewModel(stateOn({kind: 'sections', pos: {cursor: 0, offset: 0}, unreadRow: true}), session.data);
		expect(top.selection).toEqual({kind: 'section', name: UNREAD_LIST});
	});

	it('on sections: the cursor stays on its section when the Unread row comes or goes', () => {
		const session = new Session(articles, {columns: 80, rows: 10});
		const onWorld = stateOn({kind: 'sections', pos: {cursor: 2, offset: 0}, unreadRow: true});
		expect(viewModel(onWorld, session.data).selection).toEqual({kind: 'section', name: 'World'});
		session.markRead(...articles.map(article => article.id));
		const allRead = viewModel(onWorld, session.data);
		expect(allRead).toMatchObject({total: 2, unreadRow: null, pos: {cursor: 1, offset: 0}, selection: {kind: 'section', name: 'World'}});
		expect(allRead.screen).toEqual({kind: 'sections', pos: {cursor: 1, offset: 0}, unreadRow: false});
		// Counted without the row (a start state), it comes back on the same section once something is unread.
		const counted = stateOn({kind: 'sections', pos: {cursor: 1, offset: 0}});
		const unread = {...session.data, snapshot: {...session.data.snapshot, read: new Set<string>()}};
		expect(viewModel(counted, unread)).toMatchObject({pos: {cursor: 2, offset: 0}, selection: {kind: 'section', name: 'World'}});
		// On the Unread row itself when it goes: the first section.
		expect(viewModel(stateOn({kind: 'sections', pos: {cursor: 0, offset: 0}, unreadRow: true}), session.data).selection).toEqual({
			kind: 'section',
			name: 'Sport',
		});
	});

	it('on headlines: the article under the cursor with its teaser once its body is loaded', () => {
		const session = new Session(articles, {columns: 80, rows: 10});
		const view = viewModel(stateOn({kind: 'headlines', section: 'World', pos: {cursor: 3, offset: 0}}), session.data);
		expect(view.selection).toEqual({
			kind: 'article',
			meta: session.data.library.get(SEED_ID),
			teaser: expect.stringMatching(/^President Barack Obama said Sunday .{100,}\.\.\.$/),
		});
		const unloaded = {...session.data, bodies: new Map()};
		expect(viewModel(stateOn({kind: 'headlines', section: 'World', pos: {cursor: 0, offset: 0}}), unloaded).selection).toMatchObject({teaser: ''});
	});

	it('cuts a long teaser at 160 characters without splitting an emoji', () => {
		const first = `${'x'.repeat(156)}🏮${'y'.repeat(40)}`;
		const session = new Session([makeArticle('w/e', 'World', 1, [first])], {columns: 80, rows: 10});
		const view = viewModel(stateOn({kind: 'headlines', section: 'World', pos: {cursor: 0, offset: 0}}), session.data);
		const teaser = view.selection?.kind === 'article' ? view.selection.teaser : '';
		expect(teaser.startsWith('x'.repeat(156))).toBe(true);
		expect(teaser.endsWith('...')).toBe(true);
		expect(teaser).not.toMatch(LONE_SURROGATE);
	});

	it('on an article: a layout at the text width, or the load state while it loads', () => {
		const session = new Session(articles, {columns: 40, rows: 12});
		const view = viewModel(stateOn({kind: 'article', id: SEED_ID, scroll: 0, link: null}), session.data);
		expect(view.layout?.width).toBe(38);
		expect(view.total).toBe(view.layout?.lines.length);
		expect(view.layout?.links.map(link => link.number)).toEqual([1, 2, 3, 4, 5, 6]);
		const loading = viewModel(stateOn({kind: 'article', id: 'w/404', scroll: 0, link: null}), session.data);
		expect(loading).toMatchObject({total: 1, load: {status: 'loading'}, layout: null, article: null, heading: null});
	});

	it('on an article that failed and left the library: a heading that does not say it is loading', () => {
		const session = new Session(articles, {columns: 80, rows: 12});
		const bodies = new Map([['w/gone', {status: 'error', error: 'its file is gone'} as const]]);
		const view = viewModel(stateOn({kind: 'article', id: 'w/gone', scroll: 0, link: null}), {...session.data, bodies});
		expect(view.heading).toEqual({title: 'Not available', section: 'newsterm'});
		const listed = viewModel(stateOn({kind: 'article', id: 'w/1', scroll: 0, link: null}), {
			...session.data,
			bodies: new Map([['w/1', {status: 'error', error: 'x'} as const]]),
		});
		expect(listed.heading).toEqual({title: session.data.library.get('w/1')?.title, section: 'World'});
	});

	it('on help and teaser screens: only the line count', () => {
		const session = new Session(articles, {columns: 80, rows: 10});
		expect(viewModel(stateOn({kind: 'help', scroll: 0}), session.data).total).toBe(helpLines(session.data.columns, HELP_ENTRIES).length);
		const teaser: Screen = {kind: 'teaser', title: 't', teaser: 'x', section: 'World', reason: 'not-in-library'};
		expect(viewModel(stateOn(teaser), session.data).total).toBe(0);
	});
});

describe('commandContext', () => {
	const articles = [makeArticle('w/1', 'World', 3), makeArticle('w/2', 'World', 2), makeArticle('s/1', 'Sport', 1)];

	it('carries the repaired list window, so a command never works from a stale cursor', () => {
		const session = new Session(articles, {columns: 80, rows: 10});
		const state = stateOn({kind: 'headlines', section: 'World', pos: {cursor: 7, offset: 7}});
		const ctx = commandContext(state, session.data, viewModel(state, session.data));
		expect(ctx.state.stack.at(-1)).toEqual({kind: 'headlines', section: 'World', pos: {cursor: 1, offset: 0}});
		expect(ctx.selection).toMatchObject({kind: 'article', meta: {id: 'w/2'}});
	});

	it('on an article gives its meta and teaser, its links, and read and bookmark lookups', () => {
		const session = new Session(articles, {columns: 80, rows: 10});
		session.markRead('w/1');
		const state = stateOn({kind: 'article', id: 'w/1', scroll: 0, link: null});
		const ctx = commandContext(state, session.data, viewModel(state, session.data));
		expect(ctx.article).toEqual({meta: session.data.library.get('w/1'), teaser: 'Body of w/1.'});
		expect([ctx.isRead('w/1'), ctx.isRead('w/2'), ctx.isBookmarked('w/1')]).toEqual([true, false, false]);
		expect(ctx.nextUnread()).toEqual({id: 'w/2', section: 'World', index: 1});
		expect(ctx.height).toBe(8);
	});
});
