import {chmod, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isRemote, linkActions} from '../../../src/io/platform/links.js';
import {browserCommand} from '../../../src/io/platform/open-link.js';

const URL = 'https://harbour.example/tides?a=1&b=$(touch%20x);c';
const osc52 = (text: string): string => `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;

let dir = '';
let browser = '';
let argvFile = '';

/** Waits for the fake browser's file: it runs detached, so openLink resolves once it started, not ended. */
async function argvWritten(): Promise<string[]> {
	for (let tries = 0; tries < 200; tries++) {
		const done = await stat(`${argvFile}.done`).then(
			() => true,
			() => false,
		);
		if (done) return (await readFile(argvFile, 'utf8')).split('\0').slice(0, -1);
		await new Promise(resolve => setImmediate(resolve));
		await new Promise(resolve => setTimeout(resolve, 10));
	}
	throw new Error('the fake browser never ran');
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'newsterm-browser-'));
	argvFile = join(dir, 'argv');
	browser = join(dir, 'fake-browser');
	// Writes each argument NUL-ended, so an argument with spaces or quotes shows as one.
	await writeFile(browser, `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done > "${argvFile}"\ntouch "${argvFile}.done"\n`);
	await chmod(browser, 0o755);
});
afterAll(async () => {
	await rm(dir, {recursive: true, force: true});
});

describe('isRemote', () => {
	it.each([
		[{}, false, false],
		[{SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'}, false, true],
		[{SSH_TTY: '/dev/pts/3'}, false, true],
		[{SSH_CONNECTION: ''}, false, false],
		[{}, true, true],
	])('%o with --remote %s is %s', (env, flag, remote) => {
		expect(isRemote(env, flag)).toBe(remote);
	});
});

describe('browserCommand: $BROWSER as an argument list', () => {
	it.each([
		[undefined, null],
		['', null],
		['firefox', ['firefox', URL]],
		['firefox --new-tab', ['firefox', '--new-tab', URL]],
		['w3m %s:lynx', ['w3m', URL]],
		['open -a Safari "%s"', ['open', '-a', 'Safari', `"${URL}"`]],
	])('%s', (value, argv) => {
		expect(browserCommand(value, URL)).toEqual(argv);
	});
});

describe('o: the browser here, or the clipboard over SSH', () => {
	it('locally starts $BROWSER with the URL as one argument, no shell, and writes nothing to the terminal', async () => {
		const written: string[] = [];
		const actions = linkActions({
			env: {...process.env, BROWSER: browser, SSH_CONNECTION: undefined, SSH_TTY: undefined},
			remote: false,
			write: s => written.push(s),
		});
		await expect(actions.openLink(URL)).resolves.toEqual({ok: true, message: 'Opened in the browser'});
		expect(await argvWritten()).toEqual([URL]);
		expect(written).toEqual([]);
	});

	it.each([
		['SSH_CONNECTION', {SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'}, false],
		['SSH_TTY', {SSH_TTY: '/dev/pts/3'}, false],
		['--remote', {}, true],
	])('with %s never starts the browser and copies the URL with OSC 52 instead', async (_, extra, remote) => {
		const written: string[] = [];
		let opened = 0;
		const actions = linkActions({
			env: {TERM: 'xterm-256color', BROWSER: browser, ...extra},
			remote,
			write: s => written.push(s),
			open: async () => {
				opened++;
				return {ok: true};
			},
		});
		const answer = await actions.openLink(URL);
		expect(answer).toEqual({ok: true, message: `Over SSH: copied the link to your clipboard instead of opening a browser: ${URL}`, link: URL});
		expect(opened).toBe(0);
		expect(written).toEqual([osc52(URL)]);
	});

	it('says why the browser did not start', async () => {
		const actions = linkActions({env: {BROWSER: join(dir, 'no such browser')}, remote: false, write: () => undefined});
		const answer = await actions.openLink(URL);
		expect(answer.ok).toBe(false);
		expect(answer.message).toMatch(/not found/);
	});
});

describe('y and Y: copying', () => {
	it('copies a link and says so', () => {
		const written: string[] = [];
		const actions = linkActions({env: {TMUX: '/tmp/t,1,0'}, remote: false, write: s => written.push(s)});
		expect(actions.copy(URL, 'link')).toEqual({ok: true, message: `Copied the link to the clipboard: ${URL}`, link: URL});
		expect(written).toEqual([`\x1bPtmux;\x1b${osc52(URL)}\x1b\\`]);
	});

	it('refuses text too long for a terminal, writes nothing, and says how long it is', () => {
		const written: string[] = [];
		const actions = linkActions({env: {}, remote: false, write: s => written.push(s)});
		const answer = actions.copy('word '.repeat(40_000), 'text');
		expect(answer).toEqual({ok: false, message: 'Too long to copy: 196 KB (terminals take about 74 KB)'});
		expect(written).toEqual([]);
		expect(actions.copy('A short article.\n', 'text')).toEqual({ok: true, message: "Copied the article's text to the clipboard"});
		expect(written).toEqual([osc52('A short article.\n')]);
	});
});
