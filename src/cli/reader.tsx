import {render} from 'ink';
import {App, type AppProps} from '../ui/app/index.js';
import {type FrameWriter, renderFullscreen} from '../io/terminal/index.js';
import {linkActions} from '../io/platform/index.js';
import {runPiped, saveMarkdown} from '../io/export/index.js';
import {pipeReport} from '../core/export/index.js';
import {yogaReady} from '../runtime/index.js';
import {hyperlinksSupported, localeCharset} from '../core/terminal/index.js';
import {createBodyLoader} from '../core/library/index.js';
import {watchFolders} from '../io/folder/index.js';
import {createFeedsControl} from '../io/feeds/index.js';
import type {FeedsContext} from './feeds/index.js';
import {createSearchIndexer} from '../io/search/index.js';
import {refreshMinutes} from './start/index.js';

/** What the reader needs to run in the user's terminal. */
export type ReaderOptions = Pick<AppProps, 'source' | 'store' | 'initial' | 'scan' | 'noColor' | 'onInput' | 'folders' | 'config' | 'configNotice'> & {
	/** Runs after the terminal is restored when a signal ends the reader (the process exits right after). */
	readonly onLeave?: () => void;
	/** The feeds, whether the network is off limits (`--offline`), and when a key was last pressed. */
	readonly feeds?: {readonly context: FeedsContext; readonly offline: boolean; readonly lastInputAt: () => number};
	/** `--remote`: links are copied, never opened, as over SSH. */
	readonly remote?: boolean;
	/** Where `s` saves articles (`~` is home); the current folder by default. */
	readonly saveDir?: string;
	/** The writer the first frame was painted with before Ink loaded (cli/start), if it was. */
	readonly painted?: FrameWriter;
	/** False with `--no-hyperlinks`; the environment decides too (core/terminal's hyperlinksSupported). */
	readonly hyperlinks?: boolean;
	/** The search index's cache file (io/search's searchCachePath), or null to keep none. */
	readonly searchFile?: string | null;
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
	// The library follows its folders: a change lists them again (a warm listing reads only the files
	// that changed) and reads the bodies held again, so an edited article shows its new text.
	const loader = createBodyLoader(options.source);
	const {scan, folders} = options;
	const watching =
		scan && folders
			? watchFolders(folders, () => {
					void scan.rescan().then(() => loader.refresh());
				})
			: null;
	// What changed between the first listing and the watches starting is seen by one listing more,
	// only when a folder did change: a listing of 10,000 files for nothing stalled keys ~100 ms
	// (docs/performance.md#folder-watch).
	void watching?.ready.then(async () => {
		if (scan && (await watching.changedSince(scan.startedAt))) await scan.rescan();
	});
	const feedsOption = options.feeds;
	const feeds =
		feedsOption && scan
			? createFeedsControl({
					archive: feedsOption.context.archive,
					store: options.store,
					fetcher: feedsOption.context.fetcher,
					subscriptions: feedsOption.context.subscriptions,
					feedSource: feedsOption.context.feedSource,
					scan,
					loader,
					offline: feedsOption.offline,
					now: Date.now,
					lastInputAt: feedsOption.lastInputAt,
				})
			: undefined;
	// The reader opens on the archive and never waits for the network: a stale archive is refreshed behind the first frame.
	const minutes = refreshMinutes(process.env, options.config?.refreshInterval);
	if (minutes !== null) void feeds?.refreshIfStale(minutes * 60_000);
	let redraw = (): void => undefined;
	let suspend = (): void => undefined;
	let control = (_sequence: string): void => undefined;
	// OSC 52 goes out through the frame writer, between frames, so it never lands inside one.
	const links = linkActions({env: process.env, remote: options.remote ?? false, write: sequence => control(sequence)});
	// config.toml's save_dir, else the folder the reader was started in.
	const saveDir = options.saveDir ?? options.config?.saveDir ?? process.cwd();
	let lend = <T,>(run: () => Promise<T>): Promise<T> => run();
	const platform = {
		redraw: () => redraw(),
		suspend: () => suspend(),
		openLink: links.openLink,
		copy: links.copy,
		save: (title: string, markdown: string) => saveMarkdown(saveDir, title, markdown),
		pipe: async (command: string, text: string) => {
			const outcome = await lend(() => runPiped(command, text));
			return {ok: outcome.kind === 'exit' && outcome.code === 0, message: pipeReport(command, outcome)};
		},
	};
	const {onLeave: _, feeds: __, remote: ___, saveDir: ____, hyperlinks: _____, painted, searchFile, ...props} = options;
	const search = scan ? createSearchIndexer({source: options.source, articles: scan.articles, cacheFile: searchFile ?? null}) : undefined;
	const hyperlinks = hyperlinksSupported({env: process.env, enabled: options.hyperlinks ?? true});
	const app = (
		<App
			{...props}
			{...(feeds ? {feeds} : {})}
			loader={loader}
			onExit={flush}
			onBeforeExit={beforeExit}
			platform={platform}
			hyperlinks={hyperlinks}
			{...(search ? {search} : {})}
		/>
	);
	const run = renderFullscreen(app, {
		render,
		beforeExit: () => {
			flush();
			options.onLeave?.();
		},
		// Ctrl+C is a command in our table (forceQuit), so Ink must not take it first.
		exitOnCtrlC: false,
		name: 'newsterm',
		charset: localeCharset(process.env),
		...(painted ? {painted} : {}),
	});
	// The index is built behind the first frame, never before it (the frame writer has written, or a
	// frame was painted before Ink), once the list is complete; then it follows the list (a folder's
	// change, a refresh) reading only what changed.
	const drawn = new Promise<void>(resolve => {
		// Over the launcher's saved frame, Ink's first frame sends nothing: it counts as drawn all the same.
		const check = (): void => void (run.writer.bytesWritten() > 0 || run.writer.framesDrawn() > 0 ? resolve() : setTimeout(check, 20));
		check();
	});
	if (scan && search) {
		void Promise.all([scan.done, drawn]).then(() =>
			setImmediate(() => {
				scan.subscribe(() => search.sync());
				void search.start();
			}),
		);
	}
	redraw = () => run.writer.redraw();
	suspend = () => run.suspend();
	lend = run.lend;
	control = sequence => run.writer.control(sequence);
	try {
		await run.done;
	} finally {
		watching?.stop();
		search?.stop();
	}
	flush();
}
