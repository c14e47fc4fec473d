import {describe, expect, it} from 'vitest';
import {BIN} from '../helpers/bin.js';
import {usePtyRuns} from '../helpers/pty-runs.js';
import {unsupportedSequences} from '../helpers/terminfo.js';
import {MARKER, press, useApp} from './app-pty.js';

const {start, tempFolder} = useApp();
const run = usePtyRuns(MARKER);

/** The longest bundled article (82 lines at 80 columns): room for every scroll below. */
const SEED = 'world/us-not-there-yet';

describe('the checker', () => {
	it('knows what the Linux console and a vt220 lack', () => {
		expect(unsupportedSequences('\x1b[S\x1b[2T', 'linux')).toEqual([JSON.stringify('\x1b[S'), JSON.stringify('\x1b[2T')]);
		expect(unsupportedSequences('\x1b[2;23r\x1b[23H\r\n\x1bM\x1b[r\x1b[H\x1b[5Hx\x1b[K\x1b[1;31mx\x1b[m', 'vt220')).toEqual([]);
	});
});

// Scrolling an article and moving in lists, in the terminals that have csr, ind and ri but no SU/SD.
describe.each(['linux', 'vt220'])('TERM=%s gets only what its terminfo entry has', term => {
	it('while scrolling an article and moving in lists', async () => {
		const {p} = await start({cols: 80, rows: 24, env: {TERM: term}});
		const mark = p.bytesWritten();
		await press(p, 'j');
		await press(p, '\r', /newsterm › /);
		for (const key of ['j', 'j', 'k', '\x1b[B', '\x1b[A']) await press(p, key);
		await press(p, 'q', /newsterm/);
		const {p: reader} = await start({cols: 80, rows: 24, env: {TERM: term}, args: ['open', SEED], ready: /World · /});
		const readerMark = reader.bytesWritten();
		for (const key of ['j', 'j', 'j', 'k', 'k', ' ', '\x1b[B', '\x1b[A', '\x1b[5~', 'G', 'k', 'g']) await press(reader, key);
		expect(unsupportedSequences(p.rawSince(mark), term)).toEqual([]);
		expect(unsupportedSequences(reader.rawSince(readerMark), term)).toEqual([]);
	});
});

// Emacs' shell-mode and CI logs are ptys that cannot move the cursor: the reader's escapes would show as text.
// node-pty will not spawn with an empty TERM, so the empty one is set in the child before the bin runs.
describe.each([
	['dumb', 'dumb', [BIN]],
	['empty', undefined, ['-e', 'process.env.TERM = ""; require(process.argv[1])', BIN]],
])('TERM %s refuses the reader', (_, term, args) => {
	it('with the advice a pipe gets, and no escape sequence', async () => {
		const p = run(args, {cols: 120, rows: 24, env: {TERM: term}});
		expect((await p.exited).exitCode).toBe(1);
		await p.waitFor('the reader needs a terminal; in a pipe use "newsterm list" or "newsterm read"');
		expect(p.rawSince(0)).not.toContain('\x1b');
	});
});

// Under the C locale the terminal takes one byte per character, ASCII only: UTF-8 marks would show as junk.
describe('LC_ALL=C', () => {
	it('gets no byte above 0x7f: ASCII marks, ? for the article text it cannot show', async () => {
		const env = {LC_ALL: 'C', LC_CTYPE: undefined, LANG: undefined};
		const {p} = await start({cols: 80, rows: 24, env, args: ['open', SEED], ready: /World . \d{4}-/});
		for (const key of ['j', 'j', ' ', 'b']) await press(p, key);
		await press(p, 'h', /newsterm . World/);
		await press(p, 'k');
		const raw = p.rawSince(0);
		expect([...raw].filter(char => char > '\x7f')).toEqual([]);
		expect(raw).toContain('*');
	});

	it('list and read to the terminal send no byte above 0x7f either', async () => {
		const env = {LC_ALL: 'C', LC_CTYPE: undefined, LANG: undefined, NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder()};
		for (const args of [['list'], ['read', SEED, '--no-pager']]) {
			const p = run([BIN, ...args], {cols: 120, rows: 60, env});
			expect((await p.exited).exitCode).toBe(0);
			await p.settle();
			expect([...p.rawSince(0)].filter(char => char > '\x7f')).toEqual([]);
		}
	});
});
