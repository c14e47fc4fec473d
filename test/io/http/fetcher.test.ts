import type {IncomingMessage, ServerResponse} from 'node:http';
import {afterEach, describe, expect, it} from 'vitest';
import pkg from '../../../package.json' with {type: 'json'};
import {FEED_ACCEPT} from '../../../src/core/http/index.js';
import {createFetcher, type FetcherOptions} from '../../../src/io/http/fetcher.js';
import {type LoopbackServer, startHttpServer} from '../../helpers/http-server.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const servers: LoopbackServer[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map(server => server.close()));
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LoopbackServer> {
	const server = await startHttpServer(handler);
	servers.push(server);
	return server;
}

const fetcher = (options: FetcherOptions = {}) =>
	createFetcher({env: {}, now: () => NOW, connectTimeoutMs: 2000, idleTimeoutMs: 2000, totalTimeoutMs: 5000, ...options});

describe('an answer and its validators', () => {
	it('fetches a feed with its ETag, then sends it back and hears 304', async () => {
		const seen: IncomingMessage['headers'][] = [];
		const server = await serve((request, response) => {
			seen.push({...request.headers});
			if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304, {etag: '"v1"', 'cache-control': 'max-age=60'}).end();
			response
				.writeHead(200, {'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 31 Dec 2025 10:00:00 GMT'})
				.end('<rss>caf\u00e9</rss>');
		});
		const get = fetcher({userAgent: 'newsterm/9.9.9'});
		const first = await get.fetch({url: `${server.origin}/feed`, accept: FEED_ACCEPT});
		expect(first).toEqual({
			kind: 'ok',
			url: `${server.origin}/feed`,
			permanentUrl: null,
			text: '<rss>caf\u00e9</rss>',
			contentType: 'application/rss+xml',
			etag: '"v1"',
			lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT',
			freshUntil: null,
			bytes: Buffer.byteLength('<rss>caf\u00e9</rss>'),
		});
		const second = await get.fetch({url: `${server.origin}/feed`, etag: '"v1"', lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT'});
		expect(second).toMatchObject({kind: 'not-modified', etag: '"v1"', freshUntil: NOW + 60_000, bytes: 0});
		expect(seen[0]).toMatchObject({'user-agent': 'newsterm/9.9.9', accept: FEED_ACCEPT, 'accept-encoding': 'gzip, deflate, br'});
		expect(seen[0]!['if-none-match']).toBeUndefined();
		// With an ETag the date is left out: a server ignores it beside If-None-Match.
		expect(seen[1]).toMatchObject({'if-none-match': '"v1"'});
		expect(seen[1]!['if-modified-since']).toBeUndefined();
		await get.fetch({url: `${server.origin}/feed`, etag: null, lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT'});
		expect(seen[2]).toMatchObject({'if-modified-since': 'Wed, 31 Dec 2025 10:00:00 GMT'});
	});

	it('sends newsterm and its version as the User-Agent by default', async () => {
		const server = await serve((request, response) => response.end(request.headers['user-agent']));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', text: `newsterm/${pkg.version}`});
	});

	it('reads Cache-Control max-age into freshUntil', async () => {
		const server = await serve((_, response) => response.writeHead(200, {'cache-control': 'public, max-age=900'}).end('x'));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', freshUntil: NOW + 900_000});
	});

	it('decodes a windows-1252 body with smart quotes and a euro sign', async () => {
		const server = await serve((_, response) =>
			response.writeHead(200, {'content-type': 'text/xml; charset=windows-1252'}).end(Buffer.from([0x93, 0x80, 0x31, 0x30, 0x94])),
		);
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', text: '\u201c\u20ac10\u201d'});
	});

	it('takes the charset from the XML declaration', async () => {
		const body = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from('</t>')]);
		const server = await serve((_, response) => response.writeHead(200, {'content-type': 'application/xml'}).end(body));
		const outcome = await fetcher().fetch({url: server.origin});
		expect(outcome.kind === 'ok' && outcome.text.endsWith('<t>\u041f\u0440\u0438</t>')).toBe(true);
	});

	it('turns Latin-1 bytes under a header that says UTF-8 into U+FFFD, without failing', async () => {
		const server = await serve((_, response) =>
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(Buffer.from('caf\u00e9 cr\u00e8me', 'latin1')),
		);
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', text: 'caf\ufffd cr\ufffdme'});
	});

	it('refuses URLs that are not http or https before any request', async () => {
		const get = fetcher();
		expect(await get.fetch({url: 'file:///etc/passwd'})).toEqual({kind: 'error', reason: 'not an http or https URL', status: null, gone: false, retryAt: null});
		expect(await get.fetch({url: 'not a url'})).toMatchObject({kind: 'error', reason: 'not a URL'});
	});
});

describe('statuses', () => {
	it.each([
		[404, {}, {reason: 'HTTP 404 Not Found', gone: false, retryAt: null}],
		[410, {}, {reason: 'gone (HTTP 410)', gone: true, retryAt: null}],
		[429, {'retry-after': '120'}, {reason: 'HTTP 429 Too Many Requests', retryAt: NOW + 120_000}],
		[503, {'retry-after': 'Thu, 01 Jan 2026 13:00:00 GMT'}, {reason: 'HTTP 503 Service Unavailable', retryAt: NOW + 3_600_000}],
		[500, {'retry-after': '120'}, {reason: 'HTTP 500 Internal Server Error', retryAt: null}],
	])('%i', async (status, headers, expected) => {
		const server = await serve((_, response) => response.writeHead(status, 'Words From The Server', headers).end('body'));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', status, ...expected});
	});
});

describe('redirects', () => {
	/** A server redirecting /0 -> /1 -> ... -> /n with the given statuses, then answering. */
	async function chain(statuses: number[]): Promise<LoopbackServer> {
		return serve((request, response) => {
			const step = Number(request.url!.slice(1));
			if (step < statuses.length) return response.writeHead(statuses[step]!, {location: `/${step + 1}`}).end();
			response.writeHead(200).end(`end at ${step}`);
		});
	}

	it('gives the final URL as permanentUrl when every redirect was 301 or 308', async () => {
		const server = await chain([301, 308, 301]);
		expect(await fetcher().fetch({url: `${server.origin}/0`})).toMatchObject({
			kind: 'ok',
			text: 'end at 3',
			url: `${server.origin}/3`,
			permanentUrl: `${server.origin}/3`,
		});
	});

	it('gives no permanentUrl when one redirect in the chain was temporary', async () => {
		const server = await chain([301, 302]);
		expect(await fetcher().fetch({url: `${server.origin}/0`})).toMatchObject({kind: 'ok', url: `${server.origin}/2`, permanentUrl: null});
		const only = await chain([302]);
		expect(await fetcher().fetch({url: `${only.origin}/0`})).toMatchObject({kind: 'ok', permanentUrl: null});
	});

	it('follows five redirects and refuses the sixth', async () => {
		const five = await chain([301, 301, 301, 301, 301]);
		expect(await fetcher().fetch({url: `${five.origin}/0`})).toMatchObject({kind: 'ok', text: 'end at 5'});
		const six = await chain([301, 301, 301, 301, 301, 301]);
		expect(await fetcher().fetch({url: `${six.origin}/0`})).toMatchObject({kind: 'error', reason: 'too many redirects'});
	});

	it('ends a redirect loop by the count', async () => {
		const server = await serve((_, response) => response.writeHead(302, {location: '/loop'}).end());
		expect(await fetcher().fetch({url: `${server.origin}/loop`})).toMatchObject({kind: 'error', reason: 'too many redirects'});
		expect(server.hits).toBe(6);
	});

	it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/xml,<rss/>'])('refuses a redirect to %s', async location => {
		const server = await serve((_, response) => response.writeHead(301, {location}).end());
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'redirect to a non-http URL', status: 301});
	});

	it('sends the conditional headers on every hop', async () => {
		const server = await serve((request, response) => {
			if (request.url === '/old') return response.writeHead(301, {location: '/new'}).end();
			response.writeHead(request.headers['if-none-match'] === '"e"' ? 304 : 200).end();
		});
		expect(await fetcher().fetch({url: `${server.origin}/old`, etag: '"e"'})).toMatchObject({kind: 'not-modified', permanentUrl: `${server.origin}/new`});
	});
});
