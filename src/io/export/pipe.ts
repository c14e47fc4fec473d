/**
 * `|`: the article's plain text on the stdin of a command the user typed, run as newsboat and mutt
 * run theirs, through `sh -c` (the text typed is the user's own command line, so a shell reading it
 * is the point). The command has the terminal (a pager reads keys from /dev/tty), and when it ends
 * the shell waits for Enter, as vim's `:!` and mutt's wait_key do, so output such as `wc -w`'s can be
 * read before the reader draws over it.
 */
import {spawn} from 'node:child_process';
import {constants} from 'node:os';
import type {PipeOutcome} from '../../core/export/index.js';

/**
 * The outer shell: runs the command in its own `sh -c`, keeps its status, waits for Enter on the
 * terminal, and exits with that status. Ctrl+C goes to the whole foreground group: a trap that does
 * nothing (not an ignore, which the command would inherit) keeps this shell until the command is done.
 */
const SCRIPT =
	'trap : INT QUIT\nsh -c "$1"\nstatus=$?\nif [ "$2" = wait ]; then printf "\\n[newsterm] Press Enter to return " >&2; read -r _ </dev/tty; fi\nexit "$status"';

/** The highest signal number a shell reports as 128 + n. */
const SIGNAL_MAX = 64;

/** The name of signal `n` (`SIGINT` for 2), as os.constants lists it. */
function signalName(n: number): string | undefined {
	return Object.entries(constants.signals).find(([, value]) => value === n)?.[0];
}

/** A shell's exit status: 128 + n is the command ended by signal n (the shell's own convention). */
function outcomeOf(code: number | null, signal: NodeJS.Signals | null): PipeOutcome {
	if (signal !== null) return {kind: 'signal', signal};
	const status = code ?? 0;
	const name = status > 128 && status <= 128 + SIGNAL_MAX ? signalName(status - 128) : undefined;
	return name ? {kind: 'signal', signal: name} : {kind: 'exit', code: status};
}

/** How to run a piped command. */
export interface PipeOptions {
	readonly env?: NodeJS.ProcessEnv;
	/** Wait for Enter on the terminal once the command is done (the reader does; a test has no terminal to wait on). */
	readonly wait?: boolean;
}

/**
 * Runs `command` with `text` on its stdin and its output on the terminal, and resolves when it and
 * the wait for Enter are over; never rejects. The caller has lent it the terminal (cooked mode, main screen).
 */
export function runPiped(command: string, text: string, {env = process.env, wait = true}: PipeOptions = {}): Promise<PipeOutcome> {
	return new Promise(resolve => {
		let child: ReturnType<typeof spawn>;
		try {
			child = spawn('sh', ['-c', SCRIPT, 'newsterm', command, wait ? 'wait' : 'no'], {stdio: ['pipe', 'inherit', 'inherit'], env});
		} catch (error) {
			resolve({kind: 'failed', code: (error as {code?: string}).code, message: error instanceof Error ? error.message : String(error)});
			return;
		}
		child.once('error', error => resolve({kind: 'failed', code: (error as {code?: string}).code, message: error.message}));
		child.once('close', (code, signal) => resolve(outcomeOf(code, signal)));
		// A command that does not read all of it (`head -1`, `true`) closes the pipe early: that is fine.
		child.stdin?.on('error', () => undefined);
		child.stdin?.end(text);
	});
}
