import {describe, expect, it} from 'vitest';
import {decodeListCache, encodeListCache, LIST_CACHE_VERSION, RACY_MS, type CacheEntry} from '../../../src/core/list-cache/codec.js';
import {decodeColumn, encodeColumn} from '../../../src/core/list-cache/columns.js';
import {cacheHit} from '../../../src/core/list-cache/match.js';

const SAVED = 1_700_000_000_000;
const OLD = SAVED - 86_400_000;
const anything = (value: unknown): value is unknown => value !== undefined;

function roundTrip<T>(entries: [string, CacheEntry<T>][]): Map<string, CacheEntry<unknown>> {
	return new Map(decodeListCache(JSON.parse(JSON.stringify(encodeListCache(entries, SAVED))), anything));
}

describe('encodeColumn / decodeColumn', () => {
	it.each([
		['few distinct values, as a dictionary', ['World', 'Sport', 'World', 'World', 'Sport', 'World', 'World', 'World'], 'd'],
		['distinct strings, joined', ['a', 'b', 'c', 'd', 'e', 'f'], 's'],
		['strings with nulls, joined', ['a', null, 'c', 'd', 'e', 'f'], 's'],
		['strings holding NUL, as an array', ['a\0b', 'c', 'd', 'e', 'f', 'g'], 'v'],
		['objects, as an array', [{a: 1}, {b: 2}, {c: 3}, {d: 4}, {e: 5}, {f: 6}], 'v'],
		['empty strings, joined', ['', 'x', '', 'y', 'z', 'w'], 's'],
	])('keeps %s', (_name, values, kind) => {
		const column = encodeColumn(values);
		expect(Object.keys(column)).toContain(kind);
		expect(decodeColumn(JSON.parse(JSON.stringify(column)), values.length)).toEqual(values);
	});

	it('rejects a column that does not hold the expected count or is malformed', () => {
		expect(decodeColumn({s: 'a\0b'}, 3)).toBeNull();
		expect(decodeColumn({v: [1]}, 2)).toBeNull();
		expect(decodeColumn({d: ['x'], i: [0, 1]}, 2)).toBeNull();
		expect(decodeColumn({s: 'a\0b', nulls: [5]}, 2)).toBeNull();
		expect(decodeColumn('text', 1)).toBeNull();
		expect(decodeColumn({s: ''}, 0)).toEqual([]);
	});
});

describe('encodeListCache / decodeListCache', () => {
	it('round-trips list metadata stored as columns', () => {
		const entries: [string, CacheEntry<unknown>][] = Array.from({length: 50}, (_, i) => [
			`s${i % 3}/a${i}.txt`,
			{
				size: i * 10,
				mtimeMs: OLD + i + 0.123456,
				value: {title: `Title ${i}`, section: `S${i % 3}`, updated: i % 7 ? '2024-05-06T10:30' : null, dateAmbiguous: i % 5 === 0},
			},
		]);
		const doc = encodeListCache(entries, SAVED) as Record<string, unknown>;
		expect(doc['version']).toBe(LIST_CACHE_VERSION);
		expect(doc['fields']).toEqual(['title', 'section', 'updated', 'dateAmbiguous']);
		expect(roundTrip(entries)).toEqual(new Map(entries));
	});

	it('round-trips values of any other shape, stored whole', () => {
		const entries: [string, CacheEntry<unknown>][] = [
			['a.txt', {size: 1, mtimeMs: OLD, value: 'a string'}],
			['b.txt', {size: 2, mtimeMs: OLD, value: {title: 'B', extra: [1, 2]}}],
			['c.txt', {size: 3, mtimeMs: OLD, value: {title: 'C'}}],
		];
		expect(roundTrip(entries)).toEqual(new Map(entries));
		expect(roundTrip([])).toEqual(new Map());
	});

	it('leaves out entries failing validation, racy entries and non-finite numbers', () => {
		const entries: [string, CacheEntry<unknown>][] = [
			['ok.txt', {size: 1, mtimeMs: OLD, value: {title: 'Kept'}}],
			['bad.txt', {size: 1, mtimeMs: OLD, value: {title: 42}}],
			['racy.txt', {size: 1, mtimeMs: SAVED - RACY_MS / 2, value: {title: 'Changed just before the save'}}],
			['future.txt', {size: 1, mtimeMs: SAVED + 60_000, value: {title: 'Clock ahead'}}],
			['nan.txt', {size: Number.NaN, mtimeMs: OLD, value: {title: 'NaN'}}],
		];
		const isTitled = (value: unknown): value is {title: string} => typeof (value as {title?: unknown} | null)?.title === 'string';
		const doc = JSON.parse(JSON.stringify(encodeListCache(entries, SAVED)));
		expect([...decodeListCache(doc, isTitled).keys()]).toEqual(['ok.txt']);
	});

	it.each([
		['another version', (doc: Record<string, unknown>) => ({...doc, version: LIST_CACHE_VERSION + 1})],
		['a wrong count', (doc: Record<string, unknown>) => ({...doc, count: 3})],
		['no saved time', (doc: Record<string, unknown>) => ({...doc, savedAt: 'yesterday'})],
		['a prototype key', (doc: Record<string, unknown>) => ({...doc, fields: ['__proto__']})],
		['a missing column', (doc: Record<string, unknown>) => ({...doc, columns: []})],
	])('gives nothing for a document with %s', (_name, damage) => {
		const doc = encodeListCache([['a.txt', {size: 1, mtimeMs: OLD, value: {title: 'A'}}]], SAVED) as Record<string, unknown>;
		expect(decodeListCache(damage(doc), anything).size).toBe(0);
	});

	it('visits rows in file order, and looks entries up by path, a repeated path keeping its place with the later value', () => {
		const doc = encodeListCache(
			[
				['a.txt', {size: 1, mtimeMs: OLD, value: {title: 'A'}}],
				['b.txt', {size: 2, mtimeMs: OLD, value: {title: 'B'}}],
			],
			SAVED,
		) as {rels: {s: string}; sizes: number[]; mtimes: number[]; count: number; columns: {s: string}[]};
		// A hand-edited file repeating a.txt after b.txt.
		const repeated = {...doc, count: 3, rels: {s: 'a.txt\0b.txt\0a.txt'}, sizes: [1, 2, 3], mtimes: [OLD, OLD, OLD], columns: [{s: 'A\0B\0A2'}]};
		const cached = decodeListCache(repeated, anything);
		expect(cached.size).toBe(2);
		expect(cached.get('a.txt')).toEqual({size: 3, mtimeMs: OLD, value: {title: 'A2'}});
		expect(cached.get('c.txt')).toBeUndefined();
		const visited: [string, unknown][] = [];
		cached.forEachValue((rel, value) => visited.push([rel, value]));
		// The early pass visits every row as written; lookups and iteration see the path once, with the later value.
		expect(visited).toEqual([
			['a.txt', {title: 'A'}],
			['b.txt', {title: 'B'}],
			['a.txt', {title: 'A2'}],
		]);
		expect([...cached].map(([rel, entry]) => [rel, entry.size])).toEqual([
			['a.txt', 3],
			['b.txt', 2],
		]);
	});

	it('gives nothing for values that are not documents', () => {
		for (const doc of [null, 42, 'text', [], {}]) expect(decodeListCache(doc, anything).size).toBe(0);
	});
});

describe('cacheHit', () => {
	const cache = new Map<string, CacheEntry<string>>([
		['a.txt', {size: 1, mtimeMs: 10, value: 'A'}],
		['b.txt', {size: 2, mtimeMs: 20, value: 'B'}],
		['c.txt', {size: 3, mtimeMs: 30, value: 'C'}],
	]);

	it.each([
		['the same size and mtime', {rel: 'a.txt', size: 1, mtimeMs: 10}, 'A'],
		['a new mtime', {rel: 'b.txt', size: 2, mtimeMs: 21}, undefined],
		['a new size', {rel: 'c.txt', size: 4, mtimeMs: 30}, undefined],
		['a file the cache does not know', {rel: 'new.txt', size: 5, mtimeMs: 50}, undefined],
	])('%s: %s', (_, file, value) => {
		expect(cacheHit(cache, file)?.value).toBe(value);
	});

	it('gives the cached entry itself, and reads decoded entries as they are kept', () => {
		expect(cacheHit(cache, {rel: 'a.txt', size: 1, mtimeMs: 10})).toBe(cache.get('a.txt'));
		const decoded = decodeListCache(JSON.parse(JSON.stringify(encodeListCache([...cache], SAVED))), anything);
		expect(cacheHit(decoded, {rel: 'c.txt', size: 3, mtimeMs: 30})).toEqual({size: 3, mtimeMs: 30, value: 'C'});
		expect(cacheHit(decoded, {rel: 'c.txt', size: 3, mtimeMs: 31})).toBeUndefined();
	});
});
