import {mkdirSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {createFolderSource} from '../../../src/io/folder/source.js';
import {tempDir} from '../../helpers/bin.js';

const temp = tempDir('newsterm-source-');
const OLD = new Date('2020-01-01T00:00:00Z');
afterAll(temp.remove);

function article(title: string, date: string, more: readonly string[] = []): string {
	const block = more.length > 0 ? `\n\nMore from World\n\n${more.map(t => `${t}\n\nA teaser...`).join('\n\n')}` : '';
	return `${title}\n\nA first paragraph with "a quote" in it.\n\nLast update: ${date}${block}`;
}

function folder(name: string, files: Readonly<Record<string, string>>): string {
	const root = join(temp.path, name);
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(join(root, rel, '..'), {recursive: true});
		writeFileSync(join(root, rel), text);
		// Old enough that the cache trusts it: entries changed near the cache's save are re-read.
		utimesSync(join(root, rel), OLD, OLD);
	}
	return root;
}

describe('createFolderSource', () => {
	const root = folder('a', {
		'world/one.txt': article('One story', 'Sun, 04/09/2016 - 13:32', ['Two story', 'Missing story']),
		'world/two.txt': article('Two story', 'Mon, 05/09/2016 - 10:00'),
		'world/binary.txt': 'Title\0\0\0',
	});
	const cacheDir = join(temp.path, 'cache');

	test('a cold scan lists every readable file, hands out batches, and says why the rest were skipped', async () => {
		const batches: number[] = [];
		const result = await createFolderSource([root], {cacheDir}).scan(batch => batches.push(batch.length));
		expect(result.articles.map(a => [a.id, a.title, a.section, a.updated])).toEqual([
			['world/one', 'One story', 'World', '2016-09-04T13:32'],
			['world/two', 'Two story', 'World', '2016-09-05T10:00'],
		]);
		expect(result.skipped).toEqual([{path: join(root, 'world', 'binary.txt'), reason: expect.stringContaining('binary')}]);
		expect(batches.reduce((a, b) => a + b, 0)).toBe(2);
	});

	test('a warm scan takes list fields from the cache when size and mtime match', async () => {
		const path = join(root, 'world', 'two.txt');
		const before = statSync(path);
		// Same size, same mtime, different title: only a cache hit still says "Two story".
		writeFileSync(path, article('Owt story', 'Mon, 05/09/2016 - 10:00'));
		utimesSync(path, OLD, OLD);
		expect(statSync(path).size).toBe(before.size);
		const cached = await createFolderSource([root], {cacheDir}).scan();
		expect(cached.articles.find(a => a.id === 'world/two')?.title).toBe('Two story');
		const uncached = await createFolderSource([root], {noCache: true}).scan();
		expect(uncached.articles.find(a => a.id === 'world/two')?.title).toBe('Owt story');
	});

	test('opening parses the body and resolves links against the library', async () => {
		const own = folder('c', {
			'world/one.txt': article('One story', 'Sun, 04/09/2016 - 13:32', ['Two story', 'Missing story']),
			'world/two.txt': article('Two story', 'Mon, 05/09/2016 - 10:00'),
		});
		const source = createFolderSource([own], {noCache: true});
		await source.scan();
		const opened = await source.open('world/one');
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.article.quotes).toEqual([[{start: 23, end: 32}]]);
		expect(opened.article.more?.items.map(item => item.id)).toEqual(['world/two', null]);
		expect(await source.open('world/nope')).toEqual({ok: false, error: 'no article with id "world/nope"'});
	});

	test('an id seen in an earlier folder wins; the later file is skipped with the reason', async () => {
		const other = folder('b', {
			'world/one.txt': article('Other one', 'Sun, 04/09/2016 - 13:32'),
			'world/three.txt': article('Three', 'Tue, 06/09/2016 - 09:00'),
		});
		const result = await createFolderSource([root, other], {noCache: true}).scan();
		expect(result.articles.map(a => a.id)).toEqual(['world/one', 'world/two', 'world/three']);
		expect(result.articles[0]?.title).toBe('One story');
		expect(result.skipped).toContainEqual({path: join(other, 'world', 'one.txt'), reason: `same id as ${join(root, 'world', 'one.txt')}`});
	});
});

describe('ids a feed could make', () => {
	test("a folder named like a feed key is skipped with the reason, warm or cold, so its ids never meet a feed item's", async () => {
		const root = folder('feedlike', {
			'world/one.txt': article('One story', 'Sun, 04/09/2016 - 13:32'),
			'@k3x9q2m7ta/two.txt': article('Two story', 'Mon, 05/09/2016 - 10:00'),
		});
		const cacheDir = join(temp.path, 'feedlike-cache');
		for (const run of ['cold', 'warm']) {
			const result = await createFolderSource([root], {cacheDir}).scan();
			expect(
				result.articles.map(a => a.id),
				run,
			).toEqual(['world/one']);
			expect(result.skipped, run).toEqual([{path: join(root, '@k3x9q2m7ta', 'two.txt'), reason: expect.stringContaining('kept for feeds')}]);
		}
	});
});
