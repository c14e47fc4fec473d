/**
 * A fetcher that answers from a map of URL to outcome, for tests of what is done with a fetch
 * (adding, refreshing) without a server. A URL it does not know fails as an unknown host would.
 * It records every request, so a test can see what was asked and with which conditional headers.
 */
import type {FetchOutcome, FetchRequest} from '../../src/core/http/index.js';
import type {Fetcher} from '../../src/io/http/index.js';

/** The fetcher and what it was asked. */
export interface MemoryFetcher extends Fetcher {
	readonly requests: FetchRequest[];
	/** Sets (or replaces) the answer for `url`. */
	answer(url: string, outcome: FetchOutcome): void;
}

/** What `ok` may set beyond the text. */
interface OkOptions {
	/** The final URL after redirects (default: the URL asked). */
	readonly url?: string;
	readonly permanentUrl?: string | null;
	readonly contentType?: string | null;
	readonly etag?: string | null;
}

/** A 200 answer for `asked` with `text`. */
export function ok(asked: string, text: string, options: OkOptions = {}): FetchOutcome {
	return {
		kind: 'ok',
		url: options.url ?? asked,
		permanentUrl: options.permanentUrl ?? null,
		text,
		contentType: options.contentType ?? 'application/rss+xml',
		etag: options.etag ?? null,
		lastModified: null,
		freshUntil: null,
		bytes: Buffer.byteLength(text),
	};
}

/** A failed fetch with `reason`; `status` as the server gave it, if it answered. */
export function failed(reason: string, status: number | null = null): FetchOutcome {
	return {kind: 'error', reason, status, gone: status === 410, retryAt: null};
}

/** A 304 answer for `asked`. */
export function notModified(asked: string): FetchOutcome {
	return {kind: 'not-modified', url: asked, permanentUrl: null, etag: null, lastModified: null, freshUntil: null, bytes: 0};
}

/** Creates a fetcher answering from `answers` (URL -> outcome). */
export function createMemoryFetcher(answers: Readonly<Record<string, FetchOutcome>> = {}): MemoryFetcher {
	const known = new Map(Object.entries(answers));
	const requests: FetchRequest[] = [];
	return {
		requests,
		answer(url, outcome) {
			known.set(url, outcome);
		},
		async fetch(request) {
			requests.push(request);
			return known.get(request.url) ?? failed('DNS: host not found');
		},
	};
}
