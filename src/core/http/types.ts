/**
 * The shapes of one fetch: what is asked and what came of it. Pure types, so the refresh planner
 * in core can read outcomes while io/http makes them.
 */

/** One feed or page to fetch. */
export interface FetchRequest {
	/** http or https only; anything else is an error outcome, never a throw. */
	readonly url: string;
	/** The validator from the last answer, sent as If-None-Match. */
	readonly etag?: string | null;
	/** The date from the last answer, sent as If-Modified-Since. */
	readonly lastModified?: string | null;
	/** The Accept header; feeds pass {@link FEED_ACCEPT}. */
	readonly accept?: string;
	/** Cancels the fetch, queued or running; the outcome is then an error saying "cancelled". */
	readonly signal?: AbortSignal;
}

/** What a fetch came to. A fetch never throws: every failure is a `kind: 'error'` with a reason. */
export type FetchOutcome =
	| {
			readonly kind: 'ok';
			/** The final URL, after redirects. */
			readonly url: string;
			/** Set when every redirect in the chain was permanent (301/308): the subscription should move there. */
			readonly permanentUrl: string | null;
			/** The body decoded to text by its charset; untrusted, not yet sanitized. */
			readonly text: string;
			readonly contentType: string | null;
			readonly etag: string | null;
			readonly lastModified: string | null;
			/** Until when the answer is fresh (Cache-Control max-age or Expires), epoch ms. */
			readonly freshUntil: number | null;
			/** Body bytes received: the Content-Length of a compressed body, else the bytes read. */
			readonly bytes: number;
	  }
	| {
			readonly kind: 'not-modified';
			readonly url: string;
			readonly permanentUrl: string | null;
			readonly etag: string | null;
			readonly lastModified: string | null;
			readonly freshUntil: number | null;
			readonly bytes: number;
	  }
	| {
			readonly kind: 'error';
			/** A few words a user can act on, from fixed tables: never text the server sent. */
			readonly reason: string;
			/** The HTTP status when the server answered one. */
			readonly status: number | null;
			/** HTTP 410: the feed is gone for good. */
			readonly gone: boolean;
			/** From Retry-After on 429 or 503, epoch ms. */
			readonly retryAt: number | null;
	  };

/** The error outcome for `reason`, with no status. */
export function failure(reason: string, status: number | null = null, retryAt: number | null = null): FetchOutcome {
	return {kind: 'error', reason, status, gone: status === 410, retryAt};
}

/** The Accept header for feeds: the feed types first, anything else (generic XML too) after; short, as every request of a refresh carries it. */
export const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.8';
