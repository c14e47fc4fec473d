import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {ensureBuilt, runBin, tempDir} from '../helpers/bin.js';

/* `newsterm search` over the bundled articles, with its index cached beside the list cache. */

const config = tempDir('newsterm-search-');
const cache = join(config.path, 'cache');
const env = {NEWSTERM_CONFIG_DIR: config.path, NEWSTERM_CACHE_DIR: cache, NEWSTERM_DATA_DIR: `${config.path}/data`};
const searchFile = (): string => join(cache, readdirSync(cache).find(name => name.startsWith('search-')) ?? 'none');

beforeAll(ensureBuilt);
afterAll(config.remove);

describe('newsterm search', () => {
	test('prints the matches as list does, title hits first, and keeps the index in the cache folder', () => {
		const run = runBin(['search', 'valmora', 'harb'], env);
		expect(run.code).toBe(0);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^● {2}2024-03-14 16:40 {2}World {7}Valmora harbour reopens .*\[world\/valmora-harbour-reopens\]$/);
		expect(lines.length).toBeGreaterThan(1);
		expect(existsSync(searchFile())).toBe(true);
	});

	test('--json gives list’s fields, --limit cuts the results', () => {
		const run = runBin(['search', 'VALMORA', '--json', '--limit', '2'], env);
		const entries = JSON.parse(run.stdout) as {id: string; read: boolean}[];
		expect(entries).toHaveLength(2);
		expect(Object.keys(entries[0] ?? {})).toEqual(['id', 'title', 'section', 'updated', 'read', 'bookmarked']);
	});

	test('nothing found says so and exits 1', () => {
		expect(runBin(['search', 'qzxv'], env)).toEqual({code: 1, stdout: '', stderr: 'newsterm: no article has qzxv\n'});
		expect(runBin(['search', 'qzxv', '--json'], env)).toMatchObject({code: 1, stdout: '[]\n'});
	});

	test('a damaged index is built again, not an error', () => {
		writeFileSync(searchFile(), 'newsterm-search\nnot really');
		const run = runBin(['search', 'harbour', '--json'], env);
		expect(run.code).toBe(0);
		expect((JSON.parse(run.stdout) as {id: string}[])[0]?.id).toBe('world/valmora-harbour-reopens');
	});
});
