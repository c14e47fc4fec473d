/**
 * Showing long output through the user's pager, as git does: `$PAGER` (default `less` with
 * `LESS=FRX` unless the user set LESS: quit when it fits one screen, keep colours, leave the text on
 * screen), started with an argument list, the text fed on stdin only.
 */
import {createRequire} from 'node:module';

// node:child_process is loaded when a pager starts, not with the program (docs/performance.md#lazy-builtins).
const load = createRequire(import.meta.url);
const childProcess = (): typeof import('node:child_process') => load('node:child_process') as typeof import('node:child_process');

/** How to start a pager: a program and its arguments, or a shell command line when `PAGER` needs a shell. */
export type PagerCommand = {readonly file: string; readonly args: readonly string[]} | null;

/** Words a plain command line is made of; anything else (quotes, `|`, `$`, `~`…) needs the shell to mean what the user meant. */
const PLAIN = /^[\w\-./=+,:@%]+(?:\s+[\w\-./=+,:@%]+)*$/;

/**
 * The pager `PAGER` names, or null for none: unset is `less`, empty or `cat` is no pager (git's rule).
 * A plain command line is split on spaces and run directly; any other goes to `sh -c` as it is.
 */
export function pagerCommand(pager: string | undefined): PagerCommand {
	const line = (pager ?? 'less').trim();
	if (line === '' || line === 'cat') return null;
	if (PLAIN.test(line)) {
		const [file = line, ...args] = line.split(/\s+/);
		return {file, args};
	}
	return {file: 'sh', args: ['-c', line]};
}

/** Whether the pager showed the text, or could not start (then the caller prints it itself). */
export type PageResult = 'shown' | 'not started';

/** The exit status a shell gives a command it cannot find or run. */
const SHELL_CANNOT_RUN = new Set([126, 127]);

/**
 * Pipes `text` through the pager and waits for the user to leave it. Quitting early closes the pipe
 * (EPIPE), which is normal; Ctrl+C goes to the pager (it is in the foreground group with us), so it
 * must not end newsterm under it and leave the terminal to a pager with no input.
 */
export function page(text: string, command: NonNullable<PagerCommand>, env: NodeJS.ProcessEnv): Promise<PageResult> {
	return new Promise(resolve => {
		const ignore = (): void => undefined;
		process.on('SIGINT', ignore);
		const finish = (result: PageResult): void => {
			process.off('SIGINT', ignore);
			resolve(result);
		};
		const child = childProcess().spawn(command.file, [...command.args], {stdio: ['pipe', 'inherit', 'inherit'], env: {LESS: 'FRX', ...env}});
		child.once('error', () => finish('not started'));
		child.once('close', code => finish(command.file === 'sh' && code !== null && SHELL_CANNOT_RUN.has(code) ? 'not started' : 'shown'));
		child.stdin.on('error', ignore);
		child.stdin.end(text);
	});
}
