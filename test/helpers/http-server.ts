/**
 * Servers on 127.0.0.1 for the fetcher's tests: an HTTP server with a handler, or a raw TCP one for
 * answers no well-behaved server gives. `close()` destroys every socket still open, so a test that
 * leaves a request hanging does not keep the worker alive.
 */
import {createServer as createHttpServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {type AddressInfo, createServer as createNetServer, type Server, type Socket} from 'node:net';
import {afterEach} from 'vitest';
import {createFetcher, type Fetcher, type FetcherOptions} from '../../src/io/http/fetcher.js';

/** A listening loopback server. */
export interface LoopbackServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	readonly origin: string;
	readonly port: number;
	/** Requests (or connections, for a raw server) seen so far. */
	readonly hits: number;
	close(): Promise<void>;
}

async function listen(server: Server, counter: () => number): Promise<LoopbackServer> {
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		port,
		get hits() {
			return counter();
		},
		close() {
			for (const socket of sockets) socket.destroy();
			return new Promise(resolve => server.close(() => resolve()));
		},
	};
}

/** An HTTP server, which can also answer CONNECT (for a proxy). */
export interface HttpLoopbackServer extends LoopbackServer {
	/** Hands each CONNECT's authority ("host:port") and client socket to `listener`. */
	onConnect(listener: (authority: string, socket: Socket) => void): void;
}

/** An HTTP server calling `handler` for each request. */
export async function startHttpServer(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<HttpLoopbackServer> {
	let hits = 0;
	const server = createHttpServer((request, response) => {
		hits++;
		handler(request, response);
	});
	const loopback = await listen(server, () => hits);
	return Object.assign(loopback, {
		onConnect(listener: (authority: string, socket: Socket) => void) {
			server.on('connect', (request: IncomingMessage, socket: Socket) => {
				socket.on('error', () => undefined);
				listener(request.url ?? '', socket);
			});
		},
	});
}

/** A TCP server handing each connection to `onSocket`. */
export function startRawServer(onSocket: (socket: Socket) => void): Promise<LoopbackServer> {
	let hits = 0;
	const server = createNetServer(socket => {
		hits++;
		socket.on('error', () => undefined);
		onSocket(socket);
	});
	return listen(server, () => hits);
}

/** A port on 127.0.0.1 that nothing listens on: opened, then closed. */
export async function closedPort(): Promise<number> {
	const server = await startRawServer(socket => socket.destroy());
	await server.close();
	return server.port;
}

/**
 * For a test file whose tests start servers: each server `track` is given is closed after its test.
 * Call at the top of the file.
 */
export function useServers(): <T extends LoopbackServer>(server: Promise<T>) => Promise<T> {
	const servers: LoopbackServer[] = [];
	afterEach(async () => {
		await Promise.all(servers.splice(0).map(server => server.close()));
	});
	return async server => {
		const started = await server;
		servers.push(started);
		return started;
	};
}

/** A fetcher with short clocks and no proxy, so each test of a misbehaving server ends in well under a second. */
export const quickFetcher = (options: FetcherOptions = {}): Fetcher =>
	createFetcher({env: {}, connectTimeoutMs: 300, idleTimeoutMs: 300, totalTimeoutMs: 3000, ...options});
