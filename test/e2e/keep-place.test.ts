import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {press, useApp} from './app-pty.js';

/*
 * Keeping your place, as the user sees it in a real terminal: a resize keeps the text that was on the
 * top row of an article on the top row.
 */

const {start, tempFolder} = useApp();
const OPEN = ['open', 'keep place long read'];

/** Paragraphs of numbered words, so any word says where in the article it stands. */
const paragraphs = Array.from({length: 60}, (_, p) => Array.from({length: 25 + ((p * 13) % 40)}, (_, i) => `p${p}w${i}`).join(' '));

/** A folder with one long article in the bundled articles' format. */
async function longArticle(): Promise<string> {
	const dir = await tempFolder();
	await mkdir(join(dir, 'world'));
	const text = ['Keep place long read', ...paragraphs, 'Last update: Sun, 04/09/2016 - 13:32'].join('\n\n');
	await writeFile(join(dir, 'world', 'keep-place-long-read.txt'), text);
	return dir;
}

/** The first word on the article's top row (row 0 is the header). */
const topWord = (screen: readonly string[]): string => (screen[1] ?? '').trim().split(' ')[0] ?? '';

describe('a resize keeps the top line of an article', () => {
	it('80 -> 40 -> 120 columns at about three quarters down, never clamped to the end', async () => {
		const dir = await longArticle();
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dir, 'open', 'keep place long read'], ready: /p0w0/});
		for (let i = 0; i < 12; i++) await press(p, ' ');
		// A line of text on top, not the blank line between paragraphs.
		if (topWord(p.screen()) === '') await press(p, 'j');
		let word = topWord(p.screen());
		expect(word).toMatch(/^p\d+w\d+$/);
		let before = 80;
		for (const cols of [40, 120]) {
			p.resize(cols, 24);
			// Drawn at the new width: every row fits it, and a wider one uses columns the old width did not have.
			const redrawn = (screen: readonly string[]): boolean =>
				screen.every(row => row.length <= cols) && (cols < before || screen.some(row => row.length > before));
			await p.waitFor(screen => redrawn(screen) && /\d+% *$/.test(screen[0] ?? '') && (screen[1] ?? '').split(' ').includes(word));
			expect(p.screen()[0]).not.toMatch(/100%/);
			word = topWord(p.screen());
			before = cols;
		}
	});
});

describe('a half-read article across a restart', () => {
	it('is marked in progress in its headline list and reopens at the same top line', async () => {
		const dir = await longArticle();
		const first = await start({cols: 80, rows: 24, args: ['--articles', dir, ...OPEN], ready: /p0w0/});
		for (let i = 0; i < 3; i++) await press(first.p, ' ');
		if (topWord(first.p.screen()) === '') await press(first.p, 'j');
		const word = topWord(first.p.screen());
		// Back to the headlines: the article is read, and in progress rather than done.
		await press(first.p, 'q', /◐/);
		expect(first.p.screen().find(row => row.includes('Keep place long read'))).toMatch(/^[ ›]◐/);
		first.p.press('qq');
		await first.p.exited;
		const second = await start({cols: 80, rows: 24, args: ['--articles', dir, ...OPEN], configDir: first.configDir, ready: /p\d+w\d+/});
		expect(topWord(second.p.screen())).toBe(word);
	});
});

describe('a place kept when a signal ends the reader', () => {
	it.each(['SIGTERM', 'SIGHUP'])('%s on a half-read article, then a restart, shows the same top line', async signal => {
		const dir = await longArticle();
		const first = await start({cols: 80, rows: 24, args: ['--articles', dir, ...OPEN], ready: /p0w0/});
		for (let i = 0; i < 3; i++) await press(first.p, ' ');
		if (topWord(first.p.screen()) === '') await press(first.p, 'j');
		const word = topWord(first.p.screen());
		first.p.kill(signal);
		await first.p.exited;
		const second = await start({cols: 80, rows: 24, args: ['--articles', dir, ...OPEN], configDir: first.configDir, ready: /p\d+w\d+/});
		expect(topWord(second.p.screen())).toBe(word);
	});
});
