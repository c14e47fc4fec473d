/**
 * One fetch from its first URL to its outcome: follow up to `maxRedirects` redirects by hand,
 * then read the body under the byte cap and the idle clock. Network errors are thrown to the
 * caller (io/http/fetcher.ts), which words them with the watchdog's cause.
 */
import {
	decodeBody,
	type FetchOutcome,
	type FetchRequest,
	failure,
	freshUntil,
	isPermanent,
	isRedirect,
	nextHop,
	retryAt,
	size,
	statusReason,
} from '../../core/http/index.js';
import type {Exchange, Transport} from './transport.js';
import type {Watchdog} from './watchdog.js';

/** The limits and headers a chain runs with (see FetcherOptions). */
export interface ChainSettings {
	readonly answerTimeoutMs: number;
	readonly idleTimeoutMs: number;
	readonly maxBytes: number;
	readonly maxRedirects: number;
	readonly userAgent: string;
	readonly now: () => number;
	/** The transport for a URL (direct or through a proxy), or an error reason. */
	readonly transportFor: (url: URL) => Transport | string;
}

/** The request headers for every hop. */
function headersOf(request: FetchRequest, url: URL, settings: ChainSettings): Record<string, string> {
	const headers: Record<string, string> = {'user-agent': settings.userAgent, 'accept-encoding': 'gzip, deflate, br', accept: request.accept ?? '*/*'};
	if (request.etag) headers['if-none-match'] = request.etag;
	// A server ignores If-Modified-Since beside If-None-Match (RFC 9110, 13.1.3): sent alone, it saves
	// ~45 bytes a feed on a refresh where every request is conditional.
	else if (request.lastModified) headers['if-modified-since'] = request.lastModified;
	// fetch refuses a URL carrying credentials; they become Basic auth, sent to that URL's host only.
	if (url.username !== '') {
		headers['authorization'] = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
	}
	return headers;
}

/** Follows redirects from `first` and returns the outcome; throws only on network errors and aborts. */
export async function runChain(request: FetchRequest, first: URL, settings: ChainSettings, watchdog: Watchdog): Promise<FetchOutcome> {
	let url = first;
	let permanent = true;
	for (let hop = 0; ; hop++) {
		const transport = settings.transportFor(url);
		if (typeof transport === 'string') return failure(transport);
		const target = new URL(url.href);
		target.username = '';
		target.password = '';
		target.hash = '';
		watchdog.arm(settings.answerTimeoutMs, 'answer');
		const answer = await transport(target, headersOf(request, url, settings), watchdog.signal);
		if (isRedirect(answer.status)) {
			answer.discard();
			if (hop >= settings.maxRedirects) return failure('too many redirects', answer.status);
			const next = nextHop(answer.header('location'), url.href);
			if (!next.ok) return failure(next.reason, answer.status);
			permanent &&= isPermanent(answer.status);
			url = next.url;
			continue;
		}
		const permanentUrl = hop > 0 && permanent ? url.href : null;
		return finish(answer, url.href, permanentUrl, settings, watchdog);
	}
}

/** The outcome of a final (non-redirect) answer. */
async function finish(answer: Exchange, url: string, permanentUrl: string | null, settings: ChainSettings, watchdog: Watchdog): Promise<FetchOutcome> {
	const now = settings.now();
	const fresh = freshUntil(answer.header('cache-control'), answer.header('expires'), answer.header('age'), now);
	const validators = {etag: answer.header('etag'), lastModified: answer.header('last-modified'), freshUntil: fresh};
	if (answer.status === 304) {
		answer.discard();
		return {kind: 'not-modified', url, permanentUrl, ...validators, bytes: 0};
	}
	if (answer.status < 200 || answer.status > 299) {
		answer.discard();
		const retry = answer.status === 429 || answer.status === 503 ? retryAt(answer.header('retry-after'), now) : null;
		return failure(statusReason(answer.status), answer.status, retry);
	}
	const body = await readBody(answer, settings, watchdog);
	if (body === null) return failure(`too large (over ${size(settings.maxBytes)})`, answer.status);
	const contentType = answer.header('content-type');
	const text = decodeBody(body, contentType);
	return {kind: 'ok', url, permanentUrl, text, contentType, ...validators, bytes: answer.wireBytes(body.byteLength)};
}

/** The whole body, or null once it passes `maxBytes` decompressed (reading stops there). */
async function readBody(answer: Exchange, settings: ChainSettings, watchdog: Watchdog): Promise<Uint8Array | null> {
	const parts: Uint8Array[] = [];
	let length = 0;
	watchdog.arm(settings.idleTimeoutMs, 'idle');
	for await (const chunk of answer.body) {
		length += chunk.byteLength;
		// Leaving the loop cancels the stream, so a gzip bomb is never inflated past the cap.
		if (length > settings.maxBytes) return null;
		parts.push(chunk);
		watchdog.arm(settings.idleTimeoutMs, 'idle');
	}
	return Buffer.concat(parts, length);
}
