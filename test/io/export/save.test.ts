import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {saveFolder, saveMarkdown} from '../../../src/io/export/save.js';
import {tempDir} from '../../helpers/bin.js';

const made: (() => void)[] = [];
afterEach(() => {
	for (const remove of made.splice(0)) remove();
});

function folder(): string {
	const dir = tempDir('newsterm-save-');
	made.push(dir.remove);
	return dir.path;
}

describe('saveMarkdown', () => {
	it('writes <slug>.md and says where, the home folder as ~', async () => {
		const home = folder();
		const dir = join(home, 'saved');
		await mkdir(dir);
		const answer = await saveMarkdown(dir, 'Tide Tables: Summer', '# Tide\n', home);
		expect(answer).toEqual({ok: true, path: join(dir, 'tide-tables-summer.md'), message: 'Saved to ~/saved/tide-tables-summer.md'});
		expect(await readFile(join(dir, 'tide-tables-summer.md'), 'utf8')).toBe('# Tide\n');
	});

	it('never overwrites: the next free number, and the files already there keep their text', async () => {
		const dir = folder();
		await writeFile(join(dir, 'tide.md'), 'mine');
		await writeFile(join(dir, 'tide-3.md'), 'mine too');
		const second = await saveMarkdown(dir, 'Tide', 'one', '/nowhere');
		const fourth = await saveMarkdown(dir, 'Tide', 'two', '/nowhere');
		expect([second.ok && second.path, fourth.ok && fourth.path]).toEqual([join(dir, 'tide-2.md'), join(dir, 'tide-4.md')]);
		expect(await readFile(join(dir, 'tide.md'), 'utf8')).toBe('mine');
		expect(await readFile(join(dir, 'tide-3.md'), 'utf8')).toBe('mine too');
		expect(await readFile(join(dir, 'tide-4.md'), 'utf8')).toBe('two');
	});

	it('leaves no temp file behind', async () => {
		const dir = folder();
		await saveMarkdown(dir, 'Tide', 'text', '/nowhere');
		expect(await readdir(dir)).toEqual(['tide.md']);
	});

	it('saves many at once under distinct names', async () => {
		const dir = folder();
		const answers = await Promise.all(Array.from({length: 8}, (_, i) => saveMarkdown(dir, 'Tide', `copy ${i}`, '/nowhere')));
		const paths = answers.map(answer => (answer.ok ? answer.path : answer.message));
		expect(new Set(paths).size).toBe(8);
		expect((await readdir(dir)).sort()).toEqual(['tide.md', ...Array.from({length: 7}, (_, i) => `tide-${i + 2}.md`)].sort());
	});

	it.each([
		['a folder that does not exist', (dir: string) => join(dir, 'gone'), 'Not saved: the folder ~/gone does not exist'],
		['a file where the folder should be', (dir: string) => join(dir, 'file.txt'), 'Not saved: ~/file.txt is not a folder'],
		['a path through a file', (dir: string) => join(dir, 'file.txt', 'below'), 'Not saved: ~/file.txt/below is not a folder'],
	])('%s: the reason in words', async (_, where, message) => {
		const home = folder();
		await writeFile(join(home, 'file.txt'), 'x');
		expect(await saveMarkdown(where(home), 'Tide', 'text', home)).toEqual({ok: false, message});
	});

	it.skipIf(process.getuid?.() === 0)('a folder it may not write to: permission denied', async () => {
		const {chmod} = await import('node:fs/promises');
		const dir = folder();
		await chmod(dir, 0o500);
		expect(await saveMarkdown(dir, 'Tide', 'text', '/nowhere')).toEqual({ok: false, message: `Not saved: permission denied (${dir})`});
		await chmod(dir, 0o700);
	});
});

describe('saveFolder', () => {
	it.each([
		['~', '/home/ann'],
		['~/news', '/home/ann/news'],
		['/srv/news', '/srv/news'],
	])('%s is %s', (dir, path) => {
		expect(saveFolder(dir, '/home/ann')).toBe(path);
	});

	it('a relative folder is from the current one', () => {
		expect(saveFolder('news', '/home/ann')).toBe(join(process.cwd(), 'news'));
	});
});
