/**
 * The feeds benchmark's server and its feeds: what it serves must be feeds newsterm reads whole (or
 * the benchmark would time failures), its validators must give 304s, and its byte counters must
 * count what crossed the socket, since the benchmark's bytes-a-feed figure rests on them.
 */
import {connect} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseFeedText, parseOpmlText} from '../../src/core/feeds/index.js';
import {feedDoc, feedFormat, feedInfo, ITEMS} from '../../scripts/feed-docs.mjs';
import {type FeedServer, startFeedServer} from '../../scripts/feed-server.mjs';

const SEED = 7;
const NOW = Date.UTC(2026, 11, 3);

/** Feed n parsed by newsterm's own parser; fails the test when it is not a feed. */
function parsed(n: number, edition = 0) {
	const result = parseFeedText(feedDoc(SEED, n, edition).text, `http://127.0.0.1/feeds/${n}`, NOW);
	if (!result.ok) throw new Error(`feed ${n}: ${result.reason}`);
	return result.feed;
}

describe('feed-docs: the benchmark feeds', () => {
	it('mixes RSS 2.0 with Atom and JSON Feed', () => {
		const formats = Array.from({length: 20}, (_, n) => feedFormat(n));
		expect(formats.filter(format => format === 'rss')).toHaveLength(16);
		expect(formats.filter(format => format === 'atom')).toHaveLength(2);
		expect(formats.filter(format => format === 'json')).toHaveLength(2);
	});

	it.each([0, 8, 9])('feed %i reads whole with newsterm parser: 50 items with links, dates and HTML, newest first', n => {
		const feed = parsed(n);
		expect(feed.title).toBe(feedInfo(SEED, n).title);
		expect(feed.items).toHaveLength(ITEMS);
		for (const item of feed.items) {
			expect(item.link).toMatch(/^https:\/\/news\d+\.example\/2026\/story-\d+\.html$/);
			expect(item.published).not.toBeNull();
			expect(item.contentHtml).toContain('<p>');
		}
		expect(new Set(feed.items.map(item => item.guid)).size).toBe(ITEMS);
		expect(feed.items[0]?.guid).toMatch(/story-49$/);
		expect(feed.items.at(-1)?.guid).toMatch(/story-0$/);
	});

	it('a new edition puts one new item on top, drops the oldest and keeps the rest as they were', () => {
		const [before, after] = [parsed(3, 0), parsed(3, 1)];
		expect(after.items[0]?.guid).toMatch(/story-50$/);
		expect(after.items.at(-1)?.guid).toMatch(/story-1$/);
		expect(after.items.slice(1).map(item => [item.guid, item.contentHtml])).toEqual(before.items.slice(0, -1).map(item => [item.guid, item.contentHtml]));
	});

	it('items are about 1.5 to 3 KB each, as news items with their full text are', () => {
		const bytes = Array.from({length: 20}, (_, n) => Buffer.byteLength(feedDoc(SEED, n).text));
		const perItem = bytes.reduce((sum, size) => sum + size, 0) / (20 * ITEMS);
		expect(perItem).toBeGreaterThan(1500);
		expect(perItem).toBeLessThan(3000);
	});
});

describe('feed-server: the loopback server', () => {
	let server: FeedServer;
	beforeAll(async () => {
		server = await startFeedServer({feeds: 12, seed: SEED, delayMs: 0, hosts: 3});
	});
	afterAll(() => server.close());

	it('spreads the feeds over its ports and serves each with ETag and Last-Modified', async () => {
		expect(new Set(server.ports).size).toBe(3);
		expect(server.urls[4]).toBe(`http://127.0.0.1:${server.ports[1]}/feeds/4.xml`);
		const response = await fetch(server.urls[4]!);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(await response.text()).toBe(feedDoc(SEED, 4).text);
		expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
		expect(response.headers.get('last-modified')).toBe(feedDoc(SEED, 4).updated.toUTCString());
	});

	it('answers 304 to a matching ETag or date, and 200 with new validators once the feed has a new item', async () => {
		server.takeCounts();
		const first = await fetch(server.urls[5]!);
		await first.text();
		const [etag, lastModified] = [first.headers.get('etag')!, first.headers.get('last-modified')!];
		expect((await fetch(server.urls[5]!, {headers: {'if-none-match': etag}})).status).toBe(304);
		expect((await fetch(server.urls[5]!, {headers: {'if-modified-since': lastModified}})).status).toBe(304);
		expect(server.takeCounts()).toMatchObject({requests: 3, conditional: 2, notModified: 2});
		await server.publish(6);
		const changed = await fetch(server.urls[5]!, {headers: {'if-none-match': etag, 'if-modified-since': lastModified}});
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
		expect(await changed.text()).toBe(feedDoc(SEED, 5, 1).text);
		// Only the first six feeds were published again.
		expect(await (await fetch(server.urls[6]!)).text()).toBe(feedDoc(SEED, 6, 0).text);
	});

	it('counts the bytes of a request head and of the answer exactly as they crossed the socket', async () => {
		const request = `GET /feeds/9.json HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n`;
		server.takeCounts();
		const received = await new Promise<Buffer>((resolve, reject) => {
			const chunks: Buffer[] = [];
			const socket = connect(server.ports[0]!, '127.0.0.1', () => socket.write(request));
			socket.on('data', chunk => chunks.push(chunk)).on('error', reject);
			socket.on('close', () => resolve(Buffer.concat(chunks)));
		});
		expect(received.toString('latin1')).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
		expect(received.toString('utf8')).toContain(feedDoc(SEED, 9).text);
		expect(server.takeCounts()).toEqual({
			requests: 1,
			conditional: 0,
			notModified: 0,
			requestBytes: Buffer.byteLength(request),
			responseBytes: received.length,
		});
	});

	it('lists its first N feeds as OPML, and says 404 to anything else', async () => {
		const opml = parseOpmlText(await (await fetch(server.opmlUrl(5))).text());
		if (!opml.ok) throw new Error(opml.reason);
		expect(opml.outlines.map(outline => [outline.url, outline.title])).toEqual(server.urls.slice(0, 5).map((url, n) => [url, feedInfo(SEED, n).title]));
		expect((await fetch(`http://127.0.0.1:${server.ports[0]}/feeds/12.xml`)).status).toBe(404);
		expect((await fetch(`http://127.0.0.1:${server.ports[0]}/other`)).status).toBe(404);
	});
});
