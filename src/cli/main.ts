import {existsSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import pkg from '../../package.json' with {type: 'json'};
import {parseArgs, type Options} from './args/index.js';
import {type ArticleSource, buildLibrary, startScan} from '../core/library/index.js';
import {checkCommand, fail, listCommand, markReadCommand, pick, readCommand, searchCommand, unreadCommand} from './commands.js';
import {initialState, skippedNotice, type State} from '../core/reader/index.js';
import type {ReadingStore} from '../core/store/index.js';
import type {ArticleMeta} from '../core/article/index.js';
import {usage} from './usage.js';
import {mayPaint, paintFirst, rememberFirstFrame} from './start/index.js';
import {adoptEarlyFrame} from '../io/terminal/index.js';
import {localeCharset} from '../core/terminal/index.js';
import {drawableTerm} from './args/index.js';
import {farewell} from './farewell.js';
import {OutputError, outputFailed, writeOut} from './stdout.js';
import {openConfStore} from '../io/store/index.js';
import {createFolderSource} from '../io/folder/index.js';
import {configCommand, configNotice, startupConfig} from './config/index.js';
import {searchCachePath} from '../io/search/index.js';
import {articleSource, type FeedsContext, showsFolders, feedTitleOf, isFeedCommand, openFeeds, processStreams, runFeedCommand} from './feeds/index.js';

/** Where the bundled articles live: beside `dist/` in the package, found from this file, never the cwd. */
function bundledArticlesDir(): string {
	return fileURLToPath(new URL('../articles/', import.meta.url));
}

function noColorRequested(): boolean {
	const value = process.env['NO_COLOR'];
	return value !== undefined && value !== '';
}

/** The state `newsterm open <query>` starts in: the article over its section, so back lands there. */
function openState(articles: readonly ArticleMeta[], query: string): State | number {
	const meta = pick(articles, query);
	if (typeof meta === 'number') return meta;
	const library = buildLibrary(articles);
	const section = library.sections.indexOf(meta.section);
	const row = library.indexOf(meta.id);
	// Opening an article marks it read, however it was opened: here once the reader has loaded it.
	return {
		quitting: false,
		pendingRead: meta.id,
		stack: [
			{kind: 'sections', pos: {cursor: Math.max(0, section), offset: 0}},
			{kind: 'headlines', section: meta.section, pos: {cursor: Math.max(0, row), offset: Math.max(0, row - 5)}},
			{kind: 'article', id: meta.id, scroll: 0, link: null},
		],
	};
}

/**
 * The longest the reader's first frame waits for a list: long enough for a warm cache of 100,000
 * articles to be read (docs/performance.md#first-list-wait); a cold scan hands out its first article
 * as soon as it has read it, later on a slow disk.
 */
const FIRST_LIST_WAIT_MS = 500;

/** Runs newsterm with the given arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
	try {
		return await run(argv);
	} catch (error) {
		if (error instanceof OutputError) return outputFailed(error);
		throw error;
	}
}

async function run(argv: readonly string[]): Promise<number> {
	const options = parseArgs(argv);
	if ('error' in options) return fail(`${options.error}\nTry 'newsterm --help'.`, 2);
	if (options.help) {
		await writeOut(usage(pkg.version, options.subcommand));
		return 0;
	}
	if (options.version) {
		await writeOut(`${pkg.version}\n`);
		return 0;
	}
	// Before the store is opened: config.toml's command reads only config.toml.
	if (options.subcommand === 'config') return await configCommand(options.init, writeOut);
	const dirs = options.articleDirs.length > 0 ? options.articleDirs : [bundledArticlesDir()];
	for (const dir of dirs) {
		if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(`no such folder: ${dir}`, 1);
	}
	const folderSource = createFolderSource(dirs, {cacheDir: process.env['NEWSTERM_CACHE_DIR'] || undefined});
	// The reader's keys put the store's writes off until they pause (io/store/timers.ts).
	let lastInputAt = -Infinity;
	const store = openConfStore({dir: process.env['NEWSTERM_CONFIG_DIR'] || undefined, lastInputAt: () => lastInputAt});
	const feeds = openFeeds(store);
	// `check` is about article files; everything else that lists shows the feeds' items too.
	const ownFolders = options.articleDirs.length > 0;
	const source = options.subcommand === 'check' ? folderSource : articleSource(folderSource, feeds, {ownFolders, samples: options.samples});
	const session: Session = {
		store,
		feeds,
		folders: dirs,
		notices: [],
		onInput: () => (lastInputAt = Date.now()),
		lastInputAt: () => lastInputAt,
		atLeave: [],
	};
	let said: number | null = null;
	// Once, after the screen is back: after the command here, or from the terminal session's exit hook on a signal.
	const leave = (): number => {
		if (said === null) {
			store.close();
			// After the store's last write, so what is saved with its stamp is what the next start reads.
			for (const action of session.atLeave) action();
			const last = farewell(store.status(), session.notices);
			for (const line of last.lines) process.stderr.write(`${line}\n`);
			said = last.code;
		}
		return said;
	};
	try {
		const code = await subcommand(options, source, session, leave);
		const last = leave();
		return code !== 0 ? code : last;
	} finally {
		leave();
	}
}

/** What a subcommand shares with `main`: the store, the notices to repeat at the end, and the key hook. */
interface Session {
	readonly store: ReadingStore;
	readonly feeds: FeedsContext;
	/** The article folders, which the reader follows while it runs. */
	readonly folders: readonly string[];
	readonly notices: string[];
	readonly onInput: () => void;
	/** When the last key was read (epoch ms). */
	readonly lastInputAt: () => number;
	/** Run once on the way out, after the store is closed. */
	readonly atLeave: (() => void)[];
}

async function subcommand(
	options: Options,
	source: ArticleSource,
	{store, feeds, folders, notices, onInput, lastInputAt, atLeave}: Session,
	leave: () => void,
): Promise<number> {
	if (isFeedCommand(options.subcommand)) return await runFeedCommand(options.subcommand, options, feeds, processStreams(writeOut));
	switch (options.subcommand) {
		case 'list':
			return await listCommand(options, source, store, options.json ? await feedTitleOf(feeds) : undefined);
		case 'read': {
			const {config, problems} = await startupConfig();
			for (const problem of problems) process.stderr.write(`newsterm: ${problem}\n`);
			return await readCommand(options, source, store, feeds, config);
		}
		case 'search':
			return await searchCommand(options, source, store, searchCachePath(folders), options.json ? await feedTitleOf(feeds) : undefined);
		case 'check':
			return await checkCommand(source);
		case 'unread':
			return await unreadCommand(options, source, store);
		case 'mark-read':
			return await markReadCommand(options, source, store);
		case 'config':
			return await configCommand(options.init, writeOut);
		case 'open':
		case 'tui': {
			// A dumb terminal (Emacs' shell, CI logs) shows the reader's escapes as text: the same advice as a pipe.
			if (!process.stdin.isTTY || !process.stdout.isTTY || !drawableTerm(process.env['TERM'])) {
				return fail('the reader needs a terminal; in a pipe use "newsterm list" or "newsterm read"', 1);
			}
			// Raw mode at once, long before Ink reads stdin: a key typed while the reader starts waits in
			// the terminal's queue for it, not echoed (docs/performance.md#paint-first). The terminal
			// session turns it off on every way out.
			// The launcher may have painted a saved frame already (src/runtime/early-paint.ts): the session takes it over.
			const earlyFrame = options.subcommand === 'tui' ? adoptEarlyFrame(localeCharset(process.env)) : undefined;
			if (options.subcommand === 'tui') process.stdin.setRawMode(true);
			// Start listing now, so the first frame can already show the sections. `open` waits for the
			// same scan; nothing is listed twice.
			const scan = startScan(source);
			// config.toml is read while the scan runs; with no file it is one failed open, and no parser loads.
			const settings = startupConfig();
			void scan.done.then(({skipped}) => {
				if (skipped.length > 0) notices.push(skippedNotice(skipped.length));
			});
			let initial: State = initialState;
			if (options.subcommand === 'open') {
				const opened = openState((await scan.done).articles, options.query);
				if (typeof opened === 'number') return opened;
				initial = opened;
			}
			// A warm cache's list is in within milliseconds; waiting a little for it spares a first frame
			// of empty lists, replaced at once (docs/performance.md#first-list-wait). With it, a plain
			// start paints the Sections screen before Ink is even loaded (docs/performance.md#paint-first):
			// `import()` is where the bundle evaluates Ink, React and yoga, so it comes after the paint.
			// Where no frame will be painted, Ink loads at once, while the list is read.
			const paints = options.subcommand === 'tui' && mayPaint({store, feeds, offline: options.offline});
			const early = paints ? null : import('./reader.js');
			await Promise.race([scan.firstList, new Promise(resolve => setTimeout(resolve, FIRST_LIST_WAIT_MS).unref())]);
			const {config, problems} = await settings;
			const facts = {scan, store, feeds, offline: options.offline, config, configProblems: problems.length > 0};
			const scanning = !scan.finished();
			const painted = paints ? paintFirst(facts, earlyFrame) : earlyFrame;
			if (options.subcommand === 'tui') atLeave.push(() => rememberFirstFrame({...facts, folders, scanning}));
			const {runReader} = await (early ?? import('./reader.js'));
			// The reader refreshes a stale archive behind its first frame, unless --offline.
			const readerFeeds = {context: feeds, offline: options.offline, lastInputAt};
			const choice = {ownFolders: options.articleDirs.length > 0, samples: options.samples};
			// Folders not shown are not followed, and an empty library is not explained by them.
			const shown = showsFolders(feeds, choice) ? {folders} : {};
			// With no feeds the Sections footer leads with `a add a feed` (core/reader/commands.ts).
			await runReader({
				source,
				store,
				initial,
				scan,
				noColor: noColorRequested(),
				onInput,
				onLeave: leave,
				...shown,
				feeds: readerFeeds,
				remote: options.remote,
				...(painted ? {painted} : {}),
				config,
				...(problems.length > 0 ? {configNotice: configNotice(problems)} : {}),
				hyperlinks: options.hyperlinks,
				searchFile: searchCachePath(folders),
			});
			return 0;
		}
	}
}
