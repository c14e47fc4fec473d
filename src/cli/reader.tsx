import {App, type AppProps} from '../ui/app/index.js';
import {renderFullscreen} from '../io/terminal/index.js';
import {yogaReady} from '../runtime/index.js';

/** What the reader needs to run in the user's terminal. */
export type ReaderOptions = Pick<AppProps, 'source' | 'store' | 'initial' | 'scan' | 'noColor' | 'onInput' | 'folders'>;

/**
 * Runs the full-screen reader until the user quits: alternate screen, frame-diffed output, the
 * terminal restored and the store flushed on every way out (q, Ctrl+C, SIGTERM, SIGHUP, a crash).
 */
export async function runReader(options: ReaderOptions): Promise<void> {
	// Ink lays out with yoga's wasm, which compiles in the background from the moment this module
	// loads, while the scan finds the first articles; it is needed only from the first render
	// (docs/performance.md#yoga-without-tla).
	await yogaReady;
	const flush = (): void => options.store.flush();
	let redraw = (): void => undefined;
	const run = renderFullscreen(<App {...options} onExit={flush} platform={{redraw: () => redraw()}} />, {
		beforeExit: flush,
		// Ctrl+C is a command in our table (forceQuit), so Ink must not take it first.
		exitOnCtrlC: false,
		name: 'newsterm',
	});
	redraw = () => run.writer.redraw();
	await run.done;
	flush();
}
