import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Subscription} from '../../../src/core/store/index.js';
import {openArchive} from '../../../src/io/archive/index.js';
import {refreshFeeds} from '../../../src/io/feeds/refresh.js';
import type {FetchOutcome, FetchRequest} from '../../../src/core/http/index.js';
import {createMemoryStore} from '../../doubles/memory-store.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const rss = (...titles: string[]): string =>
	`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>${titles
		.map(title => `<item><title>${title}</title><guid>${title}</guid><description>&lt;p&gt;About ${title}.&lt;/p&gt;</description></item>`)
		.join('')}</channel></rss>`;
const ok = (url: string, text: string, extra: Partial<Extract<FetchOutcome, {kind: 'ok'}>> = {}): FetchOutcome => ({
	kind: 'ok',
	url,
	permanentUrl: null,
	text,
	contentType: 'application/rss+xml',
	etag: '"v1"',
	lastModified: null,
	freshUntil: null,
	bytes: text.length,
	...extra,
});

/** A fetcher answering from a queue per URL, recording each request. */
function fetcher(answers: Record<string, FetchOutcome[]>) {
	const requests: FetchRequest[] = [];
	return {
		requests,
		fetch: async (request: FetchRequest): Promise<FetchOutcome> => {
			requests.push(request);
			const next = answers[request.url]?.shift();
			return next ?? {kind: 'error', reason: 'connection refused', status: null, gone: false, retryAt: null};
		},
	};
}

function setup(feeds: Subscription[]) {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-refresh-'));
	dirs.push(dir);
	const store = createMemoryStore({feeds: new Map(feeds.map(feed => [feed.key, feed]))});
	return {store, archive: openArchive(dir)};
}

const A: Subscription = {key: 'aaaaaaaaaa', url: 'https://a.example/feed', title: 'A', section: null, added: 1};
const B: Subscription = {key: 'bbbbbbbbbb', url: 'https://b.example/feed', title: 'B', section: 'Tech', added: 2};

describe('refreshFeeds', () => {
	it('writes each feed, keeps a failing one from stopping the others, and sends the validators next time', async () => {
		const {store, archive} = setup([A, B]);
		const net = fetcher({
			[A.url]: [
				ok(A.url, rss('one', 'two')),
				{kind: 'not-modified', url: A.url, permanentUrl: null, etag: '"v1"', lastModified: null, freshUntil: null, bytes: 0},
			],
		});
		const deps = {fetcher: net, archive, store, now: () => 1_000};
		const first = await refreshFeeds([A, B], deps);
		expect(first.map(report => [report.outcome, report.added, report.error])).toEqual([
			['updated', 2, null],
			['error', 0, 'connection refused'],
		]);
		const file = join(archive.dir, 'feeds', `${A.key}.json`);
		const written = statSync(file).mtimeMs;
		const second = await refreshFeeds([A, B], deps);
		expect(second[0]).toMatchObject({outcome: 'unchanged', items: 2});
		// A 304 is kept in the listing alone: the feed's own file is not written again.
		expect(statSync(file).mtimeMs).toBe(written);
		expect(net.requests.filter(request => request.url === A.url).map(request => request.etag ?? null)).toEqual([null, '"v1"']);
		const listings = await openArchive(archive.dir).listings();
		expect(listings.get(A.key)?.titles).toEqual(['one', 'two']);
		expect(listings.get(B.key)?.state).toMatchObject({status: 'error', error: 'connection refused'});
	});

	it('keeps the last good items when a feed starts failing, or sends something that is not a feed', async () => {
		const {store, archive} = setup([A]);
		const net = fetcher({
			[A.url]: [
				ok(A.url, rss('kept')),
				ok(A.url, '<html><body>Login</body></html>'),
				{kind: 'error', reason: 'HTTP 500 Internal Server Error', status: 500, gone: false, retryAt: null},
			],
		});
		const deps = {fetcher: net, archive, store, now: () => 1_000};
		await refreshFeeds([A], deps);
		expect((await refreshFeeds([A], deps))[0]).toMatchObject({outcome: 'error', error: 'not a feed: a web page (HTML)', items: 1});
		expect((await refreshFeeds([A], deps))[0]).toMatchObject({outcome: 'error', error: 'HTTP 500 Internal Server Error', items: 1});
	});

	it('stops fetching a feed that is gone, waits out Retry-After, and honours max-age', async () => {
		const {store, archive} = setup([A, B]);
		let now = 1_000;
		const net = fetcher({
			[A.url]: [{kind: 'error', reason: 'gone (HTTP 410)', status: 410, gone: true, retryAt: null}],
			[B.url]: [
				{kind: 'error', reason: 'HTTP 429 Too Many Requests', status: 429, gone: false, retryAt: 5_000},
				ok(B.url, rss('x'), {freshUntil: 9_000}),
				ok(B.url, rss('y')),
			],
		});
		const deps = {fetcher: net, archive, store, now: () => now};
		await refreshFeeds([A, B], deps);
		expect((await refreshFeeds([A, B], deps)).map(report => report.outcome)).toEqual(['gone', 'waiting']);
		now = 6_000;
		expect((await refreshFeeds([A, B], deps)).map(report => report.outcome)).toEqual(['gone', 'updated']);
		expect((await refreshFeeds([A, B], deps)).map(report => report.outcome)).toEqual(['gone', 'fresh']);
		now = 10_000;
		expect((await refreshFeeds([A, B], deps))[1]?.outcome).toBe('updated');
		expect(net.requests.filter(request => request.url === A.url)).toHaveLength(1);
	});

	it('moves a subscription after a permanent redirect and takes the feed title, keeping its key (and so its items ids)', async () => {
		const {store, archive} = setup([A]);
		const moved = 'https://a.example/new-feed';
		const net = fetcher({[A.url]: [ok(moved, rss('one'), {permanentUrl: moved})]});
		await refreshFeeds([A], {fetcher: net, archive, store, now: () => 1_000});
		expect(store.snapshot().feeds.get(A.key)).toMatchObject({key: A.key, url: moved, title: 'Wire'});
		expect((await archive.readFeed(A.key))?.items[0]?.id.startsWith(`@${A.key}/`)).toBe(true);
	});
});
