/**
 * The terminal side of the launcher's early paint: taking the screen for a saved frame, and giving
 * it back when the program leaves before its terminal session took it over.
 */
import {writeSync} from 'node:fs';
import type {SavedFrame} from '../../core/frame-cache/index.js';
import {ENTER_FULLSCREEN, LEAVE_FULLSCREEN} from '../../core/terminal/index.js';

/**
 * Raw keys, the alternate screen, and a frame's `paint` (a saved frame's, or the cold painter's) on it. Raw mode first: a key typed from now on
 * waits, unechoed, for the program to read it. Throws what the terminal refused.
 */
export function paintSavedFrame(paint: SavedFrame['paint'], beforeWrite: () => void): void {
	process.stdin.setRawMode(true);
	beforeWrite();
	// Blocking: Node made the tty's stdout blocking when it set it up to ask its size.
	writeSync(1, ENTER_FULLSCREEN + paint, null, 'latin1');
}

/** The user's screen, cursor and cooked keys back. Never throws: it runs on the way out. */
export function restoreScreen(): void {
	try {
		writeSync(1, LEAVE_FULLSCREEN);
		process.stdin.setRawMode(false);
	} catch {
		// The terminal is gone.
	}
}
