import {describe, expect, it} from 'vitest';
import {metaOf} from '../../../src/core/article/parse.js';
import {buildLibrary} from '../../../src/core/library/library.js';
import {followLibrary} from '../../../src/core/reader/place.js';
import type {State} from '../../../src/core/reader/state.js';
import {makeArticle} from '../../helpers/session.js';
import {UNREAD_LIST} from '../../../src/core/library/catchup.js';

const meta = (id: string, section: string, day: number) => metaOf(makeArticle(id, section, day));

describe('followLibrary: a list keeps its item when a scan publishes more', () => {
	const before = buildLibrary([meta('w/old', 'World', 1), meta('w/older', 'World', 0), meta('s/a', 'Sport', 2)]);
	const after = buildLibrary([...before.all, meta('w/new', 'World', 5), meta('w/newer', 'World', 6), meta('b/a', 'Business', 3), meta('c/a', 'Culture', 3)]);
	const state: State = {
		stack: [
			{kind: 'sections', pos: {cursor: 1, offset: 0}},
			{kind: 'headlines', section: 'World', pos: {cursor: 1, offset: 1}},
			{kind: 'article', id: 'w/older', scroll: 0, link: null},
		],
		quitting: false,
	};

	it('moves every list cursor on the stack to its item, and the window with it', () => {
		expect(before.sections[1]).toBe('World');
		expect(followLibrary(state, before, after).stack).toEqual([
			{kind: 'sections', pos: {cursor: 3, offset: 2}},
			{kind: 'headlines', section: 'World', pos: {cursor: 3, offset: 3}},
			{kind: 'article', id: 'w/older', scroll: 0, link: null},
		]);
	});

	it('counts the Unread row above the sections when the cursor does', () => {
		const counted: State = {stack: [{kind: 'sections', pos: {cursor: 2, offset: 0}, unreadRow: true}], quitting: false};
		// Unread, Sport, World before; Unread, Business, Culture, Sport, World after.
		expect(followLibrary(counted, before, after).stack).toEqual([{kind: 'sections', pos: {cursor: 4, offset: 2}, unreadRow: true}]);
	});

	it('leaves a cursor on the first row there: a cold start has not aimed it at anything', () => {
		const untouched: State = {stack: [{kind: 'sections', pos: {cursor: 0, offset: 0}}], quitting: false};
		expect(followLibrary(untouched, before, after)).toBe(untouched);
	});

	it('leaves the state as it is when nothing arrived above a cursor', () => {
		const more = buildLibrary([...before.all, meta('z/a', 'Zed', 1), meta('w/oldest', 'World', -1)]);
		expect(followLibrary(state, before, more)).toBe(state);
	});

	it('follows the rows as drawn when read articles are hidden, and in the Unread list', () => {
		const read = new Set(['w/x', 'w/old']);
		const world = buildLibrary([meta('w/x', 'World', 4), meta('w/y', 'World', 3), meta('w/z', 'World', 2)]);
		const grown = buildLibrary([...world.all, meta('w/n', 'World', 5)]);
		// Hidden rows: w/y, w/z, then w/n above them: w/z goes from row 1 to row 2 (3 with w/x counted).
		const hidden: State = {stack: [{kind: 'headlines', section: 'World', pos: {cursor: 1, offset: 0}}], quitting: false, hideRead: true};
		expect(followLibrary(hidden, world, grown, read).stack[0]).toEqual({kind: 'headlines', section: 'World', pos: {cursor: 2, offset: 1}});
		// Unread, newest first: s/a, w/older; four newer arrive above both.
		const unread: State = {stack: [{kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 1, offset: 0}}], quitting: false};
		expect(followLibrary(unread, before, after, read).stack[0]).toEqual({kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 5, offset: 4}});
	});
});
