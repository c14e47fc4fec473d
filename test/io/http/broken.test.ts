import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import type {FetcherOptions} from '../../../src/io/http/fetcher.js';
import {closedPort, quickFetcher, startHttpServer, startRawServer, useServers} from '../../helpers/http-server.js';

/**
 * Servers that send too much, or something broken: huge bodies, gzip bombs, lying lengths, the
 * wrong protocol.
 * Every limit is small so each test ends in well under a second; the assertions are on the
 * outcome, never on how long it took.
 */
const track = useServers();

const fetcher = (options: FetcherOptions = {}) => quickFetcher(options);

describe('size', () => {
	it('stops a 50 MB body at the cap, streaming it rather than holding it', async () => {
		const chunk = Buffer.alloc(64 * 1024, 0x61);
		let sent = 0;
		const server = await track(
			startHttpServer((_, response) => {
				response.writeHead(200, {'content-length': String(50 * 2 ** 20)});
				const pump = (): void => {
					while (sent < 50 * 2 ** 20) {
						sent += chunk.length;
						if (!response.write(chunk)) return void response.once('drain', pump);
					}
					response.end();
				};
				pump();
			}),
		);
		const outcome = await fetcher({maxBytes: 2 ** 20, idleTimeoutMs: 2000}).fetch({url: server.origin});
		expect(outcome).toMatchObject({kind: 'error', reason: 'too large (over 1 MB)', status: 200});
		// The reader stopped the transfer: the server got nowhere near sending it all.
		expect(sent).toBeLessThan(25 * 2 ** 20);
	});

	it('stops a gzip bomb by its decompressed size', async () => {
		const bomb = gzipSync(Buffer.alloc(64 * 2 ** 20));
		expect(bomb.length).toBeLessThan(100 * 1024);
		const server = await track(startHttpServer((_, response) => response.writeHead(200, {'content-encoding': 'gzip'}).end(bomb)));
		expect(await fetcher({maxBytes: 2 ** 20, idleTimeoutMs: 2000}).fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'too large (over 1 MB)'});
	});

	it('counts the wire bytes of a compressed body and returns its text', async () => {
		const text = 'feed '.repeat(2000);
		const packed = gzipSync(text);
		const server = await track(
			startHttpServer((_, response) => response.writeHead(200, {'content-encoding': 'gzip', 'content-length': packed.length}).end(packed)),
		);
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', text, bytes: packed.length});
	});
});

describe('broken answers', () => {
	it('says a damaged gzip body is damaged', async () => {
		const packed = gzipSync('<rss>fine</rss>'.repeat(100));
		packed.fill(0x55, 12, 30);
		const server = await track(startHttpServer((_, response) => response.writeHead(200, {'content-encoding': 'gzip'}).end(packed)));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'the compressed body is damaged'});
	});

	it('fails a body shorter than its Content-Length when the server closes', async () => {
		const server = await track(
			startRawServer(socket => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ncontent-length: 5000\r\nconnection: close\r\n\r\n<rss>only part')),
		);
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'connection closed before the end of the answer'});
	});

	it('does not hang on a body shorter than its Content-Length when the server keeps the socket open', async () => {
		const server = await track(startRawServer(socket => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 5000\r\n\r\n<rss>only part')));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'stalled: no data for 0.3 s'});
	});

	it('reads no more than Content-Length says when the body runs longer', async () => {
		const server = await track(startRawServer(socket => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\n<rss>and more after it')));
		// The answer ends where Content-Length says; what follows is not part of it.
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'ok', text: '<rss>', bytes: 5});
	});

	it('says the server closed the connection when it hangs up before answering', async () => {
		const server = await track(startRawServer(socket => socket.once('data', () => socket.destroy())));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'connection closed by the server', status: null});
	});

	it('says connection refused for a closed port', async () => {
		const port = await closedPort();
		expect(await fetcher().fetch({url: `http://127.0.0.1:${port}/feed`})).toMatchObject({kind: 'error', reason: 'connection refused', status: null});
	});

	it('says TLS error quickly for https to a plain-HTTP server', async () => {
		const server = await track(startHttpServer((_, response) => response.end('plain')));
		const outcome = await fetcher({connectTimeoutMs: 5000, totalTimeoutMs: 5000}).fetch({url: `https://127.0.0.1:${server.port}/`});
		expect(outcome).toMatchObject({kind: 'error'});
		expect(outcome).toMatchObject({kind: 'error', reason: 'TLS error: the server did not answer in TLS (plain HTTP?)'});
	});

	it('says not a valid HTTP answer for a server that speaks something else', async () => {
		const server = await track(startRawServer(socket => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'not a valid HTTP answer'});
	});
});
