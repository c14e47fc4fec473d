import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runFeedCommand} from '../../../src/cli/feeds/run.js';
import {failed, ok} from '../../doubles/memory-fetcher.js';
import {pageText, rssText} from '../../helpers/feed-texts.js';
import {captureStreams, type FeedsHarness, feedsHarness} from './harness.js';

const FEED = 'https://news.example/feed.xml';
let h: FeedsHarness;

beforeEach(() => {
	h = feedsHarness();
});
afterEach(() => h.remove());

const add = async (url: string, section: string | null = null) => {
	const io = captureStreams();
	const code = await runFeedCommand('add', {query: url, section, json: false}, h.feeds, io);
	return {code, stdout: io.stdout, stderr: io.stderr};
};

describe('newsterm add', () => {
	it('says what it added and how many items came, and the feed is subscribed', async () => {
		h.fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 3)));
		expect(await add(FEED)).toEqual({code: 0, stdout: 'Added Harbour News (3 items)\n', stderr: ''});
		expect(h.feeds.subscriptions().map(feed => [feed.url, feed.title, feed.section])).toEqual([[FEED, 'Harbour News', null]]);
	});

	it('one item is one item, and a section is named', async () => {
		h.fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 1)));
		expect((await add(FEED, 'Local')).stdout).toBe('Added Harbour News (1 item) under Local\n');
	});

	it('a page naming two feeds: the first is added and the other listed', async () => {
		const page = 'https://news.example/';
		h.fetcher.answer(page, ok(page, pageText(['/world.xml', '/sport.xml']), {contentType: 'text/html'}));
		h.fetcher.answer('https://news.example/world.xml', ok('https://news.example/world.xml', rssText('World Desk', 2)));
		const run = await add('news.example');
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(
			'Added World Desk (2 items)\nThe page also names 1 other feed; add one with newsterm add <url>:\n  https://news.example/sport.xml\n',
		);
		expect(h.fetcher.requests.map(request => request.url)).toEqual([page, 'https://news.example/world.xml']);
	});

	it.each([
		['an HTTP error', failed('HTTP 404 Not Found', 404), 'HTTP 404 Not Found'],
		['a timeout', failed('timed out after 15 s (no answer)'), 'timed out after 15 s (no answer)'],
		['text that is not a feed', ok(FEED, 'plain words, no markup', {contentType: 'text/plain'}), 'not a feed'],
	])('%s exits 1 with the reason on stderr', async (_name, outcome, reason) => {
		h.fetcher.answer(FEED, outcome);
		expect(await add(FEED)).toEqual({code: 1, stdout: '', stderr: `newsterm: could not add ${FEED}: ${reason}\n`});
		expect(h.feeds.subscriptions()).toEqual([]);
	});

	it('a URL that redirects to a subscribed feed exits 1 as a duplicate', async () => {
		h.fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 2)));
		await add(FEED);
		const old = 'http://old.example/rss';
		h.fetcher.answer(old, ok(old, rssText('Harbour News', 2), {url: FEED, permanentUrl: FEED}));
		const run = await add(old);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`newsterm: could not add ${old}: already subscribed: Harbour News (${FEED})\n`);
		expect(h.feeds.subscriptions()).toHaveLength(1);
	});

	it('the added feed lists its items through the feeds source', async () => {
		h.fetcher.answer(FEED, ok(FEED, rssText('Harbour News', 2)));
		await add(FEED, 'Local');
		const {articles} = await h.feeds.feedSource.scan();
		expect(articles.map(article => [article.title, article.section])).toEqual([
			['Harbour News story 1', 'Local'],
			['Harbour News story 2', 'Local'],
		]);
	});
});
