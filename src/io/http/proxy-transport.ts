/**
 * A GET through an http:// proxy, with node:http because Node 20's fetch ignores HTTP(S)_PROXY and
 * takes no agent. An http target is asked of the proxy by its absolute URL; an https target goes
 * through a CONNECT tunnel, TLS end to end with the target. Bodies are decompressed here as fetch
 * would, and the wire bytes counted.
 */
import type {IncomingMessage} from 'node:http';
import {createRequire} from 'node:module';
import type {Socket} from 'node:net';
import type {Exchange, Transport} from './transport.js';

// Loaded on the first request through a proxy, not with the program: node:http, https, tls and zlib
// are ~12 ms of every start otherwise, the reader's included (docs/performance.md#lazy-builtins).
const load = createRequire(import.meta.url);
const http = (): typeof import('node:http') => load('node:http') as typeof import('node:http');
const https = (): typeof import('node:https') => load('node:https') as typeof import('node:https');
const tls = (): typeof import('node:tls') => load('node:tls') as typeof import('node:tls');
const zlib = (): typeof import('node:zlib') => load('node:zlib') as typeof import('node:zlib');
const stream = (): typeof import('node:stream') => load('node:stream') as typeof import('node:stream');

/** A proxy that refused a CONNECT, or failed before the tunnel was up; the reason says "proxy". */
export class ProxyError extends Error {
	/** The proxy's status, when it answered. */
	readonly status: number | null;
	constructor(status: number | null, cause?: unknown) {
		super(status === null ? 'proxy failed' : `proxy answered ${status}`, {cause});
		this.status = status;
	}
}

/** A transport sending every request through `proxy` (an http:// URL). */
export function proxyTransport(proxy: URL): Transport {
	const auth: Record<string, string> =
		proxy.username === ''
			? {}
			: {'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`};
	const proxyPort = Number(proxy.port || 80);
	return async (url, headers, signal) => {
		if (url.protocol === 'http:') {
			const options = {host: proxy.hostname, port: proxyPort, path: url.href, headers: {...headers, ...auth, host: url.host}, signal};
			// Everything before the answer is between us and the proxy: say so, rather than blame the feed.
			const answer = await send(http().request(options)).catch((error: unknown) => {
				throw signal.aborted ? error : new ProxyError(null, error);
			});
			return exchange(answer);
		}
		const socket = await tunnel(proxy.hostname, proxyPort, url, auth, signal);
		const servername = /^[\d.]+$|:/.test(url.hostname) ? undefined : url.hostname;
		const request = https().request({
			host: url.hostname,
			port: Number(url.port || 443),
			path: `${url.pathname}${url.search}`,
			headers: {...headers, host: url.host},
			signal,
			// No agent: the request runs on the tunnel's socket, wrapped in TLS with the target.
			createConnection: () => tls().connect({socket, host: url.hostname, ...(servername === undefined ? {} : {servername})}),
		});
		return exchange(await send(request));
	};
}

/** Opens a CONNECT tunnel to the target's host and port. */
function tunnel(host: string, port: number, target: URL, auth: Record<string, string>, signal: AbortSignal): Promise<Socket> {
	const authority = `${target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname}:${target.port || 443}`;
	return new Promise((resolve, reject) => {
		const request = http().request({host, port, method: 'CONNECT', path: authority, headers: {host: authority, ...auth}, signal});
		request.once('connect', (answer: IncomingMessage, socket: Socket) => {
			if (answer.statusCode === 200) return resolve(socket);
			socket.destroy();
			reject(new ProxyError(answer.statusCode ?? null));
		});
		request.once('error', error => reject(signal.aborted ? error : new ProxyError(null, error)));
		request.end();
	});
}

/** Ends the request and waits for the answer's headers. */
function send(request: import('node:http').ClientRequest): Promise<IncomingMessage> {
	return new Promise((resolve, reject) => {
		request.once('response', resolve);
		request.once('error', reject);
		request.end();
	});
}

/** The answer as an Exchange, counting wire bytes before decompressing. */
function exchange(response: IncomingMessage): Exchange {
	let wire = 0;
	async function* counted(): AsyncGenerator<Uint8Array> {
		for await (const chunk of response as AsyncIterable<Buffer>) {
			wire += chunk.byteLength;
			yield chunk;
		}
	}
	const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
	const inflate =
		encoding === 'gzip' || encoding === 'x-gzip'
			? zlib().createGunzip()
			: encoding === 'deflate'
				? zlib().createInflate()
				: encoding === 'br'
					? zlib().createBrotliDecompress()
					: null;
	const body: AsyncIterable<Uint8Array> = inflate === null ? counted() : stream().pipeline(stream().Readable.from(counted()), inflate, () => undefined);
	return {
		status: response.statusCode ?? 0,
		header(name) {
			const value = response.headers[name.toLowerCase()];
			return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
		},
		body,
		wireBytes: () => wire,
		discard: () => response.destroy(),
	};
}
