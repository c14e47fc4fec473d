/**
 * Full-screen mode done like less and vim: the alternate screen and a hidden cursor while running,
 * and the user's screen, cursor and cooked input back on every way out (quit, Ctrl+C, signals, crashes).
 * One process has one terminal, so the session is module state.
 */
import {constants} from 'node:os';
import {ENTER_FULLSCREEN as ENTER, LEAVE_FULLSCREEN as LEAVE} from '../../core/terminal/index.js';
import {handedOver} from '../frame-cache/index.js';
// SIGQUIT too: with raw mode off again (Ink disables it while unmounting) Ctrl+\ would otherwise dump core.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/** What the session needs besides the terminal. */
export interface SessionOptions {
	/** Keyboard stream whose raw mode is turned off on restore; defaults to process.stdin. */
	readonly stdin?: NodeJS.ReadStream;
	/** Where a crash message goes, after the screen is restored; defaults to process.stderr. */
	readonly stderr?: NodeJS.WritableStream;
	/** Runs right before the terminal is restored: close the screen output so no late frame lands on the user's screen. */
	readonly onRestore?: () => void;
	/** Runs once on every way out, after the restore (e.g. flush the store). Must be synchronous. */
	readonly beforeExit?: () => void;
	/** Label before a crash message. */
	readonly name?: string;
}

let stdout: NodeJS.WriteStream | undefined;
let options: SessionOptions = {};
let installed = false;
let exiting = false;
/** Set while another program has the terminal (`|`): Ctrl+C and Ctrl+\ are for it, not for the reader. */
let lent = false;

/** Writes and ignores a dead terminal (EIO after a hangup): the way out must not throw. */
function attempt(action: () => void): void {
	try {
		action();
	} catch {
		// Nothing useful to do: the terminal is gone or the hook failed while exiting anyway.
	}
}

/** Leaves the alternate screen and shows the cursor; safe to call any number of times. */
export function restoreTerminal(): void {
	const out = stdout;
	if (!out) return;
	stdout = undefined;
	if (options.onRestore) attempt(options.onRestore);
	attempt(() => out.write(LEAVE));
	const stdin = options.stdin ?? process.stdin;
	if (stdin.isTTY) attempt(() => stdin.setRawMode(false));
	// Node's warnings held since the launcher's paint go to the user's screen now (io/frame-cache holdWarnings).
	attempt(() => handedOver()?.releaseWarnings?.());
}

/**
 * Ctrl+Z as vim and less do it: gives the shell its screen, cursor and cooked input, stops the process
 * (SIGTSTP, the signal the tty would have sent without raw mode), and once continued (`fg`, SIGCONT)
 * takes the terminal again and calls `onResume` to repaint. POSIX delivers a signal a process sends
 * itself before kill() returns, so the code after it runs on continue; where the stop is refused (an
 * orphaned process group, with no shell to come back from) it runs at once and the reader simply stays.
 */
export function suspendToShell(onResume: () => void): void {
	const out = stdout;
	if (!out || process.platform === 'win32') return;
	const stdin = options.stdin ?? process.stdin;
	attempt(() => out.write(LEAVE));
	if (stdin.isTTY) attempt(() => stdin.setRawMode(false));
	attempt(() => process.kill(process.pid, 'SIGTSTP'));
	// Restored meanwhile (a signal handler ran on continue): the terminal is the shell's now.
	if (stdout !== out) return;
	attempt(() => out.write(ENTER));
	if (stdin.isTTY) attempt(() => stdin.setRawMode(true));
	onResume();
}

/** The libuv handle under a tty stream, as net.Socket keeps it. */
type TtyHandle = {reading?: boolean; readStop?: () => number; readStart?: () => number};
const handleOf = (stdin: NodeJS.ReadStream): TtyHandle | undefined => (stdin as unknown as {_handle?: TtyHandle})._handle;

/**
 * Stops reading the keyboard; true when the handle's read was stopped. Pausing the stream is not
 * enough: Node keeps reading the tty into the stream's buffer, and a pager reading /dev/tty would
 * lose keys to it.
 */
function stopReading(stdin: NodeJS.ReadStream): boolean {
	stdin.pause();
	const handle = handleOf(stdin);
	if (!handle?.reading || typeof handle.readStop !== 'function') return false;
	handle.reading = false;
	handle.readStop();
	return true;
}

/** Reads the keyboard again. The stream still waits for the read it asked for, so `resume()` alone would not restart the handle. */
function startReading(stdin: NodeJS.ReadStream, stopped: boolean): void {
	const handle = handleOf(stdin);
	if (stopped && handle && typeof handle.readStart === 'function') {
		handle.reading = true;
		handle.readStart();
	}
	stdin.resume();
}

/**
 * Lends the terminal to another program for as long as `run` takes (`|` runs a command): the main
 * screen, the cursor and cooked input as Ctrl+Z gives them, the keyboard left unread so the program
 * gets every key, and Ctrl+C for the program alone. Then takes the terminal back and calls
 * `onResume` to repaint, unless the reader was restored meanwhile (it is leaving).
 */
export async function lendTerminal<T>(run: () => Promise<T>, onResume: () => void): Promise<T> {
	const out = stdout;
	if (!out) return run();
	const stdin = options.stdin ?? process.stdin;
	lent = true;
	attempt(() => out.write(LEAVE));
	if (stdin.isTTY) attempt(() => stdin.setRawMode(false));
	let stopped = false;
	attempt(() => {
		stopped = stopReading(stdin);
	});
	try {
		return await run();
	} finally {
		lent = false;
		if (stdout === out) {
			attempt(() => out.write(ENTER));
			if (stdin.isTTY) attempt(() => stdin.setRawMode(true));
			attempt(() => startReading(stdin, stopped));
			onResume();
		}
	}
}

/** Restores, runs the caller's exit hook once, then exits. */
function leave(code: number): never {
	restoreTerminal();
	if (!exiting) {
		exiting = true;
		if (options.beforeExit) attempt(options.beforeExit);
	}
	process.exit(code);
}

/**
 * The way out for a failure: restore first so the message lands on the user's screen, then print only
 * the message (the stack with NEWSTERM_DEBUG set), then exit 1.
 */
export function crash(error: unknown): never {
	restoreTerminal();
	const debug = process.env['NEWSTERM_DEBUG'] !== undefined && process.env['NEWSTERM_DEBUG'] !== '';
	const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
	attempt(() => (options.stderr ?? process.stderr).write(`${options.name ?? 'newsterm'}: ${text}\n`));
	return leave(1);
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
	// The terminal's Ctrl+C reaches the whole foreground group: the lent program takes it, the reader stays.
	if (lent && (signal === 'SIGINT' || signal === 'SIGQUIT')) return;
	leave(128 + constants.signals[signal]);
}

function onExit(): void {
	restoreTerminal();
	if (!exiting) {
		exiting = true;
		if (options.beforeExit) attempt(options.beforeExit);
	}
}

/**
 * Switches `out` to the alternate screen with the cursor hidden and the keyboard in raw mode (or, with
 * `entered`, takes them as the launcher left them), and installs the restore on every
 * exit path: process exit, SIGINT/SIGTERM/SIGHUP/SIGQUIT (exit code 128 + signal), and uncaught
 * exceptions and rejections (exit code 1). Own signal handlers also stop Ink's signal-exit from
 * re-raising the signal before the exit hook ran.
 */
export function enterFullscreen(out: NodeJS.WriteStream = process.stdout, sessionOptions: SessionOptions = {}, entered = false): void {
	options = sessionOptions;
	// Entered already, for a first frame painted before Ink loaded: entering again would clear it.
	if (stdout === out) return;
	stdout = out;
	exiting = false;
	// `entered`: the launcher took the screen to paint a saved frame (io/terminal/early-frame.ts).
	if (!entered) out.write(ENTER);
	// From here the session puts the terminal back on every way out, not the launcher's own hook.
	const early = handedOver();
	if (early) early.taken = true;
	// Raw mode now, not when Ink's input hook mounts after the first frame: a key typed in between
	// would be echoed by the terminal onto the screen the differ believes it knows.
	const stdin = options.stdin ?? process.stdin;
	if (stdin.isTTY) attempt(() => stdin.setRawMode(true));
	if (installed) return;
	installed = true;
	process.once('exit', onExit);
	for (const signal of SIGNALS) process.on(signal, onSignal);
	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
}
