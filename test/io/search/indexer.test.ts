import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {ArticleMeta} from '../../../src/core/article/index.js';
import type {ArticleSource, OpenResult} from '../../../src/core/library/index.js';
import {createSearchIndexer, searchCachePath} from '../../../src/io/search/index.js';
import {createMemorySource} from '../../doubles/memory-source.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
const tempDir = (): string => {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-search-'));
	dirs.push(dir);
	return dir;
};

const text = (title: string, body: string, date = '04/09/2016 10:00'): string => `${title}\n\n${body}\n\nLast update: ${date}\n`;

/** A source over texts that counts the bodies it is asked for. */
function counted(entries: {id: string; text: string}[]): {source: ArticleSource; opened: string[]; metas: () => readonly ArticleMeta[]} {
	const inner = createMemorySource(entries);
	const opened: string[] = [];
	let metas: readonly ArticleMeta[] = [];
	void inner.scan().then(result => (metas = result.articles));
	return {
		source: {
			scan: inner.scan,
			open: (id): Promise<OpenResult> => {
				opened.push(id);
				return inner.open(id);
			},
		},
		opened,
		metas: () => metas,
	};
}

const ENTRIES = [
	{id: 'world/harbour', text: text('Harbour reopens', 'The ferry service runs again from Valmora.')},
	{id: 'world/budget', text: text('Budget approved', 'The harbour master welcomed the café plan.', '05/09/2016 10:00')},
	{id: 'sport/derby', text: text('Derby ends level', 'Nothing about boats at all.')},
];

describe('createSearchIndexer', () => {
	it('indexes every body in the background and reports its progress until complete', async () => {
		const {source, metas} = counted(ENTRIES);
		await source.scan();
		const indexer = createSearchIndexer({source, articles: metas, cacheFile: null, batch: 1, notifyMs: 0});
		const seen: number[] = [];
		indexer.subscribe(() => seen.push(indexer.progress().indexed));
		await indexer.start();
		expect(indexer.progress()).toEqual({indexed: 3, total: 3, complete: true});
		expect(seen).toEqual(expect.arrayContaining([1, 2, 3]));
		expect(indexer.search('harbour').ids()).toEqual(['world/harbour', 'world/budget']);
		expect(indexer.search('harbour').titleCount).toBe(1);
		expect(indexer.search('CAFE').ids()).toEqual(['world/budget']);
		expect(indexer.search('CAFE').titleCount).toBe(0);
		expect(indexer.search('   ').ids()).toEqual([]);
		expect(indexer.search('   ').titleCount).toBe(0);
	});

	it('answers from what is indexed so far while it builds', async () => {
		const {source, metas} = counted(ENTRIES);
		await source.scan();
		const indexer = createSearchIndexer({source, articles: metas, cacheFile: null, batch: 1, notifyMs: 0});
		const partial: number[] = [];
		indexer.subscribe(() => {
			if (!indexer.progress().complete) partial.push(indexer.search('the').ids().length);
		});
		await indexer.start();
		expect(partial.length).toBeGreaterThan(0);
		expect(Math.min(...partial)).toBeLessThan(indexer.search('the').ids().length);
	});

	it('starts from its cache and reads only the articles that changed, were added, or are gone', async () => {
		const file = searchCachePath(['/articles'], tempDir());
		const first = counted(ENTRIES);
		await first.source.scan();
		await createSearchIndexer({source: first.source, articles: first.metas, cacheFile: file}).start();
		expect(first.opened).toHaveLength(3);

		const changed = [
			ENTRIES[0] as {id: string; text: string},
			{id: 'world/budget', text: text('Budget rejected', 'Nobody welcomed it.', '06/09/2016 10:00')},
			{id: 'world/new', text: text('New bridge', 'A harbour bridge.')},
		];
		const second = counted(changed);
		await second.source.scan();
		const indexer = createSearchIndexer({source: second.source, articles: second.metas, cacheFile: file});
		await indexer.start();
		expect(second.opened.sort()).toEqual(['world/budget', 'world/new']);
		expect(indexer.search('harbour').ids()).toEqual(['world/harbour', 'world/new']);
		expect(indexer.search('derby').ids()).toEqual([]);
		expect(indexer.search('rejected').ids()).toEqual(['world/budget']);
	});

	it('builds again from the articles when the cache is damaged, never failing', async () => {
		const file = searchCachePath(['/articles'], tempDir());
		const first = counted(ENTRIES);
		await first.source.scan();
		await createSearchIndexer({source: first.source, articles: first.metas, cacheFile: file}).start();
		const bytes = readFileSync(file);
		for (const damaged of [
			bytes.subarray(0, bytes.length - 3),
			Buffer.from('junk'),
			Buffer.concat([bytes.subarray(0, 40), Buffer.alloc(bytes.length - 40, 0xff)]),
		]) {
			writeFileSync(file, damaged);
			const again = counted(ENTRIES);
			await again.source.scan();
			const indexer = createSearchIndexer({source: again.source, articles: again.metas, cacheFile: file});
			await indexer.start();
			expect(again.opened).toHaveLength(3);
			expect(indexer.search('ferry').ids()).toEqual(['world/harbour']);
		}
	});

	it('says when the cache cannot be saved, and still answers', async () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'file'), '');
		const {source, metas} = counted(ENTRIES);
		await source.scan();
		const errors: string[] = [];
		const indexer = createSearchIndexer({source, articles: metas, cacheFile: join(dir, 'file', 'search.bin'), onSaveError: message => errors.push(message)});
		await indexer.start();
		expect(errors).toEqual([expect.stringContaining('could not save the search index')]);
		expect(indexer.search('ferry').ids()).toEqual(['world/harbour']);
	});

	it('follows the list: sync forgets articles no longer listed and indexes new ones', async () => {
		let list: ArticleMeta[] = [];
		const {source} = counted(ENTRIES);
		list = [...(await source.scan()).articles];
		const indexer = createSearchIndexer({source, articles: () => list, cacheFile: null});
		await indexer.start();
		list = list.filter(meta => meta.id !== 'world/harbour');
		indexer.sync();
		expect(indexer.search('harbour').ids()).toEqual(['world/budget']);
		expect(indexer.progress()).toEqual({indexed: 2, total: 2, complete: true});
	});
});
