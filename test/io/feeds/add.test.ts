import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {feedSource} from '../../../src/core/article/index.js';
import {type Archive, openArchive} from '../../../src/io/archive/index.js';
import {addFeed} from '../../../src/io/feeds/index.js';
import {createMemoryFetcher, failed, type MemoryFetcher, ok} from '../../doubles/memory-fetcher.js';
import {createMemoryStore, type MemoryStore} from '../../doubles/memory-store.js';
import {tempDir} from '../../helpers/bin.js';
import {pageText, rssText} from '../../helpers/feed-texts.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const FEED = 'https://news.example/feed.xml';

let data: ReturnType<typeof tempDir>;
let archive: Archive;
let store: MemoryStore;
let fetcher: MemoryFetcher;
let deps: Parameters<typeof addFeed>[2];

beforeEach(() => {
	data = tempDir('newsterm-add-');
	archive = openArchive(data.path);
	store = createMemoryStore();
	fetcher = createMemoryFetcher();
	deps = {fetcher, archive, store, now: NOW};
});
afterEach(() => data.remove());

describe('addFeed', () => {
	it('subscribes to a feed URL, keeps its items in the archive and its listing on disk', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 3), {etag: '"v1"'}));
		const added = await addFeed(FEED, 'Local', deps);
		const key = feedSource(FEED).slice(1);
		expect(added).toEqual({ok: true, subscription: {key, url: FEED, title: 'Harbour News', section: 'Local', added: NOW}, items: 3, others: []});
		expect(store.snapshot().feeds.get(key)).toEqual({key, url: FEED, title: 'Harbour News', section: 'Local', added: NOW});
		const file = await archive.readFeed(key);
		expect(file?.items.map(item => item.title)).toEqual(['Harbour News story 1', 'Harbour News story 2', 'Harbour News story 3']);
		expect(file?.state).toMatchObject({etag: '"v1"', fetched: NOW, status: 'ok', error: null});
		// It asks for feed types first, so a server that negotiates sends the feed, not its page.
		expect(fetcher.requests[0]?.accept).toMatch(/^application\/rss\+xml/);
		// Another process opening the data folder sees the listing the add wrote.
		const listing = (await openArchive(data.path).listings()).get(key);
		expect(listing?.ids).toHaveLength(3);
	});

	it.each([
		['a bare host and path gets https', 'news.example/feed.xml', FEED],
		['a host with a port gets https', 'news.example:8443/rss', 'https://news.example:8443/rss'],
		['http is kept', 'http://news.example/feed.xml', 'http://news.example/feed.xml'],
	])('%s', async (_name, input, asked) => {
		fetcher.answer(asked, ok(asked, rssText('Port News', 1)));
		const added = await addFeed(input, null, deps);
		expect(fetcher.requests.map(request => request.url)).toEqual([asked]);
		expect(added.ok && added.subscription.url).toBe(asked);
		expect(added.ok && added.subscription.section).toBe(null);
	});

	it.each([
		['ftp', 'ftp://news.example/feed.xml'],
		['javascript', 'javascript:alert(1)'],
		['file', 'file:///etc/passwd'],
		['a user name in the URL', 'https://bank.example@evil.example/feed'],
		['nothing', '   '],
	])('refuses %s without fetching', async (_name, input) => {
		const added = await addFeed(input, null, deps);
		expect(added.ok).toBe(false);
		expect(fetcher.requests).toEqual([]);
		expect(store.snapshot().feeds.size).toBe(0);
	});

	it('finds the feed a web page names, takes the first and lists the others', async () => {
		const page = 'https://news.example/';
		fetcher.answer(page, ok(page, pageText(['/rss/world.xml', 'https://feeds.example/sport.xml']), {contentType: 'text/html; charset=utf-8'}));
		const first = 'https://news.example/rss/world.xml';
		fetcher.answer(first, ok(first, rssText('World Desk', 2)));
		const added = await addFeed(page, null, deps);
		expect(fetcher.requests.map(request => request.url)).toEqual([page, first]);
		expect(added).toMatchObject({ok: true, subscription: {url: first, title: 'World Desk'}, items: 2, others: ['https://feeds.example/sport.xml']});
	});

	it('a page naming no feed is not a feed', async () => {
		const page = 'https://news.example/about';
		fetcher.answer(page, ok(page, pageText([]), {contentType: 'text/html'}));
		expect(await addFeed(page, null, deps)).toEqual({ok: false, reason: 'not a feed: a web page that names no feed'});
	});

	it('a feed the page names that fails says which one', async () => {
		const page = 'https://news.example/';
		fetcher.answer(page, ok(page, pageText(['/gone.xml']), {contentType: 'text/html'}));
		fetcher.answer('https://news.example/gone.xml', failed('HTTP 404 Not Found', 404));
		expect(await addFeed(page, null, deps)).toEqual({ok: false, reason: 'https://news.example/gone.xml: HTTP 404 Not Found'});
	});

	it('text that is neither a feed nor a page is refused with the parser’s reason', async () => {
		fetcher.answer(FEED, ok(FEED, 'just some words', {contentType: 'text/plain'}));
		expect(await addFeed(FEED, null, deps)).toEqual({ok: false, reason: 'not a feed'});
		expect(store.snapshot().feeds.size).toBe(0);
	});

	it.each([
		['an HTTP error', failed('HTTP 500 Internal Server Error', 500), 'HTTP 500 Internal Server Error'],
		['a timeout', failed('timed out after 15 s (no answer)'), 'timed out after 15 s (no answer)'],
	])('%s gives the fetcher’s reason and subscribes to nothing', async (_name, outcome, reason) => {
		fetcher.answer(FEED, outcome);
		expect(await addFeed(FEED, null, deps)).toEqual({ok: false, reason});
		expect(store.snapshot().feeds.size).toBe(0);
		expect((await archive.listings()).size).toBe(0);
	});

	it('a URL that redirects to a feed already subscribed is a duplicate', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 2)));
		await addFeed(FEED, null, deps);
		const old = 'http://old.example/rss';
		fetcher.answer(old, ok(old, rssText('Harbour News', 2), {url: FEED, permanentUrl: FEED}));
		const again = await addFeed(old, null, deps);
		expect(again).toEqual({ok: false, reason: `already subscribed: Harbour News (${FEED})`});
		expect(store.snapshot().feeds.size).toBe(1);
	});

	it('a temporary redirect to a subscribed feed is a duplicate too', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 2)));
		await addFeed(FEED, null, deps);
		const short = 'https://short.example/x';
		fetcher.answer(short, ok(short, rssText('Harbour News', 2), {url: FEED, permanentUrl: null}));
		expect((await addFeed(short, null, deps)).ok).toBe(false);
	});

	it('the same URL again is refused before fetching', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 2)));
		await addFeed(FEED, null, deps);
		const again = await addFeed(FEED, 'Other', deps);
		expect(again.ok).toBe(false);
		expect(fetcher.requests).toHaveLength(1);
	});

	it('a feed that moved since it was added is still found by the URL it was added with', async () => {
		const old = 'http://old.example/rss';
		const key = feedSource(old).slice(1);
		store.putFeed({key, url: FEED, title: 'Harbour News', section: null, added: 1});
		expect(await addFeed(old, null, deps)).toEqual({ok: false, reason: `already subscribed: Harbour News (${FEED})`});
		expect(fetcher.requests).toEqual([]);
	});

	it('a feed added again after it was removed has its archived items back', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 3)));
		const first = await addFeed(FEED, null, deps);
		if (!first.ok) throw new Error(first.reason);
		store.removeFeed(first.subscription.key);
		// The feed now lists only its newest item; the two before it are still in the archive.
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 1)));
		const again = await addFeed(FEED, null, {...deps, now: NOW + 1000});
		expect(again).toMatchObject({ok: true, items: 3});
	});

	it('a permanent redirect subscribes to where the feed lives now', async () => {
		const old = 'http://old.example/rss';
		fetcher.answer(old, ok(old, rssText('Moved News', 1), {url: FEED, permanentUrl: FEED}));
		const added = await addFeed(old, null, deps);
		expect(added).toMatchObject({ok: true, subscription: {url: FEED, key: feedSource(FEED).slice(1)}});
	});

	it.each([
		['a blank section is none', '  \n ', null],
		['a section is one line', ' Local\n\tnews ', 'Local news'],
	])('%s', async (_name, section, expected) => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 1)));
		const added = await addFeed(FEED, section, deps);
		expect(added.ok && added.subscription.section).toBe(expected);
	});

	it('an escape sequence in a section is made inert', async () => {
		fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 1)));
		const added = await addFeed(FEED, '\x1b]52;c;aGk=\x07Mine', deps);
		expect(added.ok && added.subscription.section).toMatch(/Mine$/);
		expect(added.ok && added.subscription.section).not.toMatch(/[\x1b\x07]/);
	});
});
