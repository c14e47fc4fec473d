import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {press, useApp} from './app-pty.js';

/*
 * Find in an article through the built bin in a real terminal: the prompt in the footer, the match
 * scrolled into view and drawn in reverse video by our own escapes, n wrapping with vim's notice, Esc.
 */

const {start, tempFolder} = useApp();

/** Paragraphs of numbered words, so a word names its one place in the article. */
const paragraphs = Array.from({length: 60}, (_, p) => Array.from({length: 25 + ((p * 13) % 40)}, (_, i) => `p${p}w${i}`).join(' '));

async function longArticle(): Promise<string> {
	const dir = await tempFolder();
	await mkdir(join(dir, 'world'));
	await writeFile(join(dir, 'world', 'find-long-read.txt'), ['Find long read', ...paragraphs].join('\n\n'));
	return dir;
}

/** An SGR that turns reverse video on (alone or with other attributes), then any more SGRs, then `text`. */
const reversed = (text: string): RegExp => new RegExp(`\\x1b\\[(?:\\d+;)*7(?:;\\d+)*m(?:\\x1b\\[[\\d;]*m)*${text}`);

describe.each([
	{cols: 80, rows: 24},
	{cols: 40, rows: 15},
])('/ in an article at $cols x $rows', ({cols, rows}) => {
	it('finds a phrase far down, shows it reversed, wraps on n, and Esc clears then goes back', async () => {
		const dir = await longArticle();
		const {p} = await start({cols, rows, args: ['--articles', dir, 'open', 'find long read'], ready: /p0w0/});
		await press(p, '/', screen => (screen[rows - 1] ?? '').startsWith(' /'));
		await press(p, 'p40w12 p40w13', screen => /1 match\b/.test(screen[rows - 1] ?? ''));
		const raw = await press(p, '\r', screen => (screen[rows - 1] ?? '').includes('next match'));
		const body = p
			.screen()
			.slice(1, rows - 1)
			.join('\n');
		expect(body).toContain('p40w12');
		expect(body).not.toContain('p0w0');
		expect(raw).toMatch(reversed('p40w12'));
		expect(p.screen().every(row => row.length <= cols)).toBe(true);
		await press(p, 'n', /search hit BOTTOM, continuing at TOP/);
		await press(p, '\x1b', screen => !(screen[rows - 1] ?? '').includes('next match') && !(screen[rows - 1] ?? '').includes('search hit'));
		expect(p.screen()[0]).toMatch(/\d+% *$/);
		await press(p, '\x1b', screen => /World/.test(screen[0] ?? '') && !/\d+% *$/.test(screen[0] ?? ''));
	});
});
