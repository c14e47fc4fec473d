/**
 * The one way the subcommands print: `newsterm list | head -1` closes the pipe early and
 * `> /dev/full` fails the write, and Node reports either as an unhandled 'error' event, a stack trace.
 * Here a write resolves when the text is out and rejects with an `OutputError` otherwise; `main`
 * turns that into an exit status.
 */
import {localeCharset, terminalBytes} from '../core/terminal/index.js';
import {errnoWords} from '../core/text/index.js';

/** A write to stdout failed: the reader of a pipe left (`closed`), or the write itself failed. */
export class OutputError extends Error {
	constructor(
		readonly closed: boolean,
		message: string,
	) {
		super(message);
	}
}

let guarded = false;

/** Keeps an error on stdout or stderr from becoming an uncaught 'error' event; the write's callback reports it instead. */
function guard(): void {
	if (guarded) return;
	guarded = true;
	process.stdout.on('error', () => undefined);
	process.stderr.on('error', () => undefined);
}

/**
 * Writes `text` to stdout; resolves once it is written, rejects with an `OutputError`. A terminal gets
 * it in its charset (core/terminal localeCharset), so `●` or an article's `é` never arrive as broken
 * bytes under a C or Latin-1 locale; a pipe or a file gets UTF-8 as it is.
 */
export function writeOut(text: string): Promise<void> {
	guard();
	const charset = process.stdout.isTTY === true ? localeCharset(process.env) : 'utf8';
	return new Promise((resolve, reject) => {
		process.stdout.write(terminalBytes(text, charset), error => {
			if (!error) return resolve();
			const code = (error as NodeJS.ErrnoException).code;
			reject(new OutputError(code === 'EPIPE', `cannot write the output: ${errnoWords(code) ?? error.message}`));
		});
	});
}

/**
 * The exit status for an output error, saying it in one line on stderr: a closed pipe ends quietly
 * with 0, as git does (the reader had what it wanted), any other failure with 1.
 */
export function outputFailed(error: OutputError): number {
	if (error.closed) return 0;
	process.stderr.write(`newsterm: ${error.message}\n`);
	return 1;
}
