import {describe, expect, it} from 'vitest';
import {runBin} from '../helpers/bin.js';
import type {PtyProcess} from '../helpers/pty.js';
import {expectRestored as expectScreenBack, expectTakenOver} from '../helpers/terminal-checks.js';
import {screenCells} from '../helpers/xterm.js';
import {MARKER, press, useApp} from './app-pty.js';
import {drawsPastLastRow, overflowingRows} from './screen-checks.js';

const {start} = useApp();

const ESSLAND = 'business/essland-central-bank-holds-rates';
const HOLLIN = 'business/hollin-textile-mill-to-close';
/** The longest bundled article (82 lines at 80 columns): room for every scroll below. */
const SEED = 'world/us-not-there-yet';

/** The user's screen is back (see terminal-checks), with nothing of the reader left on it. */
async function expectRestored(p: PtyProcess): Promise<void> {
	await expectScreenBack(p, MARKER);
	expect(p.screenText()).not.toContain('? help');
}

/** Opens the Business section and its first article from the sections screen. */
async function openFirstBusinessArticle(p: PtyProcess): Promise<void> {
	await press(p, '\r', /newsterm › Business/);
	await press(p, '\r', /Business · \d{4}-/);
}

describe('leaving the app restores the terminal', () => {
	it('q from the top screen', async () => {
		const {p} = await start({cols: 80, rows: 24});
		expectTakenOver(p, MARKER);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		await expectRestored(p);
	});

	it('Ctrl+C from an article', async () => {
		const {p} = await start({cols: 80, rows: 24, args: ['open', ESSLAND], ready: 'Business · 2025-06-19'});
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
		await expectRestored(p);
	});

	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	])('%s from a headline list, exiting with 128 + signal', async (signal, code) => {
		const {p} = await start({cols: 80, rows: 24});
		await press(p, '\r', /newsterm › Business/);
		p.kill(signal);
		expect((await p.exited).exitCode).toBe(code);
		await expectRestored(p);
	});
});

// CI runs this file again on the current LTS Node (NEWSTERM_TEST_NODE): the launcher's V8 flags must
// not make a Node that does not know them print a warning onto the user's screen.
describe('only the app writes to the terminal', () => {
	it('nothing from Node or V8 before the app takes the screen or after it gives it back', async () => {
		const {p} = await start({cols: 80, rows: 24});
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		await expectRestored(p);
		const raw = p.rawSince(0);
		expect(raw.slice(0, raw.indexOf('\x1b[?1049h'))).toBe(`${MARKER}\r\n`);
		expect(
			p
				.screen()
				.slice(1)
				.filter(row => row !== ''),
		).toEqual([]);
	});
});

describe('state survives SIGTERM', () => {
	it('keeps a bookmark and the read marks made just before the signal', async () => {
		const {p, configDir} = await start({cols: 80, rows: 24});
		await openFirstBusinessArticle(p);
		await press(p, 'b', 'Bookmarked');
		await press(p, '\x1b', /★ .*Essland central bank/);
		await press(p, 'j', /›●? +\S+ +Lindqvist/);
		await press(p, '\r', /Business · 2025-03-11/);
		p.kill('SIGTERM');
		expect((await p.exited).exitCode).toBe(143);
		const run = runBin(['list', '--json'], {NEWSTERM_CONFIG_DIR: configDir});
		expect(run.code).toBe(0);
		const list = JSON.parse(run.stdout) as {id: string; read: boolean; bookmarked: boolean}[];
		const flags = (id: string) => list.find(entry => entry.id === id);
		expect(flags(ESSLAND)).toMatchObject({read: true, bookmarked: true});
		expect(flags(HOLLIN)).toMatchObject({read: true, bookmarked: false});
		expect(
			list
				.filter(entry => entry.read || entry.bookmarked)
				.map(entry => entry.id)
				.sort(),
		).toEqual([ESSLAND, HOLLIN]);
	});
});

describe('newsterm open <id>', () => {
	it('marks the article it opens read, as opening one from a list does', async () => {
		const {p, configDir} = await start({cols: 80, rows: 24, args: ['open', ESSLAND], ready: 'Business · 2025-06-19'});
		await press(p, 'q', /newsterm › Business/);
		await press(p, 'q', /newsterm › Sections/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		const list = JSON.parse(runBin(['list', '--json'], {NEWSTERM_CONFIG_DIR: configDir}).stdout) as {id: string; read: boolean}[];
		expect(list.filter(entry => entry.read).map(entry => entry.id)).toEqual([ESSLAND]);
	});
});

describe('screens drawn by diffs and scrolls equal a full paint', () => {
	it('a resize from 100x30 to 60x20 re-wraps the article with nothing left from the old frame', async () => {
		const fresh = await start({cols: 60, rows: 20, args: ['open', ESSLAND], ready: 'Business · 2025-06-19'});
		const expectedText = fresh.p.screenText();
		const expectedCells = screenCells(fresh.p.terminal);

		const {p} = await start({cols: 100, rows: 30});
		await openFirstBusinessArticle(p);
		expect(p.screen()[1]).toBe(' Essland central bank holds rates at 3.25% for a fourth month');
		p.resize(60, 20);
		await p.waitFor(screen => screen.join('\n') === expectedText);
		expect(screenCells(p.terminal)).toEqual(expectedCells);
		expect(overflowingRows(p)).toEqual([]);
		// The title now wraps at 58 columns: the re-wrap happened, it is not the old frame clipped.
		expect(p.screen().slice(1, 3)).toEqual([' Essland central bank holds rates at 3.25% for a fourth', ' month']);
	});

	it('after j x5, k x2, Space, k, PgUp, G, k x3 the screen equals a Ctrl+L repaint, and every step shows the right window', async () => {
		const rows = 30;
		const body = rows - 2;
		const lines = runBin(['read', SEED, '--width', '80']).stdout.replace(/\n$/, '').split('\n');
		const bottom = lines.length - body;
		expect(bottom).toBeGreaterThan(body + 5);
		const {p} = await start({cols: 100, rows, args: ['open', SEED], ready: /Obama/});
		const mark = p.bytesWritten();
		const steps: [string, (top: number) => number][] = [
			...Array<[string, (top: number) => number]>(5).fill(['j', top => top + 1]),
			...Array<[string, (top: number) => number]>(2).fill(['k', top => top - 1]),
			[' ', top => top + body],
			['\x1b[A', top => top - 1],
			['\x1b[5~', top => Math.max(0, top - body)],
			['G', () => bottom],
			...Array<[string, (top: number) => number]>(3).fill(['k', top => top - 1]),
		];
		let top = 0;
		for (const [key, next] of steps) {
			top = next(top);
			const window = lines.slice(top, top + body).map(line => (line === '' ? '' : ` ${line}`));
			await press(
				p,
				key,
				screen =>
					screen
						.slice(1, rows - 1)
						.map(row => row.trimEnd())
						.join('\n') === window.join('\n'),
			);
		}
		// The terminal did scroll (a line feed at a bottom margin or a reverse index), so this compares the optimisation, not plain rewrites.
		const raw = p.rawSince(mark);
		expect(raw).toMatch(/\x1b\[\d+H(?:\r?\n)+|\x1bM/);
		expect(drawsPastLastRow(raw, rows)).toEqual([]);
		const scrolled = screenCells(p.terminal);
		const repaint = await press(p, '\x0c', () => true);
		expect(repaint).toContain('\x1b[2J');
		expect(screenCells(p.terminal)).toEqual(scrolled);
	});
});

describe('bytes per key (recorded, not asserted)', () => {
	it('logs bytes for j in a headline list and for a one-line article scroll at 100x30', async () => {
		const {p} = await start({cols: 100, rows: 30});
		await press(p, '\r', /newsterm › Business/);
		const list = [await press(p, 'j'), await press(p, 'j')].map(raw => Buffer.byteLength(raw));
		await press(p, '\r', /Business · \d{4}-/);
		const scroll = [await press(p, 'j'), await press(p, 'j')].map(raw => Buffer.byteLength(raw));
		console.log(`bytes per j in the headline list: ${list.join(', ')}; per one-line article scroll: ${scroll.join(', ')} (100x30)`);
		expect(list.every(bytes => bytes > 0) && scroll.every(bytes => bytes > 0)).toBe(true);
	});
});
