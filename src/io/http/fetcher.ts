/**
 * The fetcher: queued (bounded in total and per host), never throwing, and leaving no socket or
 * timer behind once an outcome is given. Direct requests use Node's fetch; proxied ones
 * node:http (io/http/proxy-transport.ts), with the same limits around both.
 */
import pkg from '../../../package.json' with {type: 'json'};
import {createHostQueue, type FetchOutcome, type FetchRequest, failure, isWebUrl, networkReason, proxyFor, seconds} from '../../core/http/index.js';
import {createAbortHub} from './abort-hub.js';
import {type ChainSettings, runChain} from './chain.js';
import {ProxyError, proxyTransport} from './proxy-transport.js';
import {fetchTransport, type Transport} from './transport.js';
import {createWatchdog, type Watchdog} from './watchdog.js';

/** Fetches feeds and pages. */
export interface Fetcher {
	/** Queues a fetch; resolves with its outcome, never rejects. */
	fetch(request: FetchRequest): Promise<FetchOutcome>;
}

/** Limits and settings; every field has a default. */
export interface FetcherOptions {
	/** Fetches in flight at once (16). */
	readonly concurrency?: number;
	/** Fetches in flight to one host, keyed by host and port (2). */
	readonly perHost?: number;
	/** How long to wait for an answer's headers, per hop (10,000 ms). */
	readonly connectTimeoutMs?: number;
	/** The longest gap between two pieces of a body (10,000 ms). */
	readonly idleTimeoutMs?: number;
	/** The whole fetch, redirects included (30,000 ms). */
	readonly totalTimeoutMs?: number;
	/** The largest body, decompressed (10 MB). */
	readonly maxBytes?: number;
	/** Redirects followed before giving up (5). */
	readonly maxRedirects?: number;
	/** The User-Agent header ('newsterm/<version>'). */
	readonly userAgent?: string;
	/** Where the proxy variables are read (process.env). */
	readonly env?: NodeJS.ProcessEnv;
	/** The clock for freshUntil and retryAt (Date.now). */
	readonly now?: () => number;
}

/** The first `code` along an error's cause chain (and an AggregateError's errors), and the innermost message. */
function codeOf(error: unknown): {code: string | null; message: string | null} {
	let message: string | null = null;
	for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
		const code = (current as {code?: unknown}).code;
		if (typeof code === 'string') return {code, message: current.message};
		const inner = current instanceof AggregateError ? current.errors[0] : undefined;
		message = current.message;
		current = inner ?? current.cause;
	}
	return {code: null, message};
}

/** The words for a thrown error, given what (if anything) stopped the fetch. */
function thrownReason(error: unknown, watchdog: Watchdog, options: Required<FetcherOptions>): string {
	const cause = watchdog.cause();
	if (cause === 'total') return `timed out after ${seconds(options.totalTimeoutMs)} s`;
	if (cause === 'answer') return `timed out after ${seconds(options.connectTimeoutMs)} s (no answer)`;
	if (cause === 'idle') return `stalled: no data for ${seconds(options.idleTimeoutMs)} s`;
	if (cause === 'caller') return 'cancelled';
	const {code, message} = codeOf(error);
	if (error instanceof ProxyError) return error.status === null ? `proxy: ${networkReason(code, message)}` : `proxy refused (HTTP ${error.status})`;
	// A connection that closes mid-body (or a Content-Length that promised more) is a cut-short answer.
	const closed = message === 'terminated' || code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
	if (closed && watchdog.readingBody()) return 'connection closed before the end of the answer';
	return networkReason(code, message);
}

/** A fetcher with `options`' limits. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
	const settled: Required<FetcherOptions> = {
		concurrency: 16,
		perHost: 2,
		connectTimeoutMs: 10_000,
		idleTimeoutMs: 10_000,
		totalTimeoutMs: 30_000,
		maxBytes: 10 * 2 ** 20,
		maxRedirects: 5,
		userAgent: `newsterm/${pkg.version}`,
		env: process.env,
		now: Date.now,
		...options,
	};
	const queue = createHostQueue(Math.max(1, settled.concurrency), Math.max(1, settled.perHost));
	const proxies = new Map<string, Transport>();
	const transportFor = (url: URL): Transport | string => {
		const proxy = proxyFor(url, settled.env);
		if (proxy === null) return fetchTransport;
		if (proxy === 'invalid') return 'the proxy setting is not a URL';
		if (proxy.protocol !== 'http:') return 'only http:// proxies are supported';
		let transport = proxies.get(proxy.href);
		if (!transport) proxies.set(proxy.href, (transport = proxyTransport(proxy)));
		return transport;
	};
	const chain: ChainSettings = {...settled, answerTimeoutMs: settled.connectTimeoutMs, transportFor};
	const hub = createAbortHub();

	async function run(request: FetchRequest, url: URL): Promise<FetchOutcome> {
		const watchdog = createWatchdog(settled.totalTimeoutMs);
		const off = hub.on(request.signal, watchdog.cancel);
		try {
			if (request.signal?.aborted) return failure('cancelled');
			return await runChain(request, url, chain, watchdog);
		} catch (error) {
			return failure(thrownReason(error, watchdog, settled));
		} finally {
			off();
			watchdog.end();
		}
	}

	return {
		fetch(request) {
			let url: URL;
			try {
				url = new URL(request.url);
			} catch {
				return Promise.resolve(failure('not a URL'));
			}
			if (!isWebUrl(url)) return Promise.resolve(failure('not an http or https URL'));
			if (request.signal?.aborted) return Promise.resolve(failure('cancelled'));
			return new Promise(resolve => {
				let started = false;
				let withdraw = (): void => undefined;
				// While queued, an abort withdraws the fetch; once it runs, the watchdog hears the abort instead.
				const off = hub.on(request.signal, () => {
					if (started) return;
					withdraw();
					resolve(failure('cancelled'));
				});
				withdraw = queue.add(url.host, done => {
					started = true;
					off();
					run(request, url).then(outcome => {
						done();
						resolve(outcome);
					});
				});
			});
		},
	};
}
