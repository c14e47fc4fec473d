import {execFile} from 'node:child_process';
import {chmod, readFile, stat, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {press, useApp} from './app-pty.js';
import {useFixtureFeed} from './fixture-feed.js';

/*
 * `o` in a real terminal: here it starts $BROWSER with the link as one argument; over SSH it starts
 * nothing and sends the link to the user's clipboard with OSC 52 instead.
 */

const {start, tempFolder} = useApp();
const server = useFixtureFeed('harbour-wire.xml');

/** A subscription to the fixture feed in fresh folders, and a fake browser that logs each call's argv as a line. */
async function setUp(): Promise<{env: Record<string, string>; log: string}> {
	const env = {NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder(), NEWSTERM_DATA_DIR: await tempFolder()};
	const added = await new Promise<number>(resolve => {
		execFile(binNode(), [BIN, 'add', `${server.origin}/feed.xml`], {env: {...process.env, ...env}, timeout: 20_000}, error => resolve(error ? 1 : 0));
	});
	expect(added).toBe(0);
	const bin = await tempFolder();
	const log = join(bin, 'argv.log');
	const browser = join(bin, 'fake-browser');
	await writeFile(browser, `#!/bin/sh\n{ for a in "$@"; do printf '[%s]' "$a"; done; echo; } >> "${log}"\n`);
	await chmod(browser, 0o755);
	return {env: {...env, BROWSER: browser, NEWSTERM_REFRESH_MINUTES: '100000'}, log};
}

/** The fake browser's calls, once it has logged `count` of them (it runs detached, after `o` answered). */
async function calls(log: string, count: number): Promise<string[]> {
	for (let tries = 0; tries < 500; tries++) {
		const text = await readFile(log, 'utf8').catch(() => '');
		const lines = text.split('\n').filter(Boolean);
		if (lines.length >= count) return lines;
		await new Promise(resolve => setTimeout(resolve, 10));
	}
	throw new Error(`the fake browser was called fewer than ${count} times`);
}

const PIER = ['--offline', 'open', 'north pier'];
const LOCAL = {SSH_CONNECTION: undefined, SSH_TTY: undefined, TMUX: undefined, STY: undefined};

describe('o opens a link where the reader runs', () => {
	it('locally: $BROWSER gets the item’s page, then, with Tab on the first web link, that link', async () => {
		const {env, log} = await setUp();
		const {p} = await start({cols: 80, rows: 24, args: PIER, env: {...env, ...LOCAL}, ready: /north pier/});
		const raw = await press(p, 'o', /Opened in the browser/);
		expect(raw).not.toContain('\x1b]52;');
		expect(await calls(log, 1)).toEqual([`[${server.origin}/2026/12/north-pier]`]);
		// Tab selects the first link down the screen: the body's "full plan", above the "More from" links.
		p.press('\t');
		p.press('o');
		expect((await calls(log, 2))[1]).toBe(`[${server.origin}/docs/pier-plan.pdf]`);
	});

	it.each([
		['SSH_CONNECTION', {SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'}, []],
		['--remote', {}, ['--remote']],
	])('with %s: no browser, the link copied with OSC 52', async (_, extra, flags) => {
		const {env, log} = await setUp();
		const {p} = await start({cols: 80, rows: 24, args: [...flags, ...PIER], env: {...env, ...LOCAL, ...extra}, ready: /north pier/});
		const raw = await press(p, 'o', /Over SSH: copied the link/);
		const url = `${server.origin}/2026/12/north-pier`;
		expect(raw).toContain(`\x1b]52;c;${Buffer.from(url).toString('base64')}\x07`);
		await expect(stat(log)).rejects.toThrow();
		expect(p.screenText()).toContain('north pier');
	});
});
