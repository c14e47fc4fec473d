import {execFile, execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {type PtyProcess, spawnPty} from '../helpers/pty.js';
import {decodeHalfBlocks} from '../helpers/qr-pixels.js';
import {screenCells} from '../helpers/xterm.js';
import {press, useApp} from './app-pty.js';
import {useFixtureFeed} from './fixture-feed.js';

/*
 * OSC 8 links and the QR code as a real terminal gets them from the built bin: under
 * TERM=xterm-256color the bytes themselves, and inside tmux (run by the test on its own socket) the
 * screen the user sees, which must not be garbled whether tmux passes the links on or drops them.
 */

const LONG = 'https://records.example/council/2026-12-01/harbour-council-votes-on-the-new-ferry-timetable?session=winter&item=4471';
const {start, tempFolder} = useApp();
const server = useFixtureFeed('links-wire.xml');

/** Fresh folders subscribed to the fixture feed. */
async function subscribed(): Promise<Record<string, string>> {
	const env = {NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder(), NEWSTERM_DATA_DIR: await tempFolder()};
	const added = await new Promise<number>(resolve => {
		execFile(binNode(), [BIN, 'add', `${server.origin}/feed.xml`], {env: {...process.env, ...env}, timeout: 20_000}, error => resolve(error ? 1 : 0));
	});
	expect(added).toBe(0);
	return {...env, NEWSTERM_REFRESH_MINUTES: '100000'};
}

const ARGS = ['--offline', 'open', 'ferry timetable'];
const LOCAL = {SSH_CONNECTION: undefined, SSH_TTY: undefined, TMUX: undefined, STY: undefined, NO_HYPERLINKS: undefined, FORCE_HYPERLINK: undefined};
const OSC8 = /\x1b\]8;([^;\x07\x1b]*);([^\x07\x1b]*)\x1b\\/g;

/** Every link opened in `raw`: its id and URL. */
const opened = (raw: string): {id: string; url: string}[] =>
	[...raw.matchAll(OSC8)].filter(match => match[2] !== '').map(match => ({id: match[1]?.replace(/^id=/, '') ?? '', url: match[2] ?? ''}));

/**
 * Null when every link in `raw` is closed before the cursor moves to another row (a row write, a patch,
 * a scroll, the frame's closing home): a link left open would spread over whatever is drawn next.
 */
function unclosedLink(raw: string): string | null {
	let open: string | null = null;
	for (const match of raw.matchAll(/\x1b\]8;[^;\x07\x1b]*;([^\x07\x1b]*)\x1b\\|\x1b\[\d*(?:;\d+)?H|\r\n|\x1b\[\d+;\d+r/g)) {
		if (match[0].startsWith('\x1b]8')) open = match[1] === '' ? null : (match[1] ?? null);
		else if (open !== null) return `${JSON.stringify(match[0])} with ${open} open`;
	}
	return open;
}

describe('under TERM=xterm-256color', () => {
	it('web addresses are OSC 8 links: a wrapped URL one id over its rows, every link closed on its row, the text intact', async () => {
		const env = await subscribed();
		const {p} = await start({cols: 80, rows: 24, args: ARGS, env: {...env, ...LOCAL, TERM: 'xterm-256color'}, ready: /Ferry timetable vote/});
		const raw = p.rawSince(0);
		const links = opened(raw);
		const long = links.filter(link => link.url === LONG);
		expect(long.length).toBeGreaterThanOrEqual(2);
		expect(new Set(long.map(link => link.id)).size).toBe(1);
		expect(links.map(link => link.url)).toContain('https://records.example/council/2026-12-01');
		expect(links.map(link => link.url)).toContain(`${server.origin}/docs/pier-plan.pdf`);
		for (const link of links) expect(link.url).toMatch(/^https?:\/\/[\x21-\x7e]+$/);
		expect(unclosedLink(raw)).toBeNull();
		const text = p.screenText();
		expect(text).not.toMatch(/\]8;|id=nt/);
		expect(text.replace(/\n /g, '')).toContain(LONG);

		// Tab restyles the link rows: rows patched or rewritten keep each link whole and closed, and the text unchanged.
		const selected = await press(p, '\t', () => true);
		expect(unclosedLink(selected)).toBeNull();
		await p.settle();
		// The footer's hints change with a selection (Enter open); the article's rows do not.
		expect(p.screen().slice(0, -1)).toEqual(text.split('\n').slice(0, -1));
		// A full redraw draws the same cells, styles too, as the patches made.
		const patched = screenCells(p.terminal);
		await press(p, '\x0c', () => true);
		expect(screenCells(p.terminal)).toEqual(patched);
	});

	it.each([
		['NO_HYPERLINKS', {NO_HYPERLINKS: '1'}, []],
		['--no-hyperlinks', {}, ['--no-hyperlinks']],
		['TERM=linux', {TERM: 'linux'}, []],
	])('with %s: no OSC 8 at all, the same text', async (_name, extra, flags) => {
		const env = await subscribed();
		const {p} = await start({cols: 80, rows: 24, args: [...flags, ...ARGS], env: {...env, ...LOCAL, ...extra}, ready: /Ferry timetable vote/});
		expect(p.rawSince(0)).not.toContain('\x1b]8;');
		expect(p.screenText().replace(/\n /g, '')).toContain(LONG);
	});

	it.each([
		[80, 24, 'the item’s page', false],
		[120, 40, 'the selected link', true],
	])('O at %ix%i: the screen decodes to %s; a key returns', async (cols, rows, _what, select) => {
		const env = await subscribed();
		const {p} = await start({cols, rows, args: ARGS, env: {...env, ...LOCAL}, ready: /Ferry timetable vote/});
		if (select) await press(p, '\t', () => true);
		const url = select ? 'https://records.example/council/2026-12-01' : `${server.origin}/f`;
		// Not press(): the code's screen has no header, which press() waits for.
		const mark = p.bytesWritten();
		p.press('O');
		await p.waitFor(/any key returns/);
		const raw = p.rawSince(mark);
		// Light modules on a black background, whatever the terminal's own colours.
		expect(raw).toMatch(/\x1b\[(?:9[0-7]|3[0-7]|38;[0-9;]+)m(?:\x1b\[[0-9;]*m)*[█▀▄ ]{20}/);
		expect(decodeHalfBlocks(p.screen())).toBe(url);
		await press(p, 'x', /Ferry timetable vote/);
		expect(p.screenText()).not.toContain('█');
	});

	it('o over SSH: the footer names the copied URL as an OSC 8 link', async () => {
		const env = await subscribed();
		const {p} = await start({cols: 40, rows: 15, args: ARGS, env: {...env, ...LOCAL, SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'}, ready: /Ferry timetable/});
		const raw = await press(p, 'o', /Over SSH/);
		const footer = opened(raw).filter(link => link.id === 'ntf');
		expect(footer.length).toBeGreaterThan(0);
		expect(footer.every(link => link.url === `${server.origin}/f`)).toBe(true);
		expect(unclosedLink(raw)).toBeNull();
	});
});

const hasTmux = (() => {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
})();

describe.runIf(hasTmux)('inside tmux (a session of its own, on its own socket)', () => {
	const socket = `newsterm-links-${process.pid}`;
	let client: PtyProcess | null = null;
	afterEach(() => {
		client?.kill('SIGKILL');
		client = null;
		try {
			execFileSync('tmux', ['-L', socket, 'kill-server'], {stdio: 'ignore'});
		} catch {
			// The server ended with its only session.
		}
	});

	it('the links leave the screen as drawn, and O still draws a code a phone reads', async () => {
		const env = await subscribed();
		const vars = Object.entries({...env, FORCE_COLOR: '1'}).map(([key, value]) => `${key}=${value}`);
		const command = ['env', ...vars, binNode(), BIN, ...ARGS].map(word => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
		const tmux = spawnPty('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-x', '80', '-y', '24', command, ';', 'set', 'status', 'off'], {
			cols: 80,
			rows: 24,
			env: {...LOCAL, TERM: 'xterm-256color'},
		});
		client = tmux;
		await tmux.waitFor(/Read the minutes/, 15_000);
		const text = tmux.screenText();
		expect(text).not.toMatch(/\]8;|id=nt|\x1b/);
		expect(text.replace(/\n /g, '')).toContain(LONG);
		tmux.press('O');
		await tmux.waitFor(/any key returns/, 10_000);
		expect(decodeHalfBlocks(tmux.screen())).toBe(`${server.origin}/f`);
		tmux.press('q');
		await tmux.waitFor(/Read the minutes/, 10_000);
		expect(tmux.screenText()).toBe(text);
		// Quit, so the session, its server and the client end before the folders are removed.
		tmux.press('\x03');
		await tmux.exited;
	});
});
