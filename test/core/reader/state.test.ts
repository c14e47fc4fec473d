import {describe, expect, it} from 'vitest';
import {initialState, reduce, top, type Action, type Screen, type State} from '../../../src/core/reader/state.js';

const sections = (cursor = 0, offset = 0): Screen => ({kind: 'sections', pos: {cursor, offset}});
const headlines = (section: string, cursor = 0, offset = 0): Screen => ({kind: 'headlines', section, pos: {cursor, offset}});
const article = (id: string, scroll = 0, link: number | null = null): Screen => ({kind: 'article', id, scroll, link});
const stateOf = (...stack: [Screen, ...Screen[]]): State => ({stack, quitting: false});
const run = (state: State, ...actions: Action[]): State => actions.reduce(reduce, state);

describe('reduce: the stack', () => {
	it('starts on the sections screen at the first row', () => {
		expect(initialState).toEqual(stateOf(sections()));
		expect(top(initialState)).toEqual(sections());
	});

	it('push and back', () => {
		const pushed = reduce(initialState, {type: 'push', screen: {kind: 'help', scroll: 0}});
		expect(pushed.stack).toHaveLength(2);
		expect(reduce(pushed, {type: 'back'})).toEqual(initialState);
	});

	it('back on the last screen keeps it (the stack is never empty)', () => {
		expect(reduce(initialState, {type: 'back'})).toEqual(initialState);
	});

	it('quit only sets the flag', () => {
		expect(reduce(initialState, {type: 'quit'})).toEqual({...initialState, quitting: true});
	});
});

describe('reduce: move', () => {
	it.each([
		['a list line down', sections(2, 0), {by: 1}, sections(3, 0)],
		['a list line down off the window', sections(4, 0), {by: 1}, sections(5, 1)],
		['a list page down', sections(0, 0), {page: 1}, sections(5, 5)],
		['a list to the bottom', sections(0, 0), {to: 'bottom'}, sections(19, 15)],
		['article text a line', article('a', 3), {by: 1}, article('a', 4)],
		['article text a page', article('a', 3), {page: 1}, article('a', 8)],
		['article text to the bottom', article('a', 0), {to: 'bottom'}, article('a', 15)],
		['help text back to the top', {kind: 'help', scroll: 9}, {to: 'top'}, {kind: 'help', scroll: 0}],
	] as const)('%s', (_name, screen, motion, expected) => {
		expect(top(reduce(stateOf(screen), {type: 'move', motion, total: 20, height: 5}))).toEqual(expected);
	});

	it('a teaser does not move', () => {
		const teaser: Screen = {kind: 'teaser', title: 't', teaser: 'x', section: 'World', reason: 'not-in-library'};
		expect(top(reduce(stateOf(teaser), {type: 'move', motion: {by: 1}, total: 20, height: 5}))).toBe(teaser);
	});

	it('moves only the top screen', () => {
		const state = run(stateOf(sections(3, 1), headlines('World', 2)), {type: 'move', motion: {by: 1}, total: 20, height: 5});
		expect(state.stack).toEqual([sections(3, 1), headlines('World', 3)]);
	});
});

describe('reduce: selectLink', () => {
	it('selects a link on an article and clears it with null', () => {
		const state = reduce(stateOf(sections(), article('a', 7)), {type: 'selectLink', link: 3});
		expect(top(state)).toEqual(article('a', 7, 3));
		expect(top(reduce(state, {type: 'selectLink', link: null}))).toEqual(article('a', 7));
	});

	it('does nothing on a list', () => {
		expect(reduce(initialState, {type: 'selectLink', link: 1})).toBe(initialState);
	});
});

describe('reduce: openArticle', () => {
	const open = (id: string, section: string, index: number): Action => ({type: 'openArticle', id, section, index, height: 5});

	it('from sections it goes through the headlines, cursor on the article, so back lands on its row', () => {
		const state = reduce(stateOf(sections(2, 0)), open('x/7', 'Sport', 7));
		expect(state.stack).toEqual([sections(2, 0), headlines('Sport', 7, 3), article('x/7')]);
		expect(top(reduce(state, {type: 'back'}))).toEqual(headlines('Sport', 7, 3));
	});

	it('from the same headlines it moves the cursor there and keeps the window when it can', () => {
		const state = reduce(stateOf(sections(), headlines('Sport', 1, 0)), open('x/3', 'Sport', 3));
		expect(state.stack).toEqual([sections(), headlines('Sport', 3, 0), article('x/3')]);
	});

	it('from other headlines it adds the article’s own headlines', () => {
		const state = reduce(stateOf(sections(), headlines('World', 1, 0)), open('x/0', 'Sport', 0));
		expect(state.stack).toEqual([sections(), headlines('World', 1, 0), headlines('Sport', 0, 0), article('x/0')]);
	});

	it('from an article it replaces it, and back leads to the list on the new article’s row', () => {
		const state = reduce(stateOf(sections(), headlines('Sport', 1), article('x/1', 12, 2)), open('x/2', 'Sport', 2));
		expect(state.stack).toEqual([sections(), headlines('Sport', 2), article('x/2')]);
	});

	it('from an article in another section, the list below switches to the new section', () => {
		const state = reduce(stateOf(sections(), headlines('Business', 3, 2), article('b/3')), open('c/6', 'Culture', 6));
		expect(state.stack).toEqual([sections(), headlines('Culture', 6, 2), article('c/6')]);
	});

	it('from an article over bookmarks or another article, only the article is replaced', () => {
		const bookmarks: Screen = {kind: 'bookmarks', pos: {cursor: 1, offset: 0}};
		expect(reduce(stateOf(sections(), bookmarks, article('a')), open('b', 'Sport', 0)).stack).toEqual([sections(), bookmarks, article('b')]);
		expect(reduce(stateOf(sections(), article('a', 5, 1), article('l')), open('b', 'Sport', 0)).stack).toEqual([sections(), article('a', 5, 1), article('b')]);
	});
});
