import {expect} from 'vitest';
import type {PtyProcess} from './pty.js';

/**
 * Checks shared by the pty suites (the fixture app in test/io and the real bin in test/e2e): each
 * run prints `marker` from the shell first, so where that line is says whose screen is showing.
 */

/** The app has the terminal: alternate screen, cursor hidden, the shell's marker line out of sight. */
export function expectTakenOver(p: PtyProcess, marker: string): void {
	expect(p.isAltScreen()).toBe(true);
	expect(p.cursorVisible()).toBe(false);
	expect(p.screenText()).not.toContain(marker);
}

/** The user's screen is back: main screen, cursor shown, the marker line where it was. */
export async function expectRestored(p: PtyProcess, marker: string): Promise<void> {
	await p.settle();
	expect(p.isAltScreen()).toBe(false);
	expect(p.cursorVisible()).toBe(true);
	expect(p.screen()[0]).toBe(marker);
	// Left once: a second leave would restore a cursor position saved by nobody.
	expect(p.rawSince(0).split('\x1b[?1049l')).toHaveLength(2);
}
