import {describe, expect, it} from 'vitest';
import {decodeFile} from '../../../src/core/store/codec.js';
import {ReadingState} from '../../../src/core/store/merge.js';
import {StoreSync, TOMBSTONE_HORIZON} from '../../../src/core/store/sync.js';

describe('reading places in the store file', () => {
	it('reads places and tombstones, and drops only the entries that are wrong', () => {
		const file = decodeFile({
			version: 1,
			places: {'w/a': {block: 3, offset: 10, t: 5}, 'w/b': {t: 6}, 'w/c': {block: -1, offset: 0, t: 5}, 'w/d': {block: 1, offset: 2}, 'w/e': 'x'},
		});
		expect(file.places).toEqual([
			{id: 'w/a', t: 5, place: {block: 3, offset: 10}},
			{id: 'w/b', t: 6, place: null},
		]);
		expect(file.problems).toEqual(['3 reading places could not be read and were dropped']);
		expect(decodeFile({version: 1, places: []}).problems).toEqual(['"places" was not an object; reading places were reset']);
	});

	it('loads a file from before places existed with none and no problem', () => {
		const file = decodeFile({version: 1, read: {}, bookmarks: [], unbookmarked: {}});
		expect(file.places).toEqual([]);
		expect(file.problems).toEqual([]);
	});

	it('lets the later change of an id win a merge, a dropped place included', () => {
		const state = new ReadingState();
		state.setPlace('w/a', {block: 2, offset: 0}, 100);
		expect(state.mergePlace({id: 'w/a', t: 99, place: null})).toBe(false);
		expect(state.snapshot().places.get('w/a')).toEqual({block: 2, offset: 0});
		expect(state.mergePlace({id: 'w/a', t: 101, place: null})).toBe(true);
		expect(state.snapshot().places.has('w/a')).toBe(false);
		expect(state.mergePlace({id: 'w/a', t: 102, place: {block: 9, offset: 4}})).toBe(true);
		expect(state.snapshot().places.get('w/a')).toEqual({block: 9, offset: 4});
		// A change here is later than the one it replaces even within the same second.
		expect(state.setPlace('w/a', null, 50)).toBe(true);
		expect([...state.placeRecords()]).toEqual([{id: 'w/a', t: 103, place: null}]);
		expect(state.setPlace('w/a', null, 200)).toBe(false);
	});

	it('writes places beside the other fields and forgets old tombstones', () => {
		const sync = new StoreSync();
		sync.state.setPlace('w/a', {block: 1, offset: 8}, 10);
		sync.state.setPlace('w/b', {block: 1, offset: 8}, 10);
		sync.state.setPlace('w/b', null, 11);
		sync.state.setPlace('w/c', {block: 1, offset: 8}, TOMBSTONE_HORIZON + 100);
		sync.state.setPlace('w/c', null, TOMBSTONE_HORIZON + 101);
		const {root} = sync.compose(TOMBSTONE_HORIZON + 200, null);
		expect(root['places']).toEqual({'w/a': {block: 1, offset: 8, t: 10}, 'w/c': {t: TOMBSTONE_HORIZON + 101}});
		const other = new StoreSync();
		expect(other.absorb(JSON.parse(JSON.stringify(root)) as Record<string, unknown>).changed).toBe(true);
		expect([...other.state.snapshot().places]).toEqual([['w/a', {block: 1, offset: 8}]]);
	});
});
