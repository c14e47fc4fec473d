import {describe, expect, it} from 'vitest';
import {top} from '../../../src/core/reader/state.js';
import {bundled, bundledLibrary, NOW, SEED_ID} from '../../helpers/bundled.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * The reader's key handling end to end without Ink, through the App's own update loop
 * (core/reader/update.ts), driven by key names as the decoder produces them.
 */

const press = (session: Session, ...keys: string[]): void => {
	for (const key of keys) session.key(key);
};

describe('lists: movement, paging and the window following the cursor', () => {
	const world = Array.from({length: 30}, (_, i) => makeArticle(`world/${i}`, 'World', 30 - i));
	const session = new Session([...world, makeArticle('sport/0', 'Sport', 1)], {columns: 80, rows: 7});

	it.each([
		['j', ['j'], 1, 0],
		['7 × j', Array(7).fill('j'), 8, 4],
		['space pages', ['space'], 13, 9],
		['k inside the window', ['k'], 12, 9],
		['k off the top', Array(4).fill('k'), 8, 8],
		['G', ['G'], 29, 25],
		['space at the end', ['space'], 29, 25],
		['pageup', ['pageup'], 24, 20],
		['g', ['g'], 0, 0],
		['k at the top', ['k'], 0, 0],
	] as const)('%s', (_name, keys, cursor, offset) => {
		if (top(session.state).kind === 'sections') press(session, 'j', 'return');
		press(session, ...keys);
		expect(top(session.state)).toEqual({kind: 'headlines', section: 'World', pos: {cursor, offset}});
	});

	it('a smaller terminal repairs the window so the cursor stays visible', () => {
		press(session, 'G');
		session.data = {...session.data, rows: 4};
		expect(session.view().pos).toEqual({cursor: 29, offset: 28});
	});
});

describe('articles: links, back and quit', () => {
	it('back returns to the exact cursor and scroll left behind, and q leaves only from the top', () => {
		const session = new Session([...bundledLibrary().values()], {columns: 80, rows: 24});
		press(session, 'G', 'return', 'j', 'return');
		expect(top(session.state)).toEqual({kind: 'article', id: 'world/valmora-harbour-reopens', scroll: 0, link: null});
		expect(session.data.snapshot.read.has('world/valmora-harbour-reopens')).toBe(true);
		press(session, 'space', 'j', 'tab', 'tab');
		const left = top(session.state);
		expect(left).toMatchObject({kind: 'article', link: 2});
		press(session, '4');
		expect(top(session.state)).toEqual({kind: 'article', id: SEED_ID, scroll: 0, link: null});
		expect(session.data.snapshot.read.has(SEED_ID)).toBe(true);
		press(session, 'G', 'escape');
		expect(top(session.state)).toEqual(left);
		press(session, 'q');
		expect(top(session.state)).toEqual({kind: 'headlines', section: 'World', pos: {cursor: 1, offset: 0}});
		press(session, 'h');
		// World, the last of six sections, under the Unread row.
		expect(top(session.state)).toEqual({kind: 'sections', pos: {cursor: 6, offset: 0}, unreadRow: true});
		expect(session.exited).toBe(false);
		press(session, 'q');
		expect(session.exited).toBe(true);
	});

	it('a number with no article behind it opens the teaser', () => {
		const session = new Session([...bundledLibrary().values()], {columns: 80, rows: 24});
		session.state = {stack: [session.state.stack[0], {kind: 'article', id: 'world/valmora-harbour-reopens', scroll: 0, link: null}], quitting: false};
		press(session, '5');
		expect(top(session.state)).toEqual({
			kind: 'teaser',
			title: 'Essland opposition calls for early election',
			section: 'World',
			reason: 'not-in-library',
			teaser: "The leader of Essland's largest opposition party said on Wednesday that the governing coalition had lost its...",
		});
	});

	it('Tab and Shift+Tab cycle through the links and always bring the selected one into view', () => {
		const session = new Session([bundled(SEED_ID)], {columns: 40, rows: 12});
		session.state = {stack: [session.state.stack[0], {kind: 'article', id: SEED_ID, scroll: 0, link: null}], quitting: false};
		const links = session.view().layout?.links ?? [];
		expect(links).toHaveLength(6);
		const seen: number[] = [];
		for (const key of ['tab', 'tab', 'tab', 'tab', 'tab', 'tab', 'tab', 'shift+tab', 'shift+tab', 'g', 'shift+tab']) {
			press(session, key);
			const screen = top(session.state);
			if (screen.kind !== 'article' || key === 'g') continue;
			seen.push(screen.link ?? 0);
			const line = links[(screen.link ?? 0) - 1]?.line ?? -1;
			expect(line).toBeGreaterThanOrEqual(screen.scroll);
			expect(line).toBeLessThan(screen.scroll + session.view().bodyHeight);
		}
		// g scrolls link 5 off screen, which drops the selection, so Shift+Tab starts again from the last link.
		expect(seen).toEqual([1, 2, 3, 4, 5, 6, 1, 6, 5, 6]);
	});
});

describe('read marks and bookmarks', () => {
	it('r toggles the open article; b bookmarks a snapshot; B lists it; b there removes it', () => {
		const session = new Session([...bundledLibrary().values()], {columns: 80, rows: 24});
		press(session, 'G', 'return', 'G', 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: SEED_ID});
		press(session, 'r');
		expect(session.data.snapshot.read.has(SEED_ID)).toBe(false);
		press(session, 'r', 'b');
		expect(session.notices).toEqual(['Marked unread', 'Marked read', 'Bookmarked']);
		expect(session.data.snapshot.bookmarks.get(SEED_ID)).toEqual({
			id: SEED_ID,
			title: bundled(SEED_ID).title,
			section: 'World',
			updated: '2016-09-04T13:32',
			at: NOW,
			teaser: `${bundled(SEED_ID).paragraphs[0]?.slice(0, 157).trimEnd()}...`,
		});
		press(session, 'B');
		expect(session.view()).toMatchObject({total: 1, selection: {kind: 'bookmark', meta: {id: SEED_ID}}});
		press(session, 'b');
		expect(session.data.snapshot.bookmarks.size).toBe(0);
		expect(session.view().total).toBe(0);
	});
});

describe('next unread', () => {
	it('reads through the library in order, section by section, and wraps round', () => {
		const articles = [makeArticle('b/new', 'Business', 9), makeArticle('b/old', 'Business', 1), makeArticle('c/only', 'Culture', 5)];
		const session = new Session(articles, {columns: 80, rows: 10});
		session.markRead('b/new');
		const opened: string[] = [];
		for (let i = 0; i < 3; i++) {
			press(session, 'n');
			const screen = top(session.state);
			opened.push(screen.kind === 'article' ? screen.id : screen.kind);
		}
		expect(opened).toEqual(['b/old', 'c/only', 'c/only']);
		expect(session.notices).toEqual(['No unread articles']);
		expect(session.state.stack.map(screen => screen.kind)).toEqual(['sections', 'headlines', 'article']);
	});

	it('back after n lands on the list of the article being read, on its row', () => {
		const articles = [
			makeArticle('b/new', 'Business', 9),
			makeArticle('b/old', 'Business', 1),
			makeArticle('c/new', 'Culture', 5),
			makeArticle('c/old', 'Culture', 2),
		];
		const session = new Session(articles, {columns: 80, rows: 10});
		press(session, 'n', 'n');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'b/old'});
		press(session, 'escape');
		expect(top(session.state)).toEqual({kind: 'headlines', section: 'Business', pos: {cursor: 1, offset: 0}});
		press(session, 'return', 'n', 'n', 'escape');
		expect(top(session.state)).toEqual({kind: 'headlines', section: 'Culture', pos: {cursor: 1, offset: 0}});
		press(session, 'escape');
		expect(session.state.stack).toHaveLength(1);
	});
});

describe('a half-read article keeps its place', () => {
	const paragraphs = Array.from({length: 20}, (_, p) => Array.from({length: 30}, (_, i) => `p${p}w${i}`).join(' '));
	const long = makeArticle('world/long', 'World', 2, paragraphs);
	const short = makeArticle('world/short', 'World', 1);
	const topText = (session: Session): string => {
		const view = session.view();
		return (view.layout?.lines[view.scroll] ?? []).map(segment => segment.text).join('');
	};

	it('records the place on leaving, shows it in progress, and reopens at the same text', () => {
		const session = new Session([long, short], {columns: 80, rows: 12});
		press(session, 'return', 'return', 'space', 'space', 'j');
		const left = topText(session);
		expect(left).toMatch(/p\d+w\d+/);
		expect(session.data.snapshot.places.size).toBe(0);
		press(session, 'escape');
		expect(session.data.snapshot.places.get('world/long')).toBeDefined();
		// A fresh run: the same store, a new stack.
		const next = new Session([long, short], {columns: 40, rows: 12});
		next.data = {...next.data, snapshot: session.data.snapshot};
		press(next, 'return', 'return');
		expect(topText(next).trim().split(' ')).toContain(left.trim().split(' ')[0]);
		expect(top(next.state)).toMatchObject({kind: 'article', id: 'world/long'});
	});

	it('records nothing while scrolling, and forgets the place once read to the end or marked by hand', () => {
		const session = new Session([long, short], {columns: 80, rows: 12});
		press(session, 'return', 'return', 'space', 'j', 'j');
		expect(session.data.snapshot.places.size).toBe(0);
		press(session, 'q');
		expect(session.data.snapshot.places.has('world/long')).toBe(true);
		press(session, 'return', 'G', 'escape');
		expect(session.data.snapshot.places.has('world/long')).toBe(false);
		press(session, 'return', 'space', 'escape');
		expect(session.data.snapshot.places.has('world/long')).toBe(true);
		press(session, 'r');
		expect(session.data.snapshot.places.has('world/long')).toBe(false);
	});

	it('records the place when quitting from the article', () => {
		const session = new Session([long, short], {columns: 80, rows: 12});
		press(session, 'return', 'return', 'space', 'ctrl+c');
		expect(session.exited).toBe(true);
		expect(session.data.snapshot.places.has('world/long')).toBe(true);
	});
});

describe('Enter in an article follows only a link on screen', () => {
	const fresh = (): Session => {
		const session = new Session([...bundledLibrary().values()], {columns: 80, rows: 12});
		session.state = {stack: [session.state.stack[0], {kind: 'article', id: 'world/valmora-harbour-reopens', scroll: 0, link: null}], quitting: false};
		return session;
	};

	it('with nothing selected says how to select a link, and opens nothing', () => {
		const session = fresh();
		press(session, 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/valmora-harbour-reopens'});
		expect(session.notices).toEqual(['Tab selects a link; 1-9 follows one']);
	});

	it('drops a selection once its link has scrolled off screen, so Enter no longer follows it', () => {
		const session = fresh();
		press(session, 'tab');
		expect(top(session.state)).toMatchObject({link: 1});
		press(session, 'g');
		expect(session.view().screen).toMatchObject({link: null});
		press(session, 'return');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/valmora-harbour-reopens', link: null});
		expect(session.notices).toEqual(['Tab selects a link; 1-9 follows one']);
		// Selected again and still on screen, Enter follows it.
		press(session, 'tab', 'return');
		expect(top(session.state)).not.toMatchObject({id: 'world/valmora-harbour-reopens'});
	});

	it('says so when the article has no links at all', () => {
		const session = new Session([makeArticle('world/bare', 'World', 1)], {columns: 80, rows: 12});
		press(session, 'return', 'return', 'return');
		expect(session.notices).toEqual(['This article has no links']);
	});
});
