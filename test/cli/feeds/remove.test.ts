import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runFeedCommand} from '../../../src/cli/feeds/run.js';
import {feedSource} from '../../../src/core/article/index.js';
import type {Subscription} from '../../../src/core/store/index.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bookmark} from '../../io/store/store-contract.js';
import {captureStreams, type FeedsHarness, feedsHarness} from './harness.js';

const feed = (url: string, title: string, added: number): Subscription => ({key: feedSource(url).slice(1), url, title, section: null, added});
const HARBOUR = feed('https://harbour.example/rss', 'Harbour News', 1);
const HARBOUR_SPORT = feed('https://harbour.example/sport.rss', 'Harbour Sport', 2);
const VALLEY = feed('https://valley.example/atom', 'Valley Gazette', 3);

let h: FeedsHarness;
beforeEach(() => {
	h = feedsHarness(createMemoryStore({feeds: new Map([HARBOUR, HARBOUR_SPORT, VALLEY].map(one => [one.key, one]))}));
});
afterEach(() => h.remove());

const remove = async (query: string) => {
	const io = captureStreams();
	const code = await runFeedCommand('remove', {query, section: null, json: false}, h.feeds, io);
	return {code, stdout: io.stdout, stderr: io.stderr, left: h.feeds.subscriptions().map(one => one.title)};
};

describe('newsterm remove', () => {
	it.each([
		['its exact URL', 'https://harbour.example/rss', HARBOUR],
		['its exact title, in any case, though another title holds its words', 'harbour news', HARBOUR],
		['title words', 'gazette', VALLEY],
		['a word of its URL', 'sport.rss', HARBOUR_SPORT],
	])('by %s', async (_name, query, gone) => {
		const run = await remove(query);
		expect(run).toMatchObject({code: 0, stdout: `Removed ${gone.title} (${gone.url})\n`, stderr: ''});
		expect(run.left).toEqual([HARBOUR, HARBOUR_SPORT, VALLEY].filter(one => one !== gone).map(one => one.title));
	});

	it('no match exits 1 and removes nothing', async () => {
		const run = await remove('weather');
		expect(run).toMatchObject({code: 1, stdout: '', stderr: 'newsterm: no feed matches "weather" (newsterm feeds lists them)\n'});
		expect(run.left).toHaveLength(3);
	});

	it('several matches exit 2 with the candidates and remove nothing', async () => {
		const run = await remove('harbour');
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			'newsterm: "harbour" matches 2 feeds; name one by its URL:\n  Harbour News  https://harbour.example/rss\n  Harbour Sport  https://harbour.example/sport.rss\n',
		);
		expect(run.left).toHaveLength(3);
	});

	it("the feed's bookmarks stay, and it says how many", async () => {
		h.store.putBookmark(bookmark(`@${VALLEY.key}/aaaaaaaaaaaaa`));
		h.store.putBookmark(bookmark(`@${VALLEY.key}/bbbbbbbbbbbbb`));
		h.store.putBookmark(bookmark(`@${HARBOUR.key}/ccccccccccccc`));
		const run = await remove('Valley Gazette');
		expect(run.stdout).toBe(`Removed Valley Gazette (${VALLEY.url}); 2 bookmarks of it stay\n`);
		expect([...h.store.snapshot().bookmarks.keys()].sort()).toEqual(
			[`@${VALLEY.key}/aaaaaaaaaaaaa`, `@${VALLEY.key}/bbbbbbbbbbbbb`, `@${HARBOUR.key}/ccccccccccccc`].sort(),
		);
	});
});
