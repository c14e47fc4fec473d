import {execFileSync} from 'node:child_process';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {press, useApp} from './app-pty.js';
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

const article = (title: string, body: string): string => `${title}\n\n${body}\n\nLast update: Sun, 04/09/2016 - 13:32\n`;

describe('the reader follows its folders while it runs', () => {
	it('shows added, edited and removed files without a restart', async () => {
		const dir = await tempFolder();
		await mkdir(join(dir, 'world'));
		await writeFile(join(dir, 'world', 'first.txt'), article('First story', 'Body one.'));
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dir], ready: /World +1 of 1 unread/});

		// Added: a new section appears.
		await mkdir(join(dir, 'sport'));
		await writeFile(join(dir, 'sport', 'second.txt'), article('Second story', 'Body two.'));
		await p.waitFor(/Sport +1 of 1 unread/);
		expect(p.screenText()).toMatch(/World +1 of 1 unread/);

		// Edited: the open article shows its new title and text.
		await press(p, 'j', /› World/);
		await press(p, '\r', /newsterm › World/);
		await press(p, '\r', /Body one\./);
		await writeFile(join(dir, 'world', 'first.txt'), article('First story, edited', 'Body one, changed.'));
		await p.waitFor(/Body one, changed\./);
		expect(p.screen()[1]).toBe(' First story, edited');

		// Removed: gone from its section.
		await press(p, 'h', /First story, edited/);
		await rm(join(dir, 'world', 'first.txt'));
		await p.waitFor(screen => !screen.join('\n').includes('First story'));
		expect(p.screen()[0]).toMatch(/newsterm › World/);
	});
});
