import {render} from 'ink';
import {App, type AppProps} from '../app.js';

/** What the reader needs to run in the user's terminal. */
export type ReaderOptions = Pick<AppProps, 'source' | 'store' | 'initial' | 'articles' | 'noColor' | 'startupMessage'>;

/**
 * Runs the full-screen reader until the user quits. The store is flushed on every way out.
 */
export async function runReader(options: ReaderOptions): Promise<void> {
	const {stdout} = process;
	stdout.write('\x1b[?1049h\x1b[?25l');
	let restored = false;
	const restore = (): void => {
		if (restored) return;
		restored = true;
		options.store.flush();
		stdout.write('\x1b[?25h\x1b[?1049l');
	};
	process.once('exit', restore);
	const instance = render(<App {...options} onExit={() => options.store.flush()} />, {exitOnCtrlC: false, patchConsole: false});
	await instance.waitUntilExit();
	restore();
}
