import {describe, expect, it} from 'vitest';
import type {FetcherOptions} from '../../../src/io/http/fetcher.js';
import {quickFetcher, startHttpServer, startRawServer, useServers} from '../../helpers/http-server.js';

/**
 * Servers that go quiet or crawl, and proof that a fetch ending early lets go of its socket.
 * Every limit is small so each test ends in well under a second; the assertions are on the
 * outcome, never on how long it took.
 */
const track = useServers();

const fetcher = (options: FetcherOptions = {}) => quickFetcher(options);

describe('silence and slowness', () => {
	it('gives up on a server that accepts and never answers (no answer)', async () => {
		const server = await track(startRawServer(() => undefined));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'timed out after 0.3 s (no answer)', status: null});
	});

	it('gives up on a silent server at the total timeout when that comes first', async () => {
		const server = await track(startRawServer(() => undefined));
		expect(await fetcher({connectTimeoutMs: 5000, totalTimeoutMs: 300}).fetch({url: server.origin})).toMatchObject({
			kind: 'error',
			reason: 'timed out after 0.3 s',
		});
	});

	it('stops a body that stalls after the headers', async () => {
		const server = await track(startHttpServer((_, response) => response.writeHead(200, {'content-length': '100'}).write('first bytes')));
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'stalled: no data for 0.3 s'});
	});

	it('stops a body that drips forever at the total timeout, though each drip beats the idle clock', async () => {
		const server = await track(
			startHttpServer((_, response) => {
				response.writeHead(200);
				const drip = setInterval(() => response.write('x'), 20);
				response.on('close', () => clearInterval(drip));
			}),
		);
		expect(await fetcher({idleTimeoutMs: 2000, totalTimeoutMs: 400}).fetch({url: server.origin})).toMatchObject({
			kind: 'error',
			reason: 'timed out after 0.4 s',
		});
	});

	it('cancels when the caller aborts, queued or running, and refuses an aborted signal at once', async () => {
		let connected!: () => void;
		const arrived = new Promise<void>(resolve => (connected = resolve));
		const server = await track(startRawServer(() => connected()));
		const get = fetcher({connectTimeoutMs: 5000, concurrency: 1});
		const controller = new AbortController();
		const running = get.fetch({url: server.origin, signal: controller.signal});
		const queued = get.fetch({url: server.origin, signal: controller.signal});
		await arrived;
		controller.abort();
		expect(await running).toMatchObject({kind: 'error', reason: 'cancelled'});
		expect(await queued).toMatchObject({kind: 'error', reason: 'cancelled'});
		expect(await get.fetch({url: server.origin, signal: controller.signal})).toMatchObject({kind: 'error', reason: 'cancelled'});
		expect(server.hits).toBe(1);
	});
});

describe('nothing left open', () => {
	it('closes the connection of a fetch that ended in an error mid-body', async () => {
		let closed: Promise<void> | undefined;
		const server = await track(
			startHttpServer((request, response) => {
				closed ??= new Promise(resolve => request.socket.once('close', () => resolve()));
				response.writeHead(200).write('x'.repeat(4096));
			}),
		);
		expect(await fetcher({maxBytes: 1024}).fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'too large (over 1 KB)'});
		// Resolves only if the fetcher let go of the socket; the server itself never ends the answer.
		await closed;
	});

	it('closes the connection of a fetch that stalled', async () => {
		let closed: Promise<void> | undefined;
		const server = await track(
			startRawServer(socket => {
				// Reading is what lets the server see the client's FIN; a paused socket never closes.
				socket.resume();
				closed ??= new Promise(resolve => socket.once('close', () => resolve()));
				socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n');
			}),
		);
		expect(await fetcher().fetch({url: server.origin})).toMatchObject({kind: 'error', reason: 'stalled: no data for 0.3 s'});
		await closed;
	});
});
