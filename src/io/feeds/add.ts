/**
 * Subscribing to a feed: the one path `newsterm add` and the reader's add prompt share. The feed
 * is fetched once, so a URL that is not a feed is refused with its reason before anything is
 * kept, and the new feed opens with its items already in the archive.
 */
import {type ArchivedFeed, emptyFeed, type FetchState, mergeFetched} from '../../core/archive/index.js';
import {feedSource, safeExternalUrl} from '../../core/article/index.js';
import {type FeedDoc, parseFeedText} from '../../core/feeds/index.js';
import {FEED_ACCEPT, type FetchOutcome} from '../../core/http/index.js';
import {discoverFeeds} from '../../core/html/index.js';
import type {ReadingStore, Subscription} from '../../core/store/index.js';
import {sanitizeText} from '../../core/text/index.js';
import type {Archive} from '../archive/index.js';
import type {Fetcher} from '../http/index.js';

/** What adding a feed needs: the parts a refresh does, and the time of the add (epoch ms). */
interface AddDeps {
	readonly fetcher: Fetcher;
	readonly archive: Archive;
	readonly store: ReadingStore;
	readonly now: number;
}

/** The feed added, how many items it came with, and the page's other feeds; or why nothing was added. */
type AddResult =
	| {readonly ok: true; readonly subscription: Subscription; readonly items: number; readonly others: readonly string[]}
	| {readonly ok: false; readonly reason: string};

/** A fetch that gave a feed: where it ended and what it said. */
type Fetched = {readonly ok: true; readonly outcome: Extract<FetchOutcome, {kind: 'ok'}>; readonly doc: FeedDoc};
type Refused = {readonly ok: false; readonly reason: string; readonly html?: {readonly text: string; readonly url: string}};

/** The URL the user meant: `example.com/feed` is taken as https; anything but http(s) is refused. */
function feedUrlOf(input: string): {readonly url: string} | {readonly reason: string} {
	const trimmed = input.trim();
	if (trimmed === '') return {reason: 'no URL given'};
	// No scheme at all (`example.com/feed`, `localhost:8080/rss`): the web's default, as a browser's address bar does.
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed}`;
	const url = safeExternalUrl(withScheme);
	if (url === null) return {reason: `not an http or https URL: ${sanitizeText(trimmed)}`};
	return {url};
}

const looksLikeHtml = (contentType: string | null, reason: string): boolean =>
	(contentType ?? '').toLowerCase().includes('html') || reason.startsWith('not a feed: a web page');

/** Fetches `url` and reads it as a feed; a web page comes back with its text, for autodiscovery. */
async function fetchFeed(fetcher: Fetcher, url: string, now: number): Promise<Fetched | Refused> {
	// Feed types first, a page after them: the same URL may serve either, and a page is read for its feeds.
	const outcome = await fetcher.fetch({url, accept: FEED_ACCEPT});
	if (outcome.kind === 'error') return {ok: false, reason: outcome.reason};
	// Nothing conditional was sent, so a 304 is the server's mistake: there is no feed to read.
	if (outcome.kind === 'not-modified') return {ok: false, reason: 'the server sent no feed (HTTP 304)'};
	const parsed = parseFeedText(outcome.text, outcome.url, now);
	if (parsed.ok) return {ok: true, outcome, doc: parsed.feed};
	return looksLikeHtml(outcome.contentType, parsed.reason)
		? {ok: false, reason: parsed.reason, html: {text: outcome.text, url: outcome.url}}
		: {ok: false, reason: parsed.reason};
}

/**
 * The subscription already holding any of `urls`: fetched from it now, or first added with it (its
 * key), since a feed that moved keeps the key of the URL it was added with.
 */
function subscribed(store: ReadingStore, urls: readonly string[]): Subscription | undefined {
	const feeds = store.snapshot().feeds;
	for (const url of urls) {
		const byKey = feeds.get(feedSource(url).slice(1));
		if (byKey) return byKey;
	}
	return [...feeds.values()].find(feed => urls.includes(feed.url));
}

const duplicate = (feed: Subscription): AddResult => ({ok: false, reason: `already subscribed: ${feed.title} (${feed.url})`});

/**
 * Adds the feed at `input` (a feed's URL, or a page naming feeds in `<link rel="alternate">`: the
 * first is taken and the rest returned as `others`) under `section` (null: under its own title).
 * Refused: a URL that is not http(s), a fetch that fails (its reason: an HTTP status, a timeout),
 * text that is not a feed, and a feed already subscribed by the URL it ends at after redirects.
 * Never throws.
 */
export async function addFeed(input: string, section: string | null, deps: AddDeps): Promise<AddResult> {
	const given = feedUrlOf(input);
	if ('reason' in given) return {ok: false, reason: given.reason};
	const early = subscribed(deps.store, [given.url]);
	if (early) return duplicate(early);
	const {now} = deps;
	let asked = given.url;
	let others: string[] = [];
	let fetched = await fetchFeed(deps.fetcher, asked, now);
	if (!fetched.ok && fetched.html) {
		const found = discoverFeeds(fetched.html.text, fetched.html.url);
		const [first, ...rest] = found;
		if (first === undefined) return {ok: false, reason: 'not a feed: a web page that names no feed'};
		const known = subscribed(deps.store, [first]);
		if (known) return duplicate(known);
		asked = first;
		others = rest;
		fetched = await fetchFeed(deps.fetcher, asked, now);
		if (!fetched.ok) return {ok: false, reason: `${sanitizeText(first)}: ${fetched.reason}`};
	}
	if (!fetched.ok) return {ok: false, reason: fetched.reason};
	const {outcome, doc} = fetched;
	// A temporary redirect may end elsewhere tomorrow: only a permanent one changes the feed's address.
	const url = outcome.permanentUrl ?? asked;
	const known = subscribed(deps.store, [url, asked, outcome.url]);
	if (known) return duplicate(known);
	const key = feedSource(url).slice(1);
	const title = doc.title !== '' ? doc.title : new URL(url).hostname;
	const state: FetchState = {
		etag: outcome.etag,
		lastModified: outcome.lastModified,
		fetched: now,
		status: 'ok',
		error: null,
		retryAt: null,
		freshUntil: outcome.freshUntil,
	};
	const bookmarks = deps.store.snapshot().bookmarks;
	let feed: ArchivedFeed;
	try {
		// A feed subscribed before keeps its archive: added again, it has its old items back.
		const before = (await deps.archive.readFeed(key)) ?? emptyFeed(key, url, title);
		feed = {...mergeFetched(before, doc, outcome.url, now, id => bookmarks.has(id)), title, state};
		// The archive first: a feed subscribed without its file would list nothing until a refresh.
		await deps.archive.writeFeed(feed);
		await deps.archive.saveListing();
	} catch (error) {
		return {ok: false, reason: `could not save the feed: ${error instanceof Error ? error.message : String(error)}`};
	}
	// One line, made safe: a section is a heading in the reader and a column in `newsterm feeds`.
	const clean = section === null ? '' : sanitizeText(section).replace(/\s+/g, ' ').trim();
	const subscription: Subscription = {key, url, title, section: clean === '' ? null : clean, added: now};
	deps.store.putFeed(subscription);
	return {ok: true, subscription, items: feed.items.length, others};
}
