/**
 * The offline archive's model: what newsterm keeps of each feed between runs, so every item read or
 * listed before opens with no network. One file per feed (io/archive); this is its content.
 */
import type {LocalDateTime} from '../article/index.js';

/** One item as the archive keeps it. Its text stays HTML: it is read into blocks when opened. */
export interface ArchivedItem {
	/** The article id, `@<feed key>/<slug>`. */
	readonly id: string;
	readonly title: string;
	readonly link: string | null;
	readonly author: string | null;
	readonly published: LocalDateTime | null;
	/** The fullest text the feed gave (content, else summary), as HTML; null when it gave none. */
	readonly html: string | null;
	/** True when the feed gave only a summary: reader mode can fetch the page. */
	readonly summaryOnly: boolean;
	/** When the item was first seen, epoch ms: orders undated items and ages the archive. */
	readonly seen: number;
	/** True once the feed changed the item after it was first seen. */
	readonly revised: boolean;
	/** Reader mode's outcome for this item: the page's article as HTML, or why extraction failed. */
	readonly full?: {readonly html: string} | {readonly error: string};
}

/** What the last fetches of a feed learned. */
export interface FetchState {
	readonly etag: string | null;
	readonly lastModified: string | null;
	/** The last attempt, epoch ms; null before the first. */
	readonly fetched: number | null;
	/** 'gone' after an HTTP 410: the feed is not fetched again. */
	readonly status: 'new' | 'ok' | 'error' | 'gone';
	/** The last attempt's failure in a few words, or null when it worked. */
	readonly error: string | null;
	/** Not before this time (Retry-After), epoch ms. */
	readonly retryAt: number | null;
	/** Fresh until this time (Cache-Control max-age, Expires), epoch ms: not fetched before it. */
	readonly freshUntil: number | null;
}

/** One feed's archive file. */
export interface ArchivedFeed {
	readonly key: string;
	/** The URL the items were fetched from (relative links in their HTML resolve against it). */
	readonly url: string;
	readonly title: string;
	/** The feed's web site, or null. */
	readonly link: string | null;
	readonly state: FetchState;
	/** Newest first. */
	readonly items: readonly ArchivedItem[];
}

/** A feed with nothing fetched yet. */
export function emptyFeed(key: string, url: string, title: string): ArchivedFeed {
	return {
		key,
		url,
		title,
		link: null,
		state: {etag: null, lastModified: null, fetched: null, status: 'new', error: null, retryAt: null, freshUntil: null},
		items: [],
	};
}
