/** The printing subcommands: `list`, `read` and `check`, and how each says it found nothing. */
import {layoutArticle} from '../core/layout/index.js';
import type {Options} from './args.js';
import {type ArticleSource, findArticle} from '../core/library/index.js';
import {articleJson, listEntries, listText, plainLines, type Flags} from './output.js';
import {plural} from '../core/text/index.js';
import type {ReadingStore} from '../core/store/index.js';
import type {ArticleMeta} from '../core/article/index.js';
import {writeOut} from './stdout.js';

/** Says what went wrong on stderr and returns the exit status to give. */
export const fail = (message: string, code: number): number => {
	process.stderr.write(`newsterm: ${message}\n`);
	return code;
};

/** NO_COLOR set to anything but the empty string (no-color.org). */
export function noColorRequested(): boolean {
	const value = process.env['NO_COLOR'];
	return value !== undefined && value !== '';
}

function flagsFrom(store: ReadingStore): (id: string) => Flags {
	const snapshot = store.snapshot();
	return id => ({read: snapshot.read.has(id), bookmarked: snapshot.bookmarks.has(id)});
}

/** Finds the article a query names, or prints why not: exit 1 for none, 2 for several. */
export function pick(articles: readonly ArticleMeta[], query: string): ArticleMeta | number {
	const found = findArticle(articles, query);
	if (found.kind === 'found') return found.article;
	if (found.kind === 'none') return fail(`no article matches "${query}" (newsterm list shows them all)`, 1);
	const lines = found.candidates.map(article => `  ${article.id}  ${article.title}`).join('\n');
	return fail(`"${query}" matches ${found.candidates.length} articles; name one by id:\n${lines}`, 2);
}

/** `newsterm read`: one article, wrapped, styled only for a terminal. */
export async function readCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const meta = pick(articles, options.query);
	if (typeof meta === 'number') return meta;
	const opened = await source.open(meta.id);
	if (!opened.ok) return fail(`could not read ${meta.id}: ${opened.error}`, 1);
	const flags = flagsFrom(store)(meta.id);
	if (options.json) {
		await writeOut(`${JSON.stringify(articleJson(opened.article, flags), null, 2)}\n`);
		return 0;
	}
	const tty = process.stdout.isTTY === true;
	const width = options.width ?? (tty ? process.stdout.columns || 80 : 80);
	const layout = layoutArticle(opened.article, width, Date.now());
	let text = plainLines(layout.lines);
	if (tty && !noColorRequested()) {
		// Styling code (chalk, the React theme) loads only when a terminal will show it.
		const {ansiLines, createTheme} = await import('../ui/theme/index.js');
		text = ansiLines(layout.lines, createTheme(false));
	}
	await writeOut(`${text}\n`);
	return 0;
}

/** `newsterm list`: every headline with its flags. */
export async function listCommand(options: Options, source: ArticleSource, store: ReadingStore): Promise<number> {
	const {articles} = await source.scan();
	const entries = listEntries(articles, flagsFrom(store));
	await writeOut(options.json ? `${JSON.stringify(entries, null, 2)}\n` : `${listText(entries)}\n`);
	return 0;
}

/** `newsterm check`: the files the scan skipped, and why. */
export async function checkCommand(source: ArticleSource): Promise<number> {
	const {articles, skipped} = await source.scan();
	const lines = skipped.map(item => `skipped  ${item.path}: ${item.reason}\n`);
	await writeOut(`${lines.join('')}${articles.length} articles read, ${plural(skipped.length, 'file')} skipped\n`);
	return 0;
}
