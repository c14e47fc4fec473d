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

/** A fully parsed article. Links carry `id: null` until resolved against a library. */
export interface Article extends ArticleMeta {
	/** Body paragraphs, sanitized, with non-breaking spaces turned into plain spaces. */
	readonly paragraphs: readonly string[];
	/** Quotation spans per paragraph (index-aligned with `paragraphs`). */
	readonly quotes: readonly (readonly QuoteSpan[])[];
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
