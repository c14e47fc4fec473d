/**
 * The launcher's early paint for someone who subscribes to feeds (docs/performance.md#early-paint):
 * a run with a fresh archive saves its first frame on the way out, the next start paints it before
 * the program loads and the program's first frame sends nothing over it; once the archive is as old
 * as the refresh interval, nothing is painted early. To tell the launcher's paint from the program's
 * own drawing of the same frame, the saved paint is given a mark on a blank row, which the program
 * would never draw, and which stays only as long as the program believes that row is blank.
 */
import {execFile} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {press, useApp} from './app-pty.js';
import {useFixtureFeed} from './fixture-feed.js';

const {start, tempFolder} = useApp();
const feed = useFixtureFeed('harbour-wire.xml');

/** Runs the bin without blocking this process, which serves the feed. */
function bin(args: readonly string[], env: Record<string, string>): Promise<{code: number; stdout: string}> {
	return new Promise(resolve => {
		execFile(binNode(), [BIN, ...args], {env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env}, timeout: 20_000}, (error, stdout) => {
			resolve({code: error ? Number(error.code ?? 1) : 0, stdout});
		});
	});
}

/** The one saved frame in `cacheDir`: its file and what it holds. */
function savedFrame(cacheDir: string): {file: string; saved: {paint: string; frame: string; validUntil?: number}} {
	const names = readdirSync(cacheDir).filter(name => name.startsWith('frame-'));
	expect(names).toHaveLength(1);
	const file = join(cacheDir, names[0] ?? '');
	return {file, saved: JSON.parse(readFileSync(file, 'utf8'))};
}

/** The mark, on row 12 of the screen. */
const MARK = 'EARLY PAINT';

/** Adds MARK to the saved paint (after its frame, which leaves row 12 blank), and sets its time limit. */
function markPaint(cacheDir: string, validUntil: number): void {
	const {file, saved} = savedFrame(cacheDir);
	expect(saved.frame.split('\n')[11] ?? '').toBe('');
	writeFileSync(file, JSON.stringify({...saved, paint: `${saved.paint}\x1b[12;30H${MARK}\x1b[H`, validUntil}));
}

describe('the early paint with a subscribed feed', () => {
	it('paints the saved frame at the next start while the archive is fresh, which the program leaves as it is; not once it is stale', async () => {
		const configDir = await tempFolder();
		const cacheDir = await tempFolder();
		const env = {NEWSTERM_CONFIG_DIR: configDir, NEWSTERM_CACHE_DIR: cacheDir, NEWSTERM_DATA_DIR: await tempFolder()};
		const fetchedAt = Date.now();
		expect(await bin(['add', `${feed.origin}/feed.xml`], env)).toMatchObject({code: 0, stdout: 'Added Harbour Wire (3 items)\n'});
		const size = {cols: 80, rows: 24, configDir, cacheDir, env: {NEWSTERM_DATA_DIR: env.NEWSTERM_DATA_DIR}};

		// The first run: fetched just now, so no refresh; it saves its frame on the way out, valid for 30 minutes.
		const first = await start({...size, ready: 'Harbour Wire'});
		first.p.press('q');
		expect((await first.p.exited).exitCode).toBe(0);
		const {saved} = savedFrame(cacheDir);
		expect(saved.frame).toContain('Harbour Wire');
		expect(saved.validUntil).toBeGreaterThanOrEqual(fetchedAt + 30 * 60_000);

		// The next start shows the launcher's paint, and the program's frames never rewrite it.
		markPaint(cacheDir, saved.validUntil ?? 0);
		for (const name of readdirSync(cacheDir).filter(name => name.startsWith('search-'))) rmSync(join(cacheDir, name));
		const second = await start({...size, ready: MARK});
		// The search index is built behind the first frame, which over the saved one sent nothing: no key needed.
		await second.p.waitFor(() => readdirSync(cacheDir).some(name => name.startsWith('search-')), 10_000);
		expect(second.p.screen()[2]).toMatch(/^› Harbour Wire +3 of 3 unread *$/);
		// k moves the cursor up to the Unread row: the reader is up and reading keys. The mark stays:
		// Ink's first frame, diffed against the saved frame, sent nothing that cleared the screen or row 12.
		await press(second.p, 'k', screen => /1\/2 *$/.test(screen[0] ?? ''));
		expect(second.p.screen()[1]).toMatch(/^› Unread +3 unread *$/);
		expect(second.p.screen()[11]?.trim()).toBe(MARK);
		expect(second.p.rawSince(0).split('\x1b[2J')).toHaveLength(2);
		second.p.press('q');
		expect((await second.p.exited).exitCode).toBe(0);

		// Thirty minutes on (the time limit passed): no early paint, the program draws its own frame.
		markPaint(cacheDir, Date.now() - 1000);
		const third = await start({...size, ready: 'Harbour Wire'});
		expect(third.p.screen()[2]).toMatch(/^› Harbour Wire +3 of 3 unread *$/);
		expect(third.p.rawSince(0)).not.toContain(MARK);
		third.p.press('q');
		expect((await third.p.exited).exitCode).toBe(0);
	});
});
