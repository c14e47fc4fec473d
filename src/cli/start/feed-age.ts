/**
 * How long a saved first frame holds for someone who subscribes to feeds. The reader refreshes on
 * start once the archive is stale, and the refresh shows in the header (`0/40 feeds`), so a frame
 * saved without it is true only until then: the launcher paints it up to `validUntil`, worked out
 * here from the same fetch times and refresh interval as the reader's own test (io/feeds
 * refreshIfStale).
 */
import type {Subscription} from '../../core/store/index.js';
import type {FeedListing} from '../../core/archive/index.js';

/** How old the last refresh may be before the reader refreshes on start (NEWSTERM_REFRESH_MINUTES). */
const DEFAULT_REFRESH_MINUTES = 30;

/**
 * How old the feeds may be before the reader refreshes them on start, or null for never:
 * NEWSTERM_REFRESH_MINUTES (0 refreshes on every start), else config.toml's `refresh_interval` (0 never does).
 */
export function refreshMinutes(env: NodeJS.ProcessEnv, configured = DEFAULT_REFRESH_MINUTES): number | null {
	const value = Number(env['NEWSTERM_REFRESH_MINUTES'] || Number.NaN);
	if (Number.isFinite(value) && value >= 0) return value;
	return configured === 0 ? null : configured;
}

/** What the next start's refresh depends on, as this run leaves it. */
export interface FeedsAtExit {
	readonly subscriptions: readonly Subscription[];
	/** The archive's listings as its file holds them (io/archive held), or null when not known. */
	readonly listings: ReadonlyMap<string, FeedListing> | null;
	/** refreshMinutes' answer. */
	readonly minutes: number | null;
	/** `--offline`: nothing is ever refreshed. */
	readonly offline: boolean;
	readonly now: number;
}

/**
 * Whether the next start's first frame can be saved for these feeds, and until when: `{}` for no time
 * limit, `{validUntil}` for one, null when the frame would not be what the reader draws (a refresh
 * on start, a failing feed's error beside its section, listings not known).
 */
export function feedFrameLimit(feeds: FeedsAtExit): {readonly validUntil?: number} | null {
	if (feeds.subscriptions.length === 0) return {};
	const listings = feeds.listings;
	if (listings === null) return null;
	const states = feeds.subscriptions.map(feed => listings.get(feed.key)?.state);
	// The reader reads the errors from the archive at once and shows them (`1 failed`, the section's note).
	if (states.some(state => state?.error)) return null;
	if (feeds.offline || feeds.minutes === null) return {};
	let newest = -Infinity;
	for (const state of states) {
		// A feed never fetched is fetched on the next start.
		if (state?.fetched == null) return null;
		newest = Math.max(newest, state.fetched);
	}
	const validUntil = newest + feeds.minutes * 60_000;
	return feeds.minutes > 0 && validUntil > feeds.now ? {validUntil} : null;
}
