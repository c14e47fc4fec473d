import {describe, expect, it} from 'vitest';
import {initialState, top} from '../../../src/core/reader/state.js';
import {update} from '../../../src/core/reader/update.js';
import {viewModel} from '../../../src/core/reader/view-model.js';
import {makeArticle, Session} from '../../helpers/session.js';

const articles = [makeArticle('world/a', 'World', 2), makeArticle('world/b', 'World', 1)];
const data = new Session(articles, {columns: 80, rows: 12}).data;
const inWorld = update(update(initialState, data, 'return')?.state ?? initialState, data, 'j')?.state ?? initialState;

describe('update: one key, the next state and the effects', () => {
	it('moves and opens through the reducer, with no effects for navigation', () => {
		const opened = update(initialState, data, 'return');
		expect(opened?.effects).toEqual([]);
		expect(top(opened?.state ?? initialState)).toMatchObject({kind: 'headlines', section: 'World'});
	});

	it('gives the effects of a command in the order they were planned', () => {
		const result = update(inWorld, data, 'r');
		expect(result?.effects).toEqual([
			{type: 'setRead', id: 'world/b', read: true},
			{type: 'setPlace', id: 'world/b', place: null},
			{type: 'notify', message: 'Marked read'},
		]);
		expect(result?.state).toEqual(inWorld);
	});

	it('opening an article asks for its read mark', () => {
		const result = update(inWorld, data, 'return');
		expect(result?.effects).toEqual([{type: 'setRead', id: 'world/b', read: true}]);
		expect(top(result?.state ?? initialState)).toMatchObject({kind: 'article', id: 'world/b'});
	});

	it('asks the platform for a repaint on Ctrl+L and leaves on q from the top screen', () => {
		expect(update(initialState, data, 'ctrl+l')?.effects).toEqual([{type: 'redraw'}]);
		expect(update(initialState, data, 'q')?.state.quitting).toBe(true);
	});

	it('asks the platform to suspend on Ctrl+Z, from any screen, and changes nothing else', () => {
		for (const state of [initialState, inWorld]) {
			const suspended = update(state, data, 'ctrl+z');
			expect(suspended?.effects).toEqual([{type: 'suspend'}]);
			// The state may be the same screen counted as drawn (the Unread row above the sections), never another.
			expect(suspended?.state.stack).toHaveLength(state.stack.length);
			expect(viewModel(suspended?.state ?? state, data)).toEqual(viewModel(state, data));
		}
	});

	it('does nothing for an unbound key, or once the reader is leaving', () => {
		expect(update(initialState, data, 'x')).toBeNull();
		expect(update(initialState, data, 'tab')).toBeNull();
		expect(update({...initialState, quitting: true}, data, 'j')).toBeNull();
	});
});
