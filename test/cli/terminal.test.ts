/**
 * The subcommands on a real terminal (a pty parsed by a headless xterm): what a user sees when stdout
 * is a terminal rather than a pipe.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {overflowingRows} from '../e2e/screen-checks.js';
import {BIN, ensureBuilt, tempDir} from '../helpers/bin.js';
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
