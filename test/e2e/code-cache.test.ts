/**
 * The bin and its code cache (src/runtime/launch.ts, src/runtime/code-cache.ts): saved by a run, used by the next,
 * and a damaged or refused file never takes a run down. Whether V8 took a file shows on disk: the
 * launcher removes a file it could not use before the program starts, so a file still there, unchanged,
 * after the first frame is one V8 accepted.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Script} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {decodeCodeCache, encodeCodeCache} from '../../src/runtime/code-cache.js';
import type {PtyProcess} from '../helpers/pty.js';
import {press, useApp} from './app-pty.js';

const {start, tempFolder} = useApp();

async function codeFiles(cacheDir: string): Promise<string[]> {
	return (await readdir(cacheDir)).filter(name => /^code-.*\.bin$/.test(name));
}

/** Waits for the run to save its code (it does so after 2 s), and returns the file's name. */
async function savedCode(cacheDir: string, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		for (const name of await codeFiles(cacheDir)) {
			if (decodeCodeCache(await readFile(join(cacheDir, name))) !== undefined) return name;
		}
		if (Date.now() > deadline) throw new Error(`no code cache in ${cacheDir} after ${timeoutMs} ms`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

/** Opens the first article of the first section, scrolls, goes back: the screens on the way. */
async function tour(p: PtyProcess): Promise<string[]> {
	const screens = [p.screenText()];
	for (const key of ['\r', 'j', '\r', 'j', ' ', 'h']) {
		await press(p, key);
		screens.push(p.screenText());
	}
	return screens;
}

/** Quits from any screen (Ctrl+C; q only goes back a level below the top). */
async function quit(p: PtyProcess): Promise<void> {
	p.press('\x03');
	expect((await p.exited).exitCode).toBe(0);
}

describe('the compiled code cache', () => {
	it('is saved by a run, taken by the next, and the screens are the same with it as without', async () => {
		const cacheDir = await tempFolder();
		const first = await start({cols: 80, rows: 24, cacheDir});
		const without = await tour(first.p);
		const name = await savedCode(cacheDir);
		await quit(first.p);
		const saved = await readFile(join(cacheDir, name));

		const second = await start({cols: 80, rows: 24, cacheDir});
		expect(await readFile(join(cacheDir, name))).toEqual(saved);
		expect(await tour(second.p)).toEqual(without);
		await quit(second.p);
	});

	it.each([
		[
			'fails its digest',
			(bytes: Buffer) => {
				const damaged = Buffer.from(bytes);
				damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
				return damaged;
			},
		],
		[
			'passes its digest but V8 refuses it',
			() => {
				const other = new Script('(function other() { return 1; })');
				return encodeCodeCache(other.createCachedData());
			},
		],
	])('in a file that %s, is thrown away and saved anew, and the run goes on as normal', async (_, spoil) => {
		const cacheDir = await tempFolder();
		const first = await start({cols: 80, rows: 24, cacheDir});
		const name = await savedCode(cacheDir);
		await quit(first.p);
		await writeFile(join(cacheDir, name), spoil(await readFile(join(cacheDir, name))));

		const second = await start({cols: 80, rows: 24, cacheDir});
		expect(await codeFiles(cacheDir)).toEqual([]);
		await press(second.p, '\r', /newsterm › Business/);
		expect(await savedCode(cacheDir)).toBe(name);
		await quit(second.p);
	});
});
