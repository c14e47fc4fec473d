/**
 * The launcher's early paint (docs/performance.md#early-paint) with the real bin in a pty: the reader
 * saves the next start's first frame on its way out; the next start with the same terminal, options
 * and files paints it before the program loads, and nothing the program or Ink draws after it repaints
 * the screen; another terminal size gets no saved frame. (That a changed folder, store or config.toml
 * keeps a saved frame from being painted is in test/io/frame-cache: on screen the program's own first
 * frame, from the list cache, would look the same.)
 */
import {copyFileSync, cpSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {usePtyRuns} from '../helpers/pty-runs.js';
import {expectRestored} from '../helpers/terminal-checks.js';
import {MARKER, press, useApp} from './app-pty.js';

const {start, tempFolder} = useApp();
const run = usePtyRuns(MARKER, binNode);
/** The bundled articles, copied for each test so a test can add one. */
const ROOT_ARTICLES = join(import.meta.dirname, '..', '..', 'articles');
const ENTER = '\x1b[?1049h\x1b[?25l';
const CLEAR = '\x1b[2J';

/** Sets every file and folder under `dir` (and `dir`) an hour back. */
function age(dir: string): void {
	const then = new Date(Date.now() - 3_600_000);
	for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) utimesSync(join(entry.parentPath, entry.name), then, then);
	utimesSync(dir, then, then);
}

/**
 * Folders for one reader and its saved frame: a copy of the bundled articles, config and cache. The
 * copy is aged: the list cache distrusts files changed within seconds of its save (core/list-cache
 * RACY_MS), and a fresh copy would make every second run a cold scan.
 */
async function folders(): Promise<{articles: string; configDir: string; cacheDir: string}> {
	const articles = join(await tempFolder(), 'articles');
	cpSync(ROOT_ARTICLES, articles, {recursive: true});
	age(articles);
	return {articles, configDir: await tempFolder(), cacheDir: await tempFolder()};
}

/** The raw output as the terminal got it, with the tty's own CR before each LF taken out again (raw mode keeps ONLCR). */
const rawOf = (p: {rawSince(mark: number): string}): string => p.rawSince(0).replaceAll('\r\r\n', '\r\n');

/** The saved frame's paint as the terminal receives it (the file keeps one char per byte). */
function savedPaint(cacheDir: string): string {
	const names = readdirSync(cacheDir).filter(name => name.startsWith('frame-'));
	expect(names).toHaveLength(1);
	const saved = JSON.parse(readFileSync(join(cacheDir, names[0] ?? ''), 'utf8')) as {paint: string};
	return Buffer.from(saved.paint, 'latin1').toString('utf8');
}

const count = (text: string, part: string): number => text.split(part).length - 1;

/** A first run that reads one article and quits, leaving its frame saved; the screen it left. */
async function firstRun(dirs: Awaited<ReturnType<typeof folders>>, size = {cols: 80, rows: 24}): Promise<string[]> {
	const {p} = await start({...size, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
	await press(p, '\r', screen => (screen[0] ?? '').includes('newsterm › Business'));
	await press(p, '\r');
	await press(p, 'q');
	await press(p, 'q', screen => (screen[0] ?? '').includes('newsterm › Sections'));
	const screen = p.screen();
	p.press('q');
	expect((await p.exited).exitCode).toBe(0);
	return screen;
}

describe('the early paint', () => {
	it('paints the frame the last run saved, with its read marks, and neither the program nor Ink repaints it', async () => {
		const dirs = await folders();
		const left = await firstRun(dirs);
		expect(left.join('\n')).toContain('3 of 4 unread');
		const paint = savedPaint(dirs.cacheDir);
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		const raw = rawOf(p);
		expect(raw).toContain(ENTER + paint);
		// The saved frame's clear is the only one: the program's frame and Ink's were diffed against it.
		expect(count(raw, CLEAR)).toBe(1);
		expect(count(raw, ENTER)).toBe(1);
		expect(p.screen()).toEqual(left);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
	});

	it('is painted by the launcher from the file, and a row that no longer holds is redrawn alone', async () => {
		const dirs = await folders();
		await firstRun(dirs);
		// The saved frame, changed the way a stale one would be: one row says what is no longer so.
		const [name] = readdirSync(dirs.cacheDir).filter(file => file.startsWith('frame-'));
		const file = join(dirs.cacheDir, name ?? '');
		const saved = JSON.parse(readFileSync(file, 'utf8')) as {frame: string; paint: string};
		for (const key of ['frame', 'paint'] as const) saved[key] = saved[key].replace('Science ', 'Sciences');
		writeFileSync(file, JSON.stringify(saved), {mode: 0o600});
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		const raw = rawOf(p);
		expect(raw).toContain(`${ENTER + Buffer.from(saved.paint, 'latin1').toString('utf8')}`);
		expect(raw).toContain('Sciences');
		expect(count(raw, CLEAR)).toBe(1);
		expect(p.screen().find(row => row.includes('Scien'))).toMatch(/^ {2}Science +4 of 4 unread/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
	});

	it('on a cold start paints the first article from the cold painter, and the program fills the list in without clearing it', async () => {
		const dirs = await folders();
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		const raw = rawOf(p);
		const first = raw.slice(raw.indexOf(ENTER), raw.indexOf('\x1b[H', raw.indexOf(CLEAR) + CLEAR.length) + 3);
		// The painter's frame: one article's section, and the header says the scan has one.
		expect(first.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/newsterm › Sections +reading… 1 [\s\S]*› [A-Z][a-z]+ +1 of 1 unread/);
		expect(count(raw, CLEAR)).toBe(1);
		expect(count(raw, ENTER)).toBe(1);
		expect(p.screen().filter(row => / of 4 unread/.test(row))).toHaveLength(6);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
	});

	it("holds Node's warnings off the painted screen and prints them once the user's screen is back", async () => {
		const dirs = await folders();
		// Both set: Node warns that NO_COLOR is ignored, a tick after the painter has drawn.
		const {p} = await start({
			cols: 80,
			rows: 24,
			args: ['--articles', dirs.articles],
			configDir: dirs.configDir,
			cacheDir: dirs.cacheDir,
			env: {NO_COLOR: '1'},
		});
		await press(p, 'j');
		expect(p.screenText()).not.toContain('Warning');
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		expect(p.isAltScreen()).toBe(false);
		expect(p.screenText()).toContain("Warning: The 'NO_COLOR' env is ignored");
	});

	it('keeps keys typed before the program is ready: j then Enter, typed right after the spawn, open the next section', async () => {
		const dirs = await folders();
		await firstRun(dirs);
		const paint = savedPaint(dirs.cacheDir);
		const p = run([BIN, '--articles', dirs.articles], {
			cols: 80,
			rows: 24,
			env: {FORCE_COLOR: '1', NO_COLOR: undefined, NEWSTERM_CONFIG_DIR: dirs.configDir, NEWSTERM_CACHE_DIR: dirs.cacheDir},
		});
		p.press('j');
		p.press('\r');
		await p.waitFor(screen => (screen[0] ?? '').includes('newsterm › Culture'), 10_000);
		expect(rawOf(p)).toContain(ENTER + paint);
		// Nothing typed reached the screen as text: the header row is whole.
		expect(p.screen()[0]?.trimEnd()).toMatch(/^ newsterm › Culture +1\/4$/);
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
	});

	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	])('gives the terminal back on %s the moment the saved frame shows', async (signal, code) => {
		const dirs = await folders();
		await firstRun(dirs);
		const p = run([BIN, '--articles', dirs.articles], {
			cols: 80,
			rows: 24,
			env: {FORCE_COLOR: '1', NO_COLOR: undefined, NEWSTERM_CONFIG_DIR: dirs.configDir, NEWSTERM_CACHE_DIR: dirs.cacheDir},
		});
		await p.waitFor(screen => (screen[0] ?? '').includes('newsterm › Sections'), 10_000);
		// Before the program has taken the terminal over or after: either way it comes back whole.
		p.kill(signal);
		expect((await p.exited).exitCode).toBe(code);
		await expectRestored(p, MARKER);
	});

	it('follows the library: an article added since shows, and the frame saved next holds it', async () => {
		const dirs = await folders();
		await firstRun(dirs);
		expect(savedPaint(dirs.cacheDir)).toMatch(/World +4 of 4 unread/);
		const world = join(dirs.articles, 'world');
		copyFileSync(join(world, 'us-not-there-yet.txt'), join(world, 'us-not-there-yet-again.txt'));
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		expect(p.screen().find(row => row.includes('World'))).toMatch(/5 of 5 unread/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		expect(savedPaint(dirs.cacheDir)).toMatch(/World +5 of 5 unread/);
	});

	it('is not made for another terminal size, whose run then saves its own', async () => {
		const dirs = await folders();
		await firstRun(dirs);
		const paint80 = savedPaint(dirs.cacheDir);
		const {p} = await start({cols: 40, rows: 15, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		expect(rawOf(p)).not.toContain(paint80);
		expect(p.screen()[0]).toMatch(/^ newsterm › Sections/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		const paint40 = savedPaint(dirs.cacheDir);
		expect(paint40).not.toBe(paint80);
		const again = await start({cols: 40, rows: 15, args: ['--articles', dirs.articles], configDir: dirs.configDir, cacheDir: dirs.cacheDir});
		expect(rawOf(again.p)).toContain(ENTER + paint40);
		again.p.press('q');
		expect((await again.p.exited).exitCode).toBe(0);
	});
});
