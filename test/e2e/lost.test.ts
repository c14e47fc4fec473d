/**
 * Nothing is lost silently: a store that cannot be written is marked on screen while the reader
 * runs, and what stayed in memory is listed on stderr, on the user's screen, after the reader leaves.
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {expectRestored} from '../helpers/terminal-checks.js';
import {MARKER, press, useApp} from './app-pty.js';

const {start, tempFolder} = useApp();

/** A config folder below a regular file: unwritable even for root. */
async function blockedConfigDir(): Promise<string> {
	const root = await tempFolder();
	writeFileSync(join(root, 'file'), 'not a folder');
	return join(root, 'file', 'sub');
}

describe('a config folder that cannot be written', () => {
	it('marks the header, says each change is not saved, and lists the loss on stderr with status 1', async () => {
		const configDir = await blockedConfigDir();
		const {p} = await start({cols: 80, rows: 24, configDir});
		expect(p.screen()[0]).toMatch(/not saved · 1\/6 $/);
		await press(p, '\r', /newsterm › Business +not saved/);
		await press(p, '\r', /Business · \d{4}-/);
		await press(p, 'b', 'Bookmarked (not saved)');
		expect(p.screen()[0]).toContain('not saved');
		await press(p, 'r', 'Marked unread (not saved)');
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(1);
		await expectRestored(p, MARKER);
		const after = p.screen().join('').replace(/\s+/g, ' ');
		expect(after).toContain(
			`newsterm: not saved: 1 read mark and 1 bookmark changed in this session could not be written to ${join(configDir, 'config.json')}`,
		);
	});

	it('at 40 columns the marker still shows', async () => {
		const configDir = await blockedConfigDir();
		const {p} = await start({cols: 40, rows: 15, configDir});
		expect(p.screen()[0]).toContain('not saved · 1/6');
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
	});
});
