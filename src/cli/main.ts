import {existsSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import pkg from '../../package.json' with {type: 'json'};
import {layoutArticle} from '../core/layout/index.js';
import {parseArgs, type Options} from './args.js';
import {type ArticleSource, buildLibrary, startScan} from '../core/library/index.js';
import {articleJson, listEntries, listTerminalText, listText, plainLines, type Flags} from './output.js';
import {initialState, type State} from '../core/reader/index.js';
import {plural} from '../core/text/index.js';
import type {ReadingStore} from '../core/store/index.js';
import type {ArticleMeta} from '../core/article/index.js';
import {usage} from './usage.js';
import {pickArticle} from './pick.js';
import {colorWanted, type ReadTarget, readWidth, showText} from './read-output.js';
import {openConfStore} from '../io/store/index.js';
import {createFolderSource} from '../io/folder/index.js';

/** Where the bundled articles live: beside `dist/` in the package, found from this file, never the cwd. */
function bundledArticlesDir(): string {
	return fileURLToPath(new URL('../articles/', import.meta.url));
}

const fail = (message: string, code: number): number => {
	process.stderr.write(`newsterm: ${message}\n`);
	return code;
};

function noColorRequested(): boolean {
	const value = process.env['NO_COLOR'];
	return value !== undefined && value !== '';
}

function flagsFrom(store: ReadingStore): (id: string) => Flags {
	const snapshot = store.snapshot();
	return id => ({read: snapshot.read.has(id), bookmarked: snapshot.bookmarks.has(id)});
}

/** Finds the article a query names, or prints why not and returns the exit status. */
function pick(articles: readonly ArticleMeta[], query: string): ArticleMeta | number {
	const picked = pickArticle(articles, query);
	return 'code' in picked ? fail(picked.message, picked.code) : picked;
}

async function readCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const meta = pick(articles, options.query);
	if (typeof meta === 'number') return meta;
	const opened = await source.open(meta.id);
	if (!opened.ok) return fail(`could not read ${meta.id}: ${opened.error}`, 1);
	const flags = flagsFrom(store)(meta.id);
	if (options.json) {
		process.stdout.write(`${JSON.stringify(articleJson(opened.article, flags), null, 2)}\n`);
		return 0;
	}
	const target: ReadTarget = {isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, env: process.env};
	const layout = layoutArticle(opened.article, readWidth(options.width, target), Date.now());
	let text = plainLines(layout.lines);
	if (colorWanted(options.color, target)) {
		// Styling code (chalk, the React theme) loads only when the text will be coloured.
		const {ansiLines, createTheme} = await import('../ui/theme/index.js');
		text = ansiLines(layout.lines, createTheme(false));
	}
	await showText(text, options.pager, target);
	return 0;
}

async function listCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const entries = listEntries(articles, flagsFrom(store));
	if (options.json) {
		process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
		return 0;
	}
	const text = process.stdout.isTTY ? listTerminalText(entries, process.stdout.columns || 80) : listText(entries);
	// No articles prints nothing, not an empty line: `newsterm list | wc -l` counts articles.
	if (text !== '') process.stdout.write(`${text}\n`);
	return 0;
}

/** How many articles `check` parses at once: enough to overlap reads, few enough to bound memory. */
const CHECK_BATCH = 16;

/**
 * `newsterm check`: the files skipped and why, then each parsed article's format problems (the
 * listing reads only titles and dates, so every body is parsed here to find them), then the counts.
 */
async function checkCommand(source: ArticleSource): Promise<number> {
	const {articles, skipped} = await source.scan();
	for (const item of skipped) process.stdout.write(`skipped  ${item.path}: ${item.reason}\n`);
	const ids = articles.map(article => article.id).sort();
	let withProblems = 0;
	for (let i = 0; i < ids.length; i += CHECK_BATCH) {
		const batch = ids.slice(i, i + CHECK_BATCH);
		const opened = await Promise.all(batch.map(id => source.open(id)));
		for (const [j, result] of opened.entries()) {
			const problems = result.ok ? result.article.problems : [`could not be read: ${result.error}`];
			if (problems.length > 0) withProblems++;
			for (const problem of problems) process.stdout.write(`problem  ${batch[j]}: ${problem}\n`);
		}
	}
	const problemCount = withProblems > 0 ? ` (${withProblems} with format problems)` : '';
	process.stdout.write(`${plural(articles.length, 'article')} parsed${problemCount}, ${plural(skipped.length, 'file')} skipped\n`);
	return 0;
}

/** The state `newsterm open <query>` starts in: the article over its section, so back lands there. */
function openState(articles: readonly ArticleMeta[], query: string): State | number {
	const meta = pick(articles, query);
	if (typeof meta === 'number') return meta;
	const library = buildLibrary(articles);
	const section = library.sections.indexOf(meta.section);
	const row = library.indexOf(meta.id);
	return {
		quitting: false,
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
	const options = parseArgs(argv);
	if ('error' in options) return fail(`${options.error}\nTry 'newsterm --help'.`, 2);
	if (options.help) {
		process.stdout.write(usage(pkg.version, options.subcommand));
		return 0;
	}
	if (options.version) {
		process.stdout.write(`${pkg.version}\n`);
		return 0;
	}
	const dirs = options.articleDirs.length > 0 ? options.articleDirs : [bundledArticlesDir()];
	for (const dir of dirs) {
		if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(`no such folder: ${dir}`, 1);
	}
	const source = createFolderSource(dirs, {cacheDir: process.env['NEWSTERM_CACHE_DIR'] || undefined});
	// The reader's keys put the store's writes off until they pause (io/store/timers.ts).
	let lastInputAt = -Infinity;
	const store = openConfStore({dir: process.env['NEWSTERM_CONFIG_DIR'] || undefined, lastInputAt: () => lastInputAt});
	try {
		switch (options.subcommand) {
			case 'list':
				return await listCommand(options, source, store);
			case 'read':
				return await readCommand(options, source, store);
			case 'check':
				return await checkCommand(source);
			case 'open':
			case 'tui': {
				if (!process.stdin.isTTY || !process.stdout.isTTY) {
					return fail('the reader needs a terminal; in a pipe use "newsterm list" or "newsterm read"', 1);
				}
				// Start listing now: reading the list cache overlaps loading Ink, so the first frame can
				// already show the sections. `open` waits for the same scan; nothing is listed twice.
				const scan = startScan(source);
				let initial: State = initialState;
				if (options.subcommand === 'open') {
					const opened = openState((await scan.done).articles, options.query);
					if (typeof opened === 'number') return opened;
					initial = opened;
					// Opening an article marks it read, however it was opened.
					const top = opened.stack.at(-1);
					if (top?.kind === 'article') store.setRead(top.id, true);
				}
				// Ink loads meanwhile. A warm cache's list is normally in by then; waiting a little for it
				// spares a first frame of empty lists, drawn on cold code and replaced at once
				// (docs/performance.md#first-list-wait).
				const reader = import('./reader.js');
				await Promise.race([scan.firstList, new Promise(resolve => setTimeout(resolve, FIRST_LIST_WAIT_MS).unref())]);
				const {runReader} = await reader;
				const onInput = (): void => {
					lastInputAt = Date.now();
				};
				await runReader({source, store, initial, scan, noColor: noColorRequested(), onInput, folders: dirs});
				return 0;
			}
		}
	} finally {
		store.close();
	}
}
