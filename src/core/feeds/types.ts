/**
 * The one model every feed format is read into. RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed
 * 1.0/1.1 each have their own shape (feedsmith keeps it); `parseFeedText` maps them all to this.
 * Every string here has passed `sanitizeText` once; every link is an absolute http(s) URL.
 */
import type {BlockKind, LocalDateTime, QuoteSpan, WebLink} from '../article/index.js';

/** One item of a feed, normalised. */
export interface FeedItem {
	/** The article id (`@<feed key>/<slug>`, core/article `feedItemId`): stable across refreshes. */
	readonly id: string;
	/** The feed's own identifier for the item (RSS guid, Atom id, JSON Feed id), or null. */
	readonly guid: string | null;
	/** The item's web page, resolved and checked (`safeExternalUrl`), or null. */
	readonly link: string | null;
	/** Never empty: an item without a title gets its summary's first words, or `(untitled)`. */
	readonly title: string;
	readonly author: string | null;
	/** Local time; null when missing or unreadable. A date more than a day ahead is clamped to now. */
	readonly published: LocalDateTime | null;
	/** The full text as HTML (RSS content:encoded, Atom content, JSON content_html), or null. */
	readonly contentHtml: string | null;
	/** The short text as HTML (RSS description, Atom summary, JSON summary), or null. */
	readonly summaryHtml: string | null;
}

/** A parsed feed: its title, its web page and its items, newest first (undated items last). */
export interface FeedDoc {
	readonly title: string;
	readonly link: string | null;
	readonly items: readonly FeedItem[];
}

/** What `parseFeedText` gives: a feed, or a short human reason it is not one. */
export type FeedResult = {readonly ok: true; readonly feed: FeedDoc} | {readonly ok: false; readonly reason: string};

/** One subscription as OPML carries it. `category` is the enclosing folder's text, or null at the top. */
export interface OpmlOutline {
	readonly url: string;
	readonly title: string;
	readonly category: string | null;
}

/** What `parseOpmlText` gives: the subscriptions in document order, or a short reason. */
export type OpmlResult = {readonly ok: true; readonly outlines: readonly OpmlOutline[]} | {readonly ok: false; readonly reason: string};

/**
 * An item as read from one format, before ids, sanitizing, link checks and dates: the format
 * readers (`formats.ts`) fill it, `normalize.ts` finishes it.
 */
export interface RawItem {
	readonly guid: string | undefined;
	/** The item's link as written, relative to `base` (xml:base chain, else the feed's URL). */
	readonly link: string | undefined;
	readonly base: string;
	readonly title: string | undefined;
	readonly author: string | undefined;
	readonly date: string | undefined;
	readonly contentHtml: string | undefined;
	readonly summaryHtml: string | undefined;
}

/** A feed as read from one format, before normalising. */
export interface RawFeed {
	readonly title: string | undefined;
	readonly link: string | undefined;
	readonly base: string;
	readonly items: readonly RawItem[];
}

/**
 * An item's text as the article model holds it (core/article `Article`'s body fields): HTML from a
 * feed or a page read into blocks, each block's text sanitized, quotations found.
 */
export interface ItemBody {
	readonly paragraphs: readonly string[];
	readonly quotes: readonly (readonly QuoteSpan[])[];
	readonly blocks: readonly BlockKind[];
	readonly links: readonly WebLink[];
}
