/**
 * Reader mode: an item whose feed gives only a summary gets the article from its web page. The
 * page is fetched, Readability finds the article (loaded only now: with linkedom it is most of the
 * feeds code), and the outcome is kept in the archive, so the full text opens offline afterwards
 * and a page with no article says so instead of retrying on every open.
 */
import {splitId} from '../../core/article/index.js';
import type {FeedsAnswer} from '../../core/library/index.js';
import type {Archive} from '../archive/index.js';
import type {Fetcher} from '../http/index.js';

/** What reader mode needs. */
export interface ReaderModeDeps {
	readonly archive: Archive;
	readonly fetcher: Fetcher;
	readonly now: () => number;
}

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Fetches item `id`'s page and keeps the article found on it, or the reason none was. */
export async function fetchFullText(id: string, deps: ReaderModeDeps): Promise<FeedsAnswer> {
	const key = splitId(id)[0].slice(1);
	const feed = await deps.archive.readFeed(key);
	const item = feed?.items.find(candidate => candidate.id === id);
	if (!feed || !item) return {ok: false, reason: 'This item is no longer in the archive'};
	if (!item.link) return {ok: false, reason: 'This item has no page to fetch'};
	const outcome = await deps.fetcher.fetch({url: item.link, accept: PAGE_ACCEPT});
	let full: {readonly html: string} | {readonly error: string};
	if (outcome.kind === 'ok') {
		const {extractReadable} = await import('../../core/readable/index.js');
		const found = extractReadable(outcome.text, outcome.url);
		full = found.ok ? {html: found.html} : {error: found.reason};
	} else {
		full = {error: outcome.kind === 'error' ? outcome.reason : 'the page sent nothing new'};
	}
	const items = feed.items.map(candidate => (candidate.id === id ? {...candidate, full} : candidate));
	try {
		await deps.archive.writeFeed({...feed, items});
	} catch (error) {
		return {ok: false, reason: `Could not save the page's text: ${error instanceof Error ? error.message : String(error)}`};
	}
	return 'html' in full ? {ok: true, message: 'Full text from the page'} : {ok: false, reason: `No full text: ${full.error}; the summary stays`};
}
