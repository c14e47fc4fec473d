/** The subcommands that print and exit: `list`, `read` and `check`, and the messages they share with `open`. */
import {layoutArticle} from '../core/layout/index.js';
import {articleMarkdown} from '../core/export/index.js';
import type {Options} from './args/index.js';
import {DEFAULT_CONFIG} from '../core/config/index.js';
import {type ArticleSource, buildLibrary, matchSection, unreadCounts} from '../core/library/index.js';
import {articleJson, filterEntries, listEntries, listTerminalText, listText, plainLines, type Flags} from './output.js';
import {plural, sanitizeText} from '../core/text/index.js';
import type {ReadingStore} from '../core/store/index.js';
import {type ArticleMeta, isFeedShaped} from '../core/article/index.js';
import {fetchFullText} from '../io/feeds/index.js';
import type {FeedsContext} from './feeds/index.js';
import {pickArticle} from './pick.js';
import {colorWanted, type ReadTarget, readWidth, showText} from './read-output.js';
import {writeOut} from './stdout.js';
import {indexedArticles} from '../io/search/index.js';
import {handedOver} from '../io/frame-cache/index.js';

/** Prints `newsterm: message` on stderr and returns the exit status to end with. */
export const fail = (message: string, code: number): number => {
	// The launcher may have painted a saved frame: the message must land on the user's screen.
	handedOver()?.release?.();
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
export async function readCommand(options: Options, source: ArticleSource, store: ReadingStore, feeds: FeedsContext, config = DEFAULT_CONFIG): Promise<number> {
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
	// The same file `s` saves, whole and unwrapped: for a pipe or a redirect, so never through the pager.
	if (options.markdown) {
		await writeOut(articleMarkdown(opened.article));
		return 0;
	}
	const target: ReadTarget = {isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, env: process.env};
	const layout = layoutArticle(opened.article, readWidth(options.width, target, config.textWidth), Date.now(), config.dateFormat);
	let text = plainLines(layout.lines);
	if (colorWanted(options.color, target)) {
		// Styling code (chalk, the React theme) loads only when the text will be coloured.
		const {ansiLines, createTheme} = await import('../ui/theme/index.js');
		text = ansiLines(layout.lines, createTheme(false, config.theme));
	}
	await showText(text, options.pager, target);
	return 0;
}

/** Why `--section` matched nothing, with the near names ("did you mean") when there are any. */
function noSection(name: string, suggestions: readonly string[]): string {
	const asked = `no section named "${sanitizeText(name)}"`;
	return suggestions.length === 0
		? `${asked} (newsterm unread lists those with unread)`
		: `${asked}; did you mean ${suggestions.map(found => `"${sanitizeText(found)}"`).join(' or ')}?`;
}

/** `newsterm list`: every headline, fitted to a terminal or whole into a pipe; `--json` as data, feed items with their feed's title. */
export async function listCommand(options: Options, source: ArticleSource, store: ReadingStore, feedOf?: (id: string) => string | null): Promise<number> {
	const {articles} = await source.scan();
	let section: string | null = null;
	if (options.section !== null) {
		const matched = matchSection(buildLibrary(articles).sections, options.section);
		if ('suggestions' in matched) return fail(noSection(options.section, matched.suggestions), 1);
		section = matched.section;
	}
	const entries = filterEntries(listEntries(articles, flagsFrom(store), feedOf), {...options, section});
	if (options.json) {
		await writeOut(`${JSON.stringify(entries, null, 2)}\n`);
		return 0;
	}
	const text = process.stdout.isTTY ? listTerminalText(entries, process.stdout.columns || 80) : listText(entries);
	// No articles prints nothing, not an empty line: `newsterm list | wc -l` counts articles.
	if (text !== '') await writeOut(`${text}\n`);
	return 0;
}

/**
 * `newsterm search <words>`: the articles that have every word (the last may be the start of one),
 * title hits first, newest first, printed as `list` prints; from the cached index, brought up to date
 * (said on stderr when that takes a while). Nothing found exits 1.
 */
export async function searchCommand(
	options: Options,
	source: ArticleSource,
	store: ReadingStore,
	cacheFile: string,
	feedOf?: (id: string) => string | null,
): Promise<number> {
	const {articles} = await source.scan();
	const index = await indexedArticles({
		source,
		articles,
		cacheFile,
		onSlow: () => process.stderr.write('newsterm: building the search index (later searches use it)…\n'),
		onSaveError: message => process.stderr.write(`newsterm: ${message}\n`),
	});
	const byId = new Map(articles.map(meta => [meta.id, meta]));
	const found = index
		.search(options.query)
		.ids()
		.flatMap(id => byId.get(id) ?? []);
	const shown = options.limit === null ? found : found.slice(0, options.limit);
	const flags = flagsFrom(store);
	// One at a time: listEntries orders by date, and the results keep their own order (title hits first).
	const entries = shown.flatMap(meta => listEntries([meta], flags, feedOf));
	if (options.json) await writeOut(`${JSON.stringify(entries, null, 2)}\n`);
	else if (entries.length > 0) await writeOut(`${process.stdout.isTTY ? listTerminalText(entries, process.stdout.columns || 80) : listText(entries)}\n`);
	return entries.length > 0 ? 0 : fail(`no article has ${sanitizeText(options.query)}`, 1);
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

/**
 * `newsterm unread`: how many articles are unread, for status bars (tmux, starship): `--count` only the
 * number, `--json` `{total, sections: {name: n}}`, else one line per section with unread and the total.
 */
export async function unreadCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const counts = unreadCounts(buildLibrary(articles), store.snapshot().read);
	if (options.json) await writeOut(`${JSON.stringify(counts)}\n`);
	else if (options.count) await writeOut(`${counts.total}\n`);
	else {
		const lines = Object.entries(counts.sections).map(([name, n]) => `${String(n).padStart(6)}  ${sanitizeText(name)}`);
		await writeOut(`${[...lines, `${String(counts.total).padStart(6)}  unread`].join('\n')}\n`);
	}
	return 0;
}

/**
 * `newsterm mark-read <id | --section S | --all>`: marks articles read as the reader's `r`, `A` and `C`
 * do, and says what it marked. Nothing matched (no such article or section, no articles) exits 1.
 */
export async function markReadCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const read = store.snapshot().read;
	let chosen: readonly ArticleMeta[];
	let where: string;
	if (options.all) {
		if (articles.length === 0) return fail('no articles to mark', 1);
		[chosen, where] = [articles, 'everywhere'];
	} else if (options.section !== null) {
		const wanted = options.section.toLowerCase();
		chosen = articles.filter(article => article.section.toLowerCase() === wanted);
		if (chosen.length === 0) return fail(`no section named "${sanitizeText(options.section)}" (newsterm unread lists those with unread)`, 1);
		where = `in ${sanitizeText(chosen[0]?.section ?? '')}`;
	} else {
		const meta = pick(articles, options.query);
		if (typeof meta === 'number') return meta;
		[chosen, where] = [[meta], `${meta.id}  ${sanitizeText(meta.title)}`];
	}
	const unread = chosen.filter(article => !read.has(article.id));
	for (const article of unread) store.setRead(article.id, true);
	const one = options.query !== '';
	const said = one
		? `${unread.length > 0 ? 'Marked read' : 'Already read'}: ${where}`
		: unread.length > 0
			? `Marked ${unread.length} read ${where}`
			: `Nothing unread ${where}`;
	await writeOut(`${said}\n`);
	return 0;
}
