// Types for scripts/feed-server.mjs, so tests in TypeScript can start the benchmark's feed server.

/** What the server saw since the counters last started. */
export interface FeedServerCounts {
	requests: number;
	/** Requests with If-None-Match or If-Modified-Since. */
	conditional: number;
	/** Answered 304. */
	notModified: number;
	/** Request heads as they came: request line, headers, blank line. */
	requestBytes: number;
	/** What the sockets carried back: heads and bodies as sent (compressed when they were). */
	responseBytes: number;
}

/** A running loopback feed server. */
export interface FeedServer {
	/** Feed n's URL. */
	readonly urls: string[];
	readonly ports: number[];
	/** The OPML of the first `count` feeds (all by default). */
	opmlUrl(count?: number): string;
	/** Bytes of feed n's current edition, uncompressed. */
	feedBytes(n: number): number;
	/** Adds a new item to the first `count` feeds (all by default). */
	publish(count?: number): Promise<void>;
	/** The counters since the last call; they start again. */
	takeCounts(): FeedServerCounts;
	close(): Promise<void>;
}

/** Renders the feeds and starts serving them on 127.0.0.1. */
export declare function startFeedServer(options: {feeds: number; seed?: number; delayMs?: number; hosts?: number}): Promise<FeedServer>;
