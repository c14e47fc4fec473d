/**
 * The article model shared by every source (bundled files today, feeds later).
 * A source produces `ArticleMeta` cheaply for the lists and a full `Article` when one is opened.
 */

/** A local date-time as written in the article, `YYYY-MM-DDTHH:MM`, with no time zone. */
export type LocalDateTime = string;

/** A parsed date and whether its day/month order could not be decided. */
export interface ParsedDate {
	readonly iso: LocalDateTime;
	/** True when DD/MM and MM/DD were both valid and nothing (a weekday) decided: DD/MM was taken. */
	readonly ambiguous: boolean;
}

/** What the lists need, and all a source must give before an article is opened. */
export interface ArticleMeta {
	/** Stable identifier: the path relative to the articles root without `.txt`, e.g. `world/us-not-there-yet`. */
	readonly id: string;
	readonly title: string;
	readonly section: string;
	/** `null` when the article has no readable `Last update:` line. */
	readonly updated: LocalDateTime | null;
	readonly dateAmbiguous: boolean;
}

/** A quotation inside one paragraph: `start`/`end` are UTF-16 offsets, `end` exclusive, marks included. */
export interface QuoteSpan {
	readonly start: number;
	readonly end: number;
}

/** A headline that points at another article; `id` is null when the library does not have it. */
export interface LinkTarget {
	readonly title: string;
	readonly id: string | null;
}

/** The related headline after `Last update:`, with its own long-form date. */
export interface RelatedLink extends LinkTarget {
	readonly date: LocalDateTime | null;
}

/** One `More from <Section>` entry: a headline and its teaser. */
export interface MoreItem extends LinkTarget {
	readonly teaser: string;
}

/** The `More from <Section>` block at the foot of an article. */
export interface MoreFrom {
	readonly section: string;
	readonly items: readonly MoreItem[];
}

/**
 * What one block of an article's body is; its text is the same index of `paragraphs`. A text file
 * has paragraphs only; a feed item's HTML gives the other kinds too.
 */
export type BlockKind =
	| {readonly kind: 'paragraph'}
	| {readonly kind: 'heading'}
	/** A block quote: drawn as a quotation, whole. */
	| {readonly kind: 'quote'}
	/** A list item; `marker` is `•` or `3.`, `depth` 0 for a top-level list. */
	| {readonly kind: 'item'; readonly marker: string; readonly depth: number}
	/** Preformatted text: its lines are kept as they are, never re-wrapped (cut at the width). */
	| {readonly kind: 'pre'}
	/** An image, as `[image: alt]`. */
	| {readonly kind: 'image'};

/** A link in the body's text: the words it was on and its absolute http(s) URL. */
export interface WebLink {
	readonly text: string;
	readonly url: string;
}

/** Where a feed item came from: its feed and its page. Absent for articles from files. */
export interface ItemOrigin {
	/** The feed's title. */
	readonly feed: string;
	/** The item's web page (absolute http(s)), or null. */
	readonly url: string | null;
	readonly author: string | null;
	/** True when the feed gave only a summary: reader mode (`f`) can fetch the page. */
	readonly summaryOnly: boolean;
	/** Set when reader mode was tried on this item and failed: why, in a few words. */
	readonly fullError?: string;
	/** True when the text shown is reader mode's extraction of the page. */
	readonly full?: boolean;
	/** True when the feed changed the item's text after it was first seen. */
	readonly revised?: boolean;
}

/** A fully parsed article. Links carry `id: null` until resolved against a library. */
export interface Article extends ArticleMeta {
	/** Body blocks' text, sanitized, with non-breaking spaces turned into plain spaces. */
	readonly paragraphs: readonly string[];
	/** Quotation spans per paragraph (index-aligned with `paragraphs`). */
	readonly quotes: readonly (readonly QuoteSpan[])[];
	/** What each block is (index-aligned with `paragraphs`); absent when every block is a paragraph. */
	readonly blocks?: readonly BlockKind[];
	/** The links in the body's text, in order, listed at the foot with their URLs. */
	readonly links?: readonly WebLink[];
	/** Set for a feed item. */
	readonly origin?: ItemOrigin;
	readonly related: RelatedLink | null;
	readonly more: MoreFrom | null;
	/** What did not follow the format; parsing reports problems instead of throwing. */
	readonly problems: readonly string[];
}

/** A bookmark keeps a snapshot so it still lists when its article is gone. */
export interface Bookmark {
	readonly id: string;
	readonly title: string;
	readonly section: string;
	readonly updated: LocalDateTime | null;
	readonly teaser: string;
	/** Milliseconds since the epoch when the bookmark was made. */
	readonly at: number;
}
