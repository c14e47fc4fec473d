import {App, type AppProps} from '../ui/app/index.js';
import {renderFullscreen} from '../io/terminal/index.js';
import {yogaReady} from '../runtime/index.js';
import {localeCharset} from '../core/terminal/index.js';

/** What the reader needs to run in the user's terminal. */
export type ReaderOptions = Pick<AppProps, 'source' | 'store' | 'initial' | 'scan' | 'noColor' | 'onInput'> & {
	/** Runs after the terminal is restored when a signal ends the reader (the process exits right after). */
	readonly onLeave?: () => void;
};

/**
 * Runs the full-screen reader until the user quits: alternate screen, frame-diffed output, the
 * terminal restored and the store flushed on every way out (q, Ctrl+C, SIGTERM, SIGHUP, a crash).
 */
export async function runReader(options: ReaderOptions): Promise<void> {
	// Ink lays out with yoga's wasm, which compiles in the background from the moment this module
	// loads, while the scan finds the first articles; it is needed only from the first render
	// (docs/performance.md#yoga-without-tla).
	await yogaReady;
	let recordPlace = (): void => undefined;
	const flush = (): void => {
		recordPlace();
		options.store.flush();
	};
	const beforeExit = (record: () => void): void => {
		recordPlace = record;
	};
	let redraw = (): void => undefined;
	let suspend = (): void => undefined;
	const platform = {redraw: () => redraw(), suspend: () => suspend()};
	const {onLeave: _, ...props} = options;
	const run = renderFullscreen(<App {...props} onExit={flush} onBeforeExit={beforeExit} platform={platform} />, {
		beforeExit: () => {
			flush();
			options.onLeave?.();
		},
		// Ctrl+C is a command in our table (forceQuit), so Ink must not take it first.
		exitOnCtrlC: false,
		name: 'newsterm',
		charset: localeCharset(process.env),
	});
	redraw = () => run.writer.redraw();
	suspend = () => run.suspend();
	await run.done;
	flush();
}
