/**
 * The launcher's first act: paint the frame the last run saved for a start like this one, before
 * the program is read, compiled or run. A warm start's Sections screen is then on the terminal in
 * about the time a bare `node` takes to print a word; the program loads behind it, draws its own
 * first frame over it (diffed: nothing, when nothing changed) and takes the terminal over
 * (docs/performance.md#early-paint). Imported first by launch.ts, and kept to node:tty and the small
 * modules below, so nothing else is evaluated before the paint.
 */
import {isatty} from 'node:tty';
import {fileURLToPath} from 'node:url';
import {end, hash, length, painterLength} from 'newsterm:program';
import {defaultCacheDir} from '../io/dirs/index.js';
import {type EarlyFrame, handOver, holdWarnings, loadSavedFrame, paintSavedFrame, restoreScreen, startIdentity} from '../io/frame-cache/index.js';
import {coldFrame, mayStartReader} from './cold-painter.js';

/** Terminal signals whose default would end the process with the screen still taken. */
const SIGNALS = [
	['SIGTERM', 143],
	['SIGHUP', 129],
] as const;

/**
 * Puts the terminal back if the program leaves before its terminal session took it over (the
 * session then owns every way out), and lets the program do it early (`release`).
 */
function restoreUntilTaken(early: EarlyFrame): void {
	const restore = (): void => {
		if (early.taken) return;
		early.taken = true;
		restoreScreen();
		early.releaseWarnings?.();
	};
	early.release = restore;
	process.once('exit', restore);
	for (const [signal, code] of SIGNALS) {
		process.once(signal, () => {
			if (early.taken) return;
			restore();
			process.exit(code);
		});
	}
}

/**
 * Paints the saved frame for this start if there is a valid one, or on a cold start the cold painter's
 * frame; hands over what the program needs either way.
 */
function paintEarly(): void {
	if (!isatty(0) || !isatty(1)) return;
	const cacheDir = defaultCacheDir();
	const argv = process.argv.slice(2);
	const identity = startIdentity({argv, cwd: process.cwd(), env: process.env});
	const early: EarlyFrame = {build: hash, cacheDir, identity, taken: false};
	const size = (): {cols: number; rows: number} => ({cols: process.stdout.columns, rows: process.stdout.rows});
	const saved = loadSavedFrame(cacheDir, {identity, build: hash, size});
	const frame =
		saved ?? (mayStartReader(argv) ? coldFrame(fileURLToPath(import.meta.url), {end, length, painterLength}, {argv, env: process.env, ...size()}) : null);
	if (frame !== null) {
		try {
			paintSavedFrame(frame.paint, () => {
				early.releaseWarnings = holdWarnings();
				restoreUntilTaken(early);
			});
			early.painted = {frame: frame.frame, ...size()};
		} catch {
			// A terminal that refused raw mode or the write: the program starts as if nothing was saved.
		}
	}
	handOver(early);
}

paintEarly();
