/** The subcommands that print and exit: `list`, `read` and `check`, and the messages they share with `open`. */
import {layoutArticle} from '../core/layout/index.js';
import type {Options} from './args.js';
import type {ArticleSource} from '../core/library/index.js';
import {articleJson, listEntries, listTerminalText, listText, plainLines, type Flags} from './output.js';
import {plural} from '../core/text/index.js';
import type {ReadingStore} from '../core/store/index.js';
import {type ArticleMeta, isFeedShaped} from '../core/article/index.js';
import {fetchFullText} from '../io/feeds/index.js';
import type {FeedsContext} from './feeds/index.js';
import {pickArticle} from './pick.js';
import {colorWanted, type ReadTarget, readWidth, showText} from './read-output.js';
import {writeOut} from './stdout.js';

/** Prints `newsterm: message` on stderr and returns the exit status to end with. */
export const fail = (message: string, code: number): number => {
	process.stderr.write(`newsterm: ${message}\n`);
	return code;
};

function flagsFrom(store: ReadingStore): (id: string) => Flags {
	const snapshot = store.snapshot();
	return id => ({read: snapshot.read.has(id), bookmarked: snapshot.bookmarks.has(id)});
}

/** Finds the article a query names, or prints why not and returns the exit status. */
export function pick(articles: readonly ArticleMeta[], query: string): ArticleMeta | number {
	const picked = pickArticle(articles, query);
	return 'code' in picked ? fail(picked.message, picked.code) : picked;
}

/**
 * `newsterm read`: one article, laid out, coloured and paged as the terminal and options say; `--json`
 * as data. With `--full`, a feed item's page is fetched first and its article kept (reader mode).
 */
export async function readCommand(options: Options, source: ArticleSource, store: ReadingStore, feeds: FeedsContext): Promise<number> {
	const {articles} = await source.scan();
	const meta = pick(articles, options.query);
	if (typeof meta === 'number') return meta;
	if (options.full) {
		if (!isFeedShaped(meta.id)) return fail(`--full fetches a feed item's page; ${meta.id} is a file`, 1);
		if (options.offline) return fail('--full needs the network, and --offline was given', 1);
		const answer = await fetchFullText(meta.id, {archive: feeds.archive, fetcher: feeds.fetcher(), now: Date.now});
		// The summary is still worth reading: the failure is said, and the text shown.
		if (!answer.ok) process.stderr.write(`newsterm: ${answer.reason}\n`);
		feeds.feedSource.forget();
	}
	const opened = await source.open(meta.id);
	if (!opened.ok) return fail(`could not read ${meta.id}: ${opened.error}`, 1);
	const flags = flagsFrom(store)(meta.id);
	if (options.json) {
		await writeOut(`${JSON.stringify(articleJson(opened.article, flags), null, 2)}\n`);
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

/** `newsterm list`: every headline, fitted to a terminal or whole into a pipe; `--json` as data, feed items with their feed's title. */
export async function listCommand(options: Options, source: ArticleSource, store: ReadingStore, feedOf?: (id: string) => string | null): Promise<number> {
	const {articles} = await source.scan();
	const entries = listEntries(articles, flagsFrom(store), feedOf);
	if (options.json) {
		await writeOut(`${JSON.stringify(entries, null, 2)}\n`);
		return 0;
	}
	const text = process.stdout.isTTY ? listTerminalText(entries, process.stdout.columns || 80) : listText(entries);
	// No articles prints nothing, not an empty line: `newsterm list | wc -l` counts articles.
	if (text !== '') await writeOut(`${text}\n`);
	return 0;
}

/** How many articles `check` parses at once: enough to overlap reads, few enough to bound memory. */
const CHECK_BATCH = 16;

/**
 * `newsterm check`: the files skipped and why, then each parsed article's format problems (the
 * listing reads only titles and dates, so every body is parsed here to find them), then the counts.
 */
export async function checkCommand(source: ArticleSource): Promise<number> {
	const {articles, skipped} = await source.scan();
	for (const item of skipped) await writeOut(`skipped  ${item.path}: ${item.reason}\n`);
	const ids = articles.map(article => article.id).sort();
	let withProblems = 0;
	for (let i = 0; i < ids.length; i += CHECK_BATCH) {
		const batch = ids.slice(i, i + CHECK_BATCH);
		const opened = await Promise.all(batch.map(id => source.open(id)));
		for (const [j, result] of opened.entries()) {
			const problems = result.ok ? result.article.problems : [`could not be read: ${result.error}`];
			if (problems.length > 0) withProblems++;
			for (const problem of problems) await writeOut(`problem  ${batch[j]}: ${problem}\n`);
		}
	}
	const problemCount = withProblems > 0 ? ` (${withProblems} with format problems)` : '';
	await writeOut(`${plural(articles.length, 'article')} parsed${problemCount}, ${plural(skipped.length, 'file')} skipped\n`);
	return 0;
}
