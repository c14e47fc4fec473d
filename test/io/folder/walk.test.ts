import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {walkArticleFiles} from '../../../src/io/folder/walk.js';
import {makeHostileFolder, TEXT_FILES, withinTime, type HostileFolder} from './hostile-folder.js';

const posix = process.platform !== 'win32';

describe.runIf(posix)('walkArticleFiles on a hostile folder', () => {
	let folder: HostileFolder;
	beforeAll(async () => {
		folder = await makeHostileFolder();
	});
	afterAll(async () => {
		await folder.cleanup();
	});

	it('lists only regular article files, sorted, with sizes', async () => {
		const {files} = await withinTime(walkArticleFiles(folder.root));
		expect(files.map(file => file.rel)).toEqual([
			'alias.txt',
			'linked/linked-article.txt',
			'loop-a/a.txt',
			'loop-b/b.txt',
			'world/binary.txt',
			'world/bom.txt',
			'world/empty.txt',
			'world/latin1.txt',
			'world/lossy.txt',
			'world/plain.txt',
			'world/utf16be.txt',
			'world/utf16le.txt',
		]);
		for (const file of files) {
			expect(file.path).toBe(join(folder.root, file.rel));
			expect(file.mtimeMs).toBeGreaterThan(0);
		}
		const plain = files.find(file => file.rel === 'world/plain.txt');
		expect(plain?.size).toBe(TEXT_FILES['world/plain.txt']!.length);
		// A link to a file inside the root lists under the link's own name, with the target's size.
		expect(files.find(file => file.rel === 'alias.txt')?.size).toBe(plain?.size);
	});

	it('skips everything else with a reason', async () => {
		const {skipped} = await withinTime(walkArticleFiles(folder.root));
		const at = (rel: string): string => join(folder.root, rel);
		expect(skipped).toEqual([
			{path: at('broken.txt'), reason: 'broken link'},
			{path: at('dev-link'), reason: 'link points outside the folder'},
			{path: at('fifo.txt'), reason: 'not a regular file (FIFO)'},
			{path: at('file-loop-a.txt'), reason: 'symlink loop'},
			{path: at('file-loop-b.txt'), reason: 'symlink loop'},
			{path: at('latest'), reason: 'same folder as world'},
			{path: at('loop-a/to-b'), reason: 'same folder as loop-b'},
			{path: at('loop-b/to-a'), reason: 'same folder as loop-a'},
			{path: at('outside-link.txt'), reason: 'link points outside the folder'},
			{path: at('self/up'), reason: 'symlink loop'},
			{path: at('sock.txt'), reason: 'not a regular file (socket)'},
			{path: at('urandom.txt'), reason: 'link points outside the folder'},
			{path: at('world/big.txt'), reason: 'too large: 20 MB (limit 5 MB)'},
			{path: at('zero.txt'), reason: 'link points outside the folder'},
		]);
	});

	it('gives the same answer every time, whatever the concurrency', async () => {
		const first = await walkArticleFiles(folder.root);
		const serial = await walkArticleFiles(folder.root, {concurrency: 1});
		const wide = await walkArticleFiles(folder.root, {concurrency: 256});
		expect(serial).toEqual(first);
		expect(wide).toEqual(first);
	});

	it('honours a size limit and a depth limit', async () => {
		const {files, skipped} = await walkArticleFiles(folder.root, {maxBytes: 100, maxDepth: 0});
		expect(files.map(file => file.rel)).toEqual(['alias.txt']);
		expect(skipped).toContainEqual({path: join(folder.root, 'world'), reason: 'too deeply nested'});
		const small = await walkArticleFiles(folder.root, {maxBytes: 20});
		const size = TEXT_FILES['world/plain.txt']!.length;
		expect(small.skipped).toContainEqual({path: join(folder.root, 'world/plain.txt'), reason: `too large: ${size} bytes (limit 20 bytes)`});
	});

	it('reaches the same files through a link to the root', async () => {
		const via = join(folder.base, 'via-link');
		await symlink(folder.root, via);
		const direct = await walkArticleFiles(folder.root);
		const linked = await walkArticleFiles(via);
		expect(linked.files.map(file => file.rel)).toEqual(direct.files.map(file => file.rel));
		expect(linked.files[0]?.path).toBe(join(via, 'alias.txt'));
	});
});

describe('walkArticleFiles on a missing or odd root', () => {
	it('reports a missing folder instead of throwing', async () => {
		const missing = join(tmpdir(), `newsterm-no-such-folder-${process.pid}`);
		expect(await walkArticleFiles(missing)).toEqual({files: [], skipped: [{path: missing, reason: 'folder not found'}]});
	});

	it('reports a file given as the root', async () => {
		const base = await mkdtemp(join(tmpdir(), 'newsterm-walk-'));
		try {
			await writeFile(join(base, 'a.txt'), 'A');
			expect(await walkArticleFiles(join(base, 'a.txt'))).toEqual({files: [], skipped: [{path: join(base, 'a.txt'), reason: 'not a folder'}]});
		} finally {
			await rm(base, {recursive: true, force: true});
		}
	});

	it.runIf(process.platform === 'linux')('names a file or folder whose name is not UTF-8 instead of calling it missing', async () => {
		const base = await mkdtemp(join(tmpdir(), 'newsterm-walk-'));
		try {
			// "café.txt" and "café" with é as the Latin-1 byte 0xE9.
			await writeFile(Buffer.concat([Buffer.from(`${base}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'x');
			await mkdir(Buffer.concat([Buffer.from(`${base}/caf`), Buffer.from([0xe9])]));
			await writeFile(join(base, 'fine.txt'), 'x');
			const {files, skipped} = await walkArticleFiles(base);
			expect(files.map(file => file.rel)).toEqual(['fine.txt']);
			expect(skipped).toEqual([
				{path: join(base, 'caf\uFFFD'), reason: 'cannot list folder: name is not valid UTF-8'},
				{path: join(base, 'caf\uFFFD.txt'), reason: 'name is not valid UTF-8'},
			]);
		} finally {
			await rm(base, {recursive: true, force: true});
		}
	});

	it('lists thousands of files in nested folders, in order', async () => {
		const base = await mkdtemp(join(tmpdir(), 'newsterm-walk-'));
		try {
			const expected: string[] = [];
			for (let folder = 0; folder < 20; folder++) {
				const dir = `s${folder % 4}/f${folder}`;
				await mkdir(join(base, dir), {recursive: true});
				const rels = Array.from({length: 60}, (_, file) => `${dir}/a${file}.txt`);
				expected.push(...rels);
				await Promise.all(rels.map(rel => writeFile(join(base, rel), 'x')));
			}
			const {files, skipped} = await withinTime(walkArticleFiles(base));
			expect(skipped).toEqual([]);
			expect(files.map(file => file.rel)).toEqual(expected.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		} finally {
			await rm(base, {recursive: true, force: true});
		}
	});
});
