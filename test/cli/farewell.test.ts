import {describe, expect, it} from 'vitest';
import {farewell} from '../../src/cli/farewell.js';

describe('farewell', () => {
	it('repeats every notice and exits 0 when nothing was lost', () => {
		const said = farewell({notices: ['config.json was damaged'], saveError: null, unsaved: null}, ['2 files skipped']);
		expect(said).toEqual({lines: ['newsterm: config.json was damaged', 'newsterm: 2 files skipped'], code: 0});
	});

	it('lists what was not saved and where, and exits 1', () => {
		const unsaved = {read: 3, bookmarks: 1, feeds: 0, path: '/x/config.json', reason: 'disk full'};
		const said = farewell({notices: [], saveError: 'Cannot save', unsaved}, []);
		expect(said.lines).toEqual(['newsterm: not saved: 3 read marks and 1 bookmark changed in this session could not be written to /x/config.json (disk full)']);
		expect(said.code).toBe(1);
	});

	it('counts subscriptions that were not saved beside the marks and bookmarks', () => {
		const all = farewell({notices: [], saveError: 'Cannot save', unsaved: {read: 2, bookmarks: 1, feeds: 3, path: '/x/config.json', reason: 'disk full'}}, []);
		expect(all.lines).toEqual([
			'newsterm: not saved: 2 read marks, 1 bookmark and 3 subscriptions changed in this session could not be written to /x/config.json (disk full)',
		]);
		const alone = farewell(
			{notices: [], saveError: 'Cannot save', unsaved: {read: 0, bookmarks: 0, feeds: 1, path: '/x/config.json', reason: 'disk full'}},
			[],
		);
		expect(alone.lines).toEqual(['newsterm: not saved: 1 subscription changed in this session could not be written to /x/config.json (disk full)']);
		expect(alone.code).toBe(1);
	});

	it('never passes an escape sequence through', () => {
		expect(farewell({notices: ['bad \x1b[2J'], saveError: null, unsaved: null}, []).lines.join('')).not.toContain('\x1b');
	});
});
