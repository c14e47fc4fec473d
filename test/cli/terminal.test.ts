/**
 * The subcommands on a real terminal (a pty parsed by a headless xterm): what a user sees when stdout
 * is a terminal rather than a pipe.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {overflowingRows} from '../e2e/screen-checks.js';
import {BIN, ensureBuilt, tempDir} from '../helpers/bin.js';
import type {PtyProcess} from '../helpers/pty.js';
import {usePtyRuns} from '../helpers/pty-runs.js';

const MARKER = 'MARKER before newsterm';
const run = usePtyRuns(MARKER);
const config = tempDir('newsterm-cli-tty-');
const env = {NEWSTERM_CONFIG_DIR: config.path, NEWSTERM_CACHE_DIR: `${config.path}/cache`, NO_COLOR: undefined, FORCE_COLOR: undefined};

beforeAll(ensureBuilt);
afterAll(config.remove);

describe.each([
	{cols: 80, rows: 30},
	{cols: 40, rows: 30},
])('newsterm list at $cols columns', ({cols, rows}) => {
	it('fits every row to the width, under a legend of the marks', async () => {
		const p = run([BIN, 'list'], {cols, rows, env});
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		expect(overflowingRows(p)).toEqual([]);
		const screen = p.screen().filter(row => row !== '');
		expect(screen[0]).toBe(MARKER);
		expect(screen[1]).toBe('● unread  ★ bookmarked');
		expect(screen.slice(2)).toHaveLength(24);
		expect(screen.at(-1)).toMatch(/^● +2016-09-04 .*US "not/);
		expect(screen.slice(2).some(row => row.includes('…'))).toBe(true);
	});
});

const SEED = 'world/us-not-there-yet';
const SGR = /\x1b\[[0-9;]*m/;
/** Every row the command wrote, scrolled off the top or not. */
function allRows(p: PtyProcess): string[] {
	const buffer = p.terminal.buffer.active;
	return Array.from({length: buffer.length}, (_, y) => buffer.getLine(y)?.translateToString(true) ?? '');
}

/** The longest row, in cells (the seed's text is plain ASCII). */
const widest = (screen: readonly string[]): number => Math.max(...screen.map(row => row.length));

describe('newsterm read on a terminal', () => {
	it("goes through $PAGER, coloured, at the reader's text width", async () => {
		// `cat -u` is not plain `cat` (which means no pager), so it is started as a pager is.
		const p = run([BIN, 'read', SEED], {cols: 120, rows: 150, env: {...env, PAGER: 'cat -u'}});
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		expect(p.rawSince(0)).toMatch(SGR);
		const rows = allRows(p);
		expect(rows[1]).toBe('US "not there yet" in Syria ceasefire talks with Russia, Obama says');
		expect(rows).toContain('More from World');
		expect(widest(rows)).toBeLessThanOrEqual(80);
		expect(widest(rows)).toBeGreaterThan(70);
	});

	it('runs a PAGER that needs a shell through sh, with the text on stdin', async () => {
		const p = run([BIN, 'read', SEED], {cols: 80, rows: 150, env: {...env, PAGER: 'sed "s/^/> /"'}});
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		expect(allRows(p)[1]).toBe('> US "not there yet" in Syria ceasefire talks with Russia, Obama says');
	});

	it('prints directly when the pager cannot start, or with --no-pager, or PAGER=cat', async () => {
		for (const [pager, args] of [
			['/nonexistent/pager', []],
			['sed "s/^/> /"', ['--no-pager']],
			['cat', []],
		] as const) {
			const p = run([BIN, 'read', SEED, ...args], {cols: 80, rows: 150, env: {...env, PAGER: pager}});
			expect((await p.exited).exitCode, pager).toBe(0);
			await p.settle();
			expect(allRows(p)[1], pager).toMatch(/^US "not there yet"/);
			expect(allRows(p).join('\n')).not.toMatch(/\n\s+at |Error/);
		}
	});

	it('quits quietly when the pager stops reading early (EPIPE)', async () => {
		const folder = tempDir('newsterm-long-');
		mkdirSync(join(folder.path, 'world'));
		// Far more than a pipe holds (~1.8 MB), so the write is still going when the pager quits.
		const body = Array.from({length: 30_000}, (_, i) => `Paragraph ${i} of a very long article that goes on and on.`).join('\n\n');
		writeFileSync(join(folder.path, 'world', 'long.txt'), `A long one\n\n${body}\n\nLast update: Sun, 04/09/2016 - 13:32\n`);
		const p = run([BIN, 'read', 'world/long', '--articles', folder.path], {cols: 80, rows: 24, env: {...env, PAGER: 'head -n 3'}});
		const {exitCode} = await p.exited;
		await p.settle();
		folder.remove();
		expect(exitCode).toBe(0);
		const rows = p.screen().filter(row => row !== '');
		expect(rows.slice(0, 2)).toEqual([MARKER, 'A long one']);
		expect(rows[2]).toMatch(/^World · 2016-09-04 13:32 · /);
		expect(rows).toHaveLength(3);
	});

	it.each([
		['NO_COLOR', {NO_COLOR: '1'}],
		['FORCE_COLOR=0', {FORCE_COLOR: '0'}],
		['--color=never', {}],
	])('%s: no colour on the terminal', async (name, extra) => {
		const args = name === '--color=never' ? ['--color=never'] : [];
		const p = run([BIN, 'read', SEED, '--no-pager', ...args], {cols: 80, rows: 150, env: {...env, ...extra}});
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		expect(allRows(p)[1]).toMatch(/^US "not there yet"/);
		expect(p.rawSince(0)).not.toMatch(SGR);
	});

	it('COLUMNS sets the width', async () => {
		const p = run([BIN, 'read', SEED, '--no-pager'], {cols: 120, rows: 150, env: {...env, COLUMNS: '50'}});
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		const rows = allRows(p).slice(1);
		expect(widest(rows)).toBeLessThanOrEqual(48);
		expect(widest(rows)).toBeGreaterThan(40);
	});
});
