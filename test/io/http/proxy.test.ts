import {request as httpRequest} from 'node:http';
import {connect} from 'node:net';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {createFetcher, type FetcherOptions} from '../../../src/io/http/fetcher.js';
import {closedPort, type HttpLoopbackServer, startHttpServer, startRawServer, useServers} from '../../helpers/http-server.js';

const track = useServers();

/** A forward proxy on 127.0.0.1: absolute-URI requests are relayed, CONNECT is tunnelled (or refused). */
async function startProxy() {
	const seen: string[] = [];
	const server = await track(
		startHttpServer((request, response) => {
			seen.push(`${request.method} ${request.url} auth=${request.headers['proxy-authorization'] ?? '-'}`);
			const target = new URL(request.url!);
			const headers = {...request.headers};
			delete headers['proxy-authorization'];
			const upstream = httpRequest({host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers}, answer => {
				response.writeHead(answer.statusCode!, answer.headers);
				answer.pipe(response);
			});
			upstream.on('error', () => response.destroy());
			upstream.end();
		}),
	);
	return {server, seen};
}

const fetcher = (env: Record<string, string>, options: FetcherOptions = {}) =>
	createFetcher({env, connectTimeoutMs: 1000, idleTimeoutMs: 300, totalTimeoutMs: 3000, ...options});

describe('HTTP_PROXY', () => {
	it('asks the proxy for an http URL by its absolute form, with the same headers and limits', async () => {
		const origin = await track(
			startHttpServer((request, response) => response.writeHead(200, {'content-type': 'text/xml', etag: '"p"'}).end(`ua=${request.headers['user-agent']}`)),
		);
		const proxy = await startProxy();
		const outcome = await fetcher({HTTP_PROXY: `http://user:p%40ss@127.0.0.1:${proxy.server.port}`}, {userAgent: 'newsterm/1.2.3'}).fetch({
			url: `${origin.origin}/feed.xml?a=1`,
		});
		expect(outcome).toMatchObject({kind: 'ok', text: 'ua=newsterm/1.2.3', etag: '"p"', url: `${origin.origin}/feed.xml?a=1`});
		expect(proxy.seen).toEqual([`GET ${origin.origin}/feed.xml?a=1 auth=Basic ${Buffer.from('user:p@ss').toString('base64')}`]);
	});

	it('goes direct for a host NO_PROXY names', async () => {
		const origin = await track(startHttpServer((_, response) => response.end('direct')));
		const proxy = await startProxy();
		const outcome = await fetcher({http_proxy: `http://127.0.0.1:${proxy.server.port}`, no_proxy: 'example.com, 127.0.0.1'}).fetch({url: origin.origin});
		expect(outcome).toMatchObject({kind: 'ok', text: 'direct'});
		expect(proxy.seen).toEqual([]);
		expect(origin.hits).toBe(1);
	});

	it('decompresses through the proxy and counts the wire bytes', async () => {
		const text = 'item '.repeat(1000);
		const packed = gzipSync(text);
		const origin = await track(startHttpServer((_, response) => response.writeHead(200, {'content-encoding': 'gzip'}).end(packed)));
		const proxy = await startProxy();
		expect(await fetcher({HTTP_PROXY: `http://127.0.0.1:${proxy.server.port}`}).fetch({url: origin.origin})).toMatchObject({
			kind: 'ok',
			text,
			bytes: packed.length,
		});
	});

	it('keeps the byte cap, the idle clock and redirects through the proxy', async () => {
		const origin = await track(
			startHttpServer((request, response) => {
				if (request.url === '/moved') return response.writeHead(301, {location: '/big'}).end();
				if (request.url === '/big') return response.end(Buffer.alloc(64 * 1024, 0x61));
				response.writeHead(200).write('and then nothing');
			}),
		);
		const proxy = await startProxy();
		const get = fetcher({HTTP_PROXY: `http://127.0.0.1:${proxy.server.port}`}, {maxBytes: 16 * 1024});
		expect(await get.fetch({url: `${origin.origin}/moved`})).toMatchObject({kind: 'error', reason: 'too large (over 16 KB)'});
		expect(await get.fetch({url: `${origin.origin}/stall`})).toMatchObject({kind: 'error', reason: 'stalled: no data for 0.3 s'});
		expect(proxy.seen.map(line => line.split(' ')[1])).toEqual([`${origin.origin}/moved`, `${origin.origin}/big`, `${origin.origin}/stall`]);
	});

	it('says the proxy is at fault when it cannot be reached, and refuses a setting that is no URL', async () => {
		const port = await closedPort();
		expect(await fetcher({HTTP_PROXY: `http://127.0.0.1:${port}`}).fetch({url: 'http://feeds.example.test/'})).toMatchObject({
			kind: 'error',
			reason: 'proxy: connection refused',
		});
		expect(await fetcher({HTTP_PROXY: 'http://[oops'}).fetch({url: 'http://feeds.example.test/'})).toMatchObject({reason: 'the proxy setting is not a URL'});
		expect(await fetcher({HTTP_PROXY: 'socks5://127.0.0.1:1080'}).fetch({url: 'http://feeds.example.test/'})).toMatchObject({
			reason: 'only http:// proxies are supported',
		});
	});
});

describe('HTTPS_PROXY', () => {
	it('tunnels an https URL with CONNECT, TLS end to end (a plain target fails the handshake)', async () => {
		const plain = await track(startHttpServer((_, response) => response.end('not TLS')));
		const tunnels: string[] = [];
		const proxy = await track(startHttpServer((_, response) => response.writeHead(405).end()));
		attachConnect(proxy, tunnels, 200);
		const outcome = await fetcher({HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}).fetch({url: `https://127.0.0.1:${plain.port}/feed`});
		expect(tunnels).toEqual([`127.0.0.1:${plain.port}`]);
		expect(outcome).toMatchObject({kind: 'error', reason: 'TLS error: the server did not answer in TLS (plain HTTP?)'});
	});

	it('speaks TLS through the tunnel, naming the feed host in the handshake (SNI)', async () => {
		let hello!: (bytes: Buffer) => void;
		const firstBytes = new Promise<Buffer>(resolve => (hello = resolve));
		// The target reads the ClientHello and hangs up: no certificate needed to see what arrived.
		const target = await track(
			startRawServer(socket =>
				socket.once('data', chunk => {
					hello(chunk);
					socket.destroy();
				}),
			),
		);
		const tunnels: string[] = [];
		const proxy = await track(startHttpServer((_, response) => response.writeHead(405).end()));
		attachConnect(proxy, tunnels, 200, target.port);
		const outcome = await fetcher({HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`}).fetch({url: 'https://feeds.example.test:8443/x'});
		const bytes = await firstBytes;
		expect(tunnels).toEqual(['feeds.example.test:8443']);
		expect(bytes[0]).toBe(0x16);
		expect(bytes.includes('feeds.example.test')).toBe(true);
		expect(outcome).toMatchObject({kind: 'error', reason: 'connection closed by the server', status: null});
	});

	it('reports a proxy that refuses the tunnel', async () => {
		const tunnels: string[] = [];
		const proxy = await track(startHttpServer((_, response) => response.writeHead(405).end()));
		attachConnect(proxy, tunnels, 407);
		const outcome = await fetcher({https_proxy: `127.0.0.1:${proxy.port}`}).fetch({url: 'https://feeds.example.test/x'});
		expect(outcome).toMatchObject({kind: 'error', reason: 'proxy refused (HTTP 407)'});
		expect(tunnels).toEqual(['feeds.example.test:443']);
	});
});

/** Makes `server` answer CONNECT: with `status` 200 it pipes to `toPort` (else the named port) on 127.0.0.1; otherwise it refuses. */
function attachConnect(server: HttpLoopbackServer, tunnels: string[], status: number, toPort?: number): void {
	server.onConnect((authority, socket) => {
		tunnels.push(authority);
		if (status !== 200) return void socket.end(`HTTP/1.1 ${status} No\r\ncontent-length: 0\r\n\r\n`);
		const upstream = connect(toPort ?? Number(authority.split(':')[1]), '127.0.0.1', () => {
			socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.pipe(socket);
			socket.pipe(upstream);
		});
		upstream.on('error', () => socket.destroy());
		socket.on('close', () => upstream.destroy());
	});
}
