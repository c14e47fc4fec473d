import {afterEach, describe, expect, it} from 'vitest';
import {BIN} from '../helpers/bin.js';
import {type PtyProcess, spawnPty} from '../helpers/pty.js';
import {screenCells} from '../helpers/xterm.js';
import {useApp} from './app-pty.js';

const {tempFolder} = useApp();
let running: PtyProcess | undefined;
afterEach(() => running?.kill('SIGKILL'));

// A shell with job control, as the user's: it takes the terminal back when the reader stops, says
// so, and on Enter runs `fg`, which gives the reader the terminal again and sends it SIGCONT.
const SHELL = 'set -m; "$0" "$@"; echo "STOPPED $?"; read line; fg; echo "EXITED $?"';

describe('Ctrl+Z', () => {
	it('gives the shell its screen, and fg brings back the reader repainted where it was', async () => {
		const env = {FORCE_COLOR: '1', NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder()};
		const p = spawnPty('bash', ['--norc', '--noprofile', '-c', SHELL, process.execPath, BIN], {cols: 80, rows: 24, env});
		running = p;
		await p.waitFor(screen => p.isAltScreen() && /q quit/.test(screen.join('\n')) && !screen.join('\n').includes('reading…'));
		p.press('j');
		await p.waitFor(/› Culture/);
		await p.settle();
		const before = screenCells(p.terminal);

		p.press('\x1a');
		await p.waitFor(/STOPPED 148/);
		expect(p.isAltScreen()).toBe(false);
		expect(p.cursorVisible()).toBe(true);

		const mark = p.bytesWritten();
		p.press('\r');
		await p.waitFor(() => p.isAltScreen() && p.bytesWritten() > mark && p.rawSince(mark).endsWith('\x1b[H'));
		await p.settle();
		// Repainted in full: the alternate screen comes back blank, so only a whole frame shows it again.
		expect(p.rawSince(mark)).toContain('\x1b[2J');
		expect(screenCells(p.terminal)).toEqual(before);
		expect(p.cursorVisible()).toBe(false);

		p.press('j');
		await p.waitFor(/› Science/);
		p.press('q');
		await p.waitFor(/EXITED 0/);
		expect(p.isAltScreen()).toBe(false);
	});
});
