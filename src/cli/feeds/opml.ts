/**
 * `newsterm import <file.opml | ->` and `newsterm export`: subscriptions in and out as OPML, the
 * format every feed reader trades. Import only subscribes (nothing is fetched: a list of 500 feeds
 * must not wait on 500 servers); the reader or `newsterm refresh` fetches them.
 */
import {feedSource} from '../../core/article/index.js';
import {parseOpmlText, toOpml} from '../../core/feeds/index.js';
import {decodeText, plural, sanitizeText} from '../../core/text/index.js';
import {readTextFile} from '../../io/files/index.js';
import type {FeedsContext} from './context.js';
import {failWith, type Streams} from './streams.js';

/** An OPML file larger than this is not a subscription list: tens of thousands of feeds fit in it. */
const MAX_OPML_BYTES = 16 * 1024 * 1024;

/** The text of `file`, or of stdin for `-`, or why it cannot be read. */
async function readInput(file: string, io: Streams): Promise<{readonly text: string} | {readonly reason: string}> {
	if (file === '-') {
		try {
			const decoded = decodeText(await io.stdin(MAX_OPML_BYTES));
			return decoded.ok ? {text: decoded.text} : {reason: decoded.reason};
		} catch (error) {
			return {reason: error instanceof Error ? error.message : String(error)};
		}
	}
	const read = await readTextFile(file, {maxBytes: MAX_OPML_BYTES});
	return read.ok ? {text: read.text} : {reason: read.reason};
}

/**
 * Subscribes to every feed the OPML lists that is not subscribed already (by URL or key), in the
 * file's order, each under its folder's name as its section. Prints `Imported N feeds (M already
 * subscribed)` and how to fetch them. Exit 1 when the file cannot be read or is not OPML.
 */
export async function importCommand(file: string, feeds: FeedsContext, io: Streams, now: () => number = Date.now): Promise<number> {
	const name = file === '-' ? 'stdin' : sanitizeText(file);
	const input = await readInput(file, io);
	if ('reason' in input) return failWith(io, `cannot read ${name}: ${input.reason}`, 1);
	const parsed = parseOpmlText(input.text);
	if (!parsed.ok) return failWith(io, `${name}: ${parsed.reason}`, 1);
	const known = feeds.store.snapshot().feeds;
	const urls = new Set([...known.values()].map(feed => feed.url));
	const start = now();
	let added = 0;
	let already = 0;
	for (const outline of parsed.outlines) {
		const key = feedSource(outline.url).slice(1);
		if (known.has(key) || urls.has(outline.url)) {
			already++;
			continue;
		}
		// One millisecond apart: `feeds` lists by the time added, and this keeps the file's order.
		feeds.store.putFeed({key, url: outline.url, title: outline.title, section: outline.category, added: start + added});
		added++;
	}
	const hint = added > 0 ? '\nThe reader fetches them when it starts, or run newsterm refresh.' : '';
	await io.out(`Imported ${plural(added, 'feed')} (${already} already subscribed)${hint}\n`);
	return 0;
}

/** Prints every subscription as OPML 2.0, sections as folders; exit 1 when there is none to export. */
export async function exportCommand(feeds: FeedsContext, io: Streams): Promise<number> {
	const text = toOpml(feeds.subscriptions().map(feed => ({url: feed.url, title: feed.title, category: feed.section})));
	if (text === null) return failWith(io, 'no feeds to export (newsterm add <url> subscribes to one)', 1);
	await io.out(text.endsWith('\n') ? text : `${text}\n`);
	return 0;
}
