import {describe, expect, it} from 'vitest';
import {decodeFeed, decodeListing, emptyFeed, encodeFeed, encodeListing, listingOf, mergeFetched} from '../../../src/core/archive/index.js';

const KEY = 'k3x9q2m7ta';
const URL = 'https://news.example/feed.xml';
const feed = mergeFetched(
	emptyFeed(KEY, URL, 'x'),
	{
		title: 'Example News',
		link: null,
		items: [
			{id: '@x/aaa', guid: 'a', link: null, title: 'One', author: 'Ann', published: '2026-12-01T10:00', contentHtml: '<p>1</p>', summaryHtml: null},
			{id: '@x/bbb', guid: 'b', link: 'https://news.example/b', title: 'Two', author: null, published: null, contentHtml: null, summaryHtml: 'two'},
		],
	},
	URL,
	1_000,
	() => false,
);

describe('feed files', () => {
	it('read back what was written', () => {
		expect(decodeFeed(encodeFeed(feed))).toEqual({ok: true, feed});
	});

	it.each([
		['not JSON', '{', 'not valid JSON'],
		['a list', '[]', 'not an object'],
		['another version', JSON.stringify({version: 99, key: KEY, url: URL, title: 't', items: []}), 'version 99 is not 1'],
		['no key', JSON.stringify({version: 1, url: URL, title: 't', items: []}), 'its key, URL or title is missing'],
	])('refuse %s with a reason', (_, body, reason) => {
		expect(decodeFeed(body)).toEqual({ok: false, reason});
	});

	it('drop a damaged item alone, and an item of another feed', () => {
		const root = JSON.parse(encodeFeed(feed)) as {items: unknown[]};
		root.items.push({id: `@${KEY}/ccc`, title: 3}, {...(root.items[0] as object), id: '@zzzzzzzzzz/aaa'}, null);
		const decoded = decodeFeed(JSON.stringify(root));
		expect(decoded.ok && decoded.feed.items.map(item => item.id)).toEqual(feed.items.map(item => item.id));
	});
});

describe('the listing file', () => {
	it('reads back the listing of every feed', () => {
		const listing = listingOf(feed);
		expect(decodeListing(encodeListing([listing]))).toEqual([listing]);
		expect(listing.titles).toEqual(['One', 'Two']);
		expect(listing.dates).toEqual(['2026-12-01T10:00', null]);
	});

	it('is null when damaged as a whole or of another version, so it is rebuilt', () => {
		expect(decodeListing('nope')).toBeNull();
		expect(decodeListing(JSON.stringify({version: 1, feeds: []}))).toBeNull();
		expect(decodeListing(JSON.stringify({version: 2, feeds: {}}))).toBeNull();
	});

	const other = listingOf({...feed, key: 'zzzzzzzzzz', items: feed.items.map(item => ({...item, id: item.id.replace(KEY, 'zzzzzzzzzz')}))});
	it.each([
		['an id of another feed', {ids: `@${KEY}/aaa @yyyyyyyyyy/bbb`}],
		['an id that is not one', {ids: `@${KEY}/aaa @${KEY}/NOT A SLUG`}],
		['fewer titles than ids', {titles: ['One']}],
		['a title that is not text', {titles: ['One', 2]}],
		['a date that is not one', {dates: '2026-12-01T10:00 yesterday'}],
		['a bad key', {key: 'KEY'}],
	])('drops a feed with %s alone', (_, damage) => {
		const body = JSON.parse(encodeListing([listingOf(feed), other])) as {feeds: Record<string, unknown>[]};
		body.feeds[0] = {...body.feeds[0], ...damage};
		expect(decodeListing(JSON.stringify(body))).toEqual([other]);
	});

	it('reads a damaged fetch state as unknown, so the next fetch is a full one', () => {
		const body = JSON.parse(encodeListing([listingOf(feed)])) as {feeds: Record<string, unknown>[]};
		body.feeds[0] = {...body.feeds[0], state: {etag: 5, status: 'weird', fetched: -1}};
		expect(decodeListing(JSON.stringify(body))?.[0]?.state).toEqual({
			etag: null,
			lastModified: null,
			fetched: null,
			status: 'new',
			error: null,
			retryAt: null,
			freshUntil: null,
		});
	});
});
