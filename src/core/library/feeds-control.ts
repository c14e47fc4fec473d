/**
 * What the reader can ask of the feeds while it runs: refresh them, add one, unsubscribe, fetch an
 * item's page (reader mode), and how the last refresh went. The CLI builds it over the network and
 * the archive (io/feeds); the reader only calls it, so its screens stay free of I/O.
 */

/** How a refresh is going; the same object until something changes. */
export interface RefreshProgress {
	readonly running: boolean;
	readonly done: number;
	readonly total: number;
	/** Feeds whose last fetch failed (this refresh's, or the last one's when none runs). */
	readonly failed: number;
}

/** The answer to a request that fetches: a line for the footer, or why it failed. */
export type FeedsAnswer = {readonly ok: true; readonly message: string} | {readonly ok: false; readonly reason: string};

/** The feeds as the reader sees them. */
export interface FeedsControl {
	/** Called when progress or errors change; returns an unsubscribe. */
	subscribe(listener: () => void): () => void;
	progress(): RefreshProgress;
	/** A failing feed's error by its section's name, shown beside the section. */
	sectionErrors(): ReadonlyMap<string, string>;
	/** Starts a refresh of every feed; a reason when it cannot (offline, no feeds, one already running). */
	refresh(): string | null;
	/** Subscribes to a feed or a site's feed, fetching it once. */
	add(url: string): Promise<FeedsAnswer>;
	/** The titles of the feeds listed under a section (none for a folder's section). */
	feedsIn(section: string): readonly string[];
	/** Ends the subscriptions of a section's feeds; their read marks and bookmarks stay. */
	unsubscribe(section: string): FeedsAnswer;
	/** Fetches an item's page and keeps the article found on it (reader mode). */
	readerMode(id: string): Promise<FeedsAnswer>;
}
