import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {feedTitleOf} from '../../../src/cli/feeds/feeds.js';
import {runFeedCommand} from '../../../src/cli/feeds/run.js';
import {addFeed, refreshFeeds} from '../../../src/io/feeds/index.js';
import {failed, ok} from '../../doubles/memory-fetcher.js';
import {rssText} from '../../helpers/feed-texts.js';
import {captureStreams, type FeedsHarness, feedsHarness} from './harness.js';

const ADDED = Date.UTC(2026, 2, 1, 9, 30);
const REFRESHED = Date.UTC(2026, 2, 2, 18, 5);
const HARBOUR = 'https://harbour.example/rss';
const VALLEY = 'https://valley.example/feed.xml';

let h: FeedsHarness;
beforeEach(async () => {
	h = feedsHarness();
	const deps = {fetcher: h.fetcher, archive: h.feeds.archive, store: h.store, now: ADDED};
	h.fetcher.answer(HARBOUR, ok(HARBOUR, rssText('Harbour News', 3)));
	h.fetcher.answer(VALLEY, ok(VALLEY, rssText('Valley Gazette', 2, 'https://valley.example/')));
	await addFeed(HARBOUR, 'Local', deps);
	await addFeed(VALLEY, null, {...deps, now: ADDED + 1});
	// The valley's server breaks: its refresh fails, its items stay.
	h.fetcher.answer(VALLEY, failed('HTTP 503 Service Unavailable', 503));
	h.fetcher.answer(HARBOUR, ok(HARBOUR, rssText('Harbour News', 3)));
	await refreshFeeds(h.feeds.subscriptions(), {...deps, now: () => REFRESHED});
	const [first] = (await h.feeds.feedSource.scan()).articles;
	if (first) h.store.setRead(first.id, true);
});
afterEach(() => h.remove());

const feeds = async (json: boolean, columns: number | null = null) => {
	const io = captureStreams({columns});
	const code = await runFeedCommand('feeds', {query: '', section: null, json}, h.feeds, io);
	return {code, stdout: io.stdout, stderr: io.stderr};
};

describe('newsterm feeds', () => {
	it('--json gives each feed its fields, in the order added', async () => {
		const run = await feeds(true);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual([
			{url: HARBOUR, title: 'Harbour News', section: 'Local', items: 3, unread: 2, lastFetched: '2026-03-02T18:05:00.000Z', status: 'ok', error: null},
			{
				url: VALLEY,
				title: 'Valley Gazette',
				section: null,
				items: 2,
				unread: 2,
				lastFetched: '2026-03-02T18:05:00.000Z',
				status: 'error',
				error: 'HTTP 503 Service Unavailable',
			},
		]);
	});

	it('into a pipe: one whole line per feed, aligned, the error beside the failing one', async () => {
		const run = await feeds(false);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^Harbour News {4}Local {2}2\/3 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}https:\/\/harbour\.example\/rss$/);
		expect(lines[1]).toMatch(/^Valley Gazette {2}- {6}2\/2 {2}.{16} {2}https:\/\/valley\.example\/feed\.xml {2}failed: HTTP 503 Service Unavailable$/);
		// The columns line up: the URL starts at the same place on both.
		expect(lines[0]?.indexOf('https:')).toBe(lines[1]?.indexOf('https:'));
	});

	it('on a terminal: a header and every line within the width, the error kept in part', async () => {
		for (const width of [40, 50, 72, 89, 90, 120]) {
			const lines = (await feeds(false, width)).stdout.trimEnd().split('\n');
			expect(lines[0]).toMatch(width < 90 ? /^FEED +UNREAD +URL/ : /^FEED +SECTION +UNREAD +FETCHED +URL/);
			expect(lines).toHaveLength(3);
			for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
			expect(lines[2]).toContain('failed');
		}
	});

	it('no feeds: nothing on stdout, a hint on stderr', async () => {
		for (const one of h.feeds.subscriptions()) h.store.removeFeed(one.key);
		expect(await feeds(false)).toEqual({code: 0, stdout: '', stderr: 'No feeds yet: newsterm add <url>, or newsterm import <file.opml>\n'});
		expect((await feeds(true)).stdout).toBe('[]\n');
	});
});

describe('feed titles for list --json', () => {
	it("a feed item gets its feed's title, a folder article none", async () => {
		const titleOf = await feedTitleOf(h.feeds);
		const ids = (await h.feeds.feedSource.scan()).articles.map(article => article.id);
		expect(new Set(ids.map(titleOf))).toEqual(new Set(['Harbour News', 'Valley Gazette']));
		expect(titleOf('world/us-not-there-yet')).toBe(null);
		expect(titleOf('@0000000000/aaaaaaaaaaaaa')).toBe(null);
	});
});
