import {execFileSync} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {useApp} from './app-pty.js';
import {overflowingRows} from './screen-checks.js';

const {start, tempFolder} = useApp();

describe('the reader on a folder with no articles', () => {
	it('names the folder and says it holds no .txt files', async () => {
		const dir = await tempFolder();
		await writeFile(join(dir, 'notes.md'), '# not an article\n');
		const {p} = await start({cols: 100, rows: 24, args: ['--articles', dir], ready: 'No articles'});
		expect(p.screen().slice(1, 3)).toEqual([` No articles in ${dir}`, ' It holds no .txt files.']);
		expect(overflowingRows(p)).toEqual([]);
	});

	it('names the skipped files and why, relative to the folder and cut to the width', async () => {
		const dir = await tempFolder();
		await mkdir(join(dir, 'world'));
		execFileSync('mkfifo', [join(dir, 'world', 'pipe.txt')]);
		await writeFile(join(dir, 'world', 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 0, 255, 0]));
		const {p} = await start({cols: 40, rows: 15, args: ['--articles', dir], ready: 'skipped:'});
		const screen = p.screen();
		expect(screen[1]).toMatch(/^ No articles in \/.*…$/);
		expect(screen[2]).toBe(' 2 files were skipped:');
		expect(screen.slice(3, 5).sort()).toEqual(['   world/binary.txt: binary file', '   world/pipe.txt: not a regular file (…'].sort());
		expect(overflowingRows(p)).toEqual([]);
	});
});
