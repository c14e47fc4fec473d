import {describe, expect, it} from 'vitest';
import {decodeFile, encodeFile, parseStoreText, STORE_VERSION} from '../../../src/core/store/codec.js';

const good = {id: 'world/a', title: 'A', section: 'World', updated: null, teaser: 'T', at: 1_700_000_000_000, t: 1_700_000_000};

describe('parseStoreText', () => {
	it('accepts a JSON object, with or without a byte-order mark', () => {
		expect(parseStoreText('{"version":1}')).toEqual({ok: true, root: {version: 1}});
		expect(parseStoreText('\uFEFF{"version":1}')).toEqual({ok: true, root: {version: 1}});
	});

	it.each([
		['truncated', '{"version":1,"read":{"world":"a:', 'it was not valid JSON'],
		['not JSON', 'hello', 'it was not valid JSON'],
		['NUL-filled', '\0'.repeat(64), 'it was not valid JSON'],
		['empty', '', 'it was empty'],
		['an array', '[1,2]', 'it held a list instead of an object'],
		['a number', '42', 'it held a number instead of an object'],
		['null', 'null', 'it held null instead of an object'],
		['a string', '"x"', 'it held a string instead of an object'],
	])('calls a file that is %s damaged', (_name, text, reason) => {
		expect(parseStoreText(text)).toEqual({ok: false, reason});
	});
});

describe('decodeFile', () => {
	it('reads every field of a good file without problems', () => {
		const file = decodeFile({version: 1, read: {world: 'a:5'}, bookmarks: [good], unbookmarked: {'sport/b': 7}});
		expect(file.problems).toEqual([]);
		expect([...file.read]).toEqual([['world', 'a:5']]);
		const {t: _t, ...plain} = good;
		expect(file.bookmarks).toEqual([
			{id: 'world/a', t: 1_700_000_000, bookmark: plain},
			{id: 'sport/b', t: 7, bookmark: null},
		]);
		expect(file.newerVersion).toBeNull();
	});

	it('resets only the field that is wrong', () => {
		const file = decodeFile({version: 1, read: {world: 'a:5'}, bookmarks: 'oops'});
		expect([...file.read]).toEqual([['world', 'a:5']]);
		expect(file.bookmarks).toEqual([]);
		expect(file.problems).toEqual(['"bookmarks" was not a list; bookmarks were reset']);
		const other = decodeFile({version: 1, read: [3], bookmarks: [good]});
		expect(other.read.size).toBe(0);
		expect(other.bookmarks).toHaveLength(1);
		expect(other.problems).toEqual(['"read" was not an object; read marks were reset']);
	});

	it('drops one bad bookmark entry and keeps the rest', () => {
		const file = decodeFile({version: 1, bookmarks: [good, {...good, id: 'x/y', at: 'yesterday'}, {...good, id: 'z/w'}, 5]});
		expect(file.bookmarks.map(r => r.id)).toEqual(['world/a', 'z/w']);
		expect(file.problems).toEqual(['2 bookmarks could not be read and were dropped']);
	});

	it('drops a folder whose marks are not text, and bad tombstones', () => {
		const file = decodeFile({version: 1, read: {world: 'a:5', sport: 9}, unbookmarked: {'a/b': 'x', 'c/d': 3}});
		expect([...file.read.keys()]).toEqual(['world']);
		expect(file.bookmarks).toEqual([{id: 'c/d', t: 3, bookmark: null}]);
		expect(file.problems).toHaveLength(2);
	});

	it('migrates the version-0 list of read ids', () => {
		const file = decodeFile({read: ['world/a', 'b', 7], bookmarks: [{...good, t: undefined}]});
		expect([...file.read]).toEqual([
			['world', 'a:1'],
			['', 'b:1'],
		]);
		expect(file.bookmarks[0]?.t).toBe(1_700_000_000);
		expect(file.problems).toEqual(['1 read mark in the old format could not be read']);
	});

	it('flags a file from a newer version and a version that is not a number', () => {
		expect(decodeFile({version: STORE_VERSION + 1}).newerVersion).toBe(STORE_VERSION + 1);
		expect(decodeFile({version: 'one'}).problems).toEqual(['"version" was not a whole number; read as version 1']);
	});

	it('keeps unknown keys, including awkward ones, through a write', () => {
		const root = JSON.parse('{"version":1,"theme":"dark","__proto__":{"x":1}}') as Record<string, unknown>;
		const file = decodeFile(root);
		const out = encodeFile(file.read, file.bookmarks, file.places, file.feeds, file.extras);
		expect(JSON.parse(JSON.stringify(out))).toEqual(
			JSON.parse('{"theme":"dark","__proto__":{"x":1},"version":1,"read":{},"bookmarks":[],"unbookmarked":{},"places":{},"feeds":{}}'),
		);
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
	});
});

describe('the unbookmarked tombstones', () => {
	it('keep the good entries, drop a bad one alone, and reset a field that is not an object', () => {
		const file = decodeFile({version: 1, unbookmarked: {'w/a': 'soon', 'w/b': 5}});
		expect(file.bookmarks).toEqual([{id: 'w/b', t: 5, bookmark: null}]);
		expect(file.problems).toEqual(['1 removed-bookmark record could not be read and was dropped']);
		expect(decodeFile({version: 1, unbookmarked: ['w/a']}).problems).toEqual(['"unbookmarked" was not an object; removed-bookmark records were reset']);
	});
});
