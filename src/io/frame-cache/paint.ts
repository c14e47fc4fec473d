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

/**
 * Holds Node's own warnings (such as "The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being
 * set") from now until the returned function is called. Node prints them to stderr a tick after they
 * arise, which is after the launcher's paint: they would land on the painted screen, where the frame
 * writer does not know of them. Released, they are printed as Node would have, on the user's screen.
 */
export function holdWarnings(): () => void {
	const printers = process.listeners('warning');
	for (const printer of printers) process.removeListener('warning', printer);
	const held: Error[] = [];
	const hold = (warning: Error): void => {
		held.push(warning);
	};
	process.on('warning', hold);
	let released = false;
	return () => {
		if (released) return;
		released = true;
		process.removeListener('warning', hold);
		for (const printer of printers) process.on('warning', printer);
		for (const warning of held) for (const printer of printers) printer(warning);
	};
}
