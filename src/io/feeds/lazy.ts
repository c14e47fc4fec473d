/**
 * The feed work that fetches and parses (feedsmith, the HTML parser), behind `import()`: listing and
 * reading the archive is all a start needs, and a bundle that initialised the parsers before the
 * first frame drew it ~30 ms later (docs/performance.md#feeds-lazy). Each function here has the
 * signature of the one it loads.
 */
import type * as Add from './add.js';
import type * as ReaderMode from './reader-mode.js';
import type * as Refresh from './refresh.js';

/** `add.ts`'s addFeed, loaded on first use. */
export async function addFeed(...args: Parameters<typeof Add.addFeed>): ReturnType<typeof Add.addFeed> {
	return (await import('./add.js')).addFeed(...args);
}

/** `refresh.ts`'s refreshFeeds, loaded on first use. */
export async function refreshFeeds(...args: Parameters<typeof Refresh.refreshFeeds>): ReturnType<typeof Refresh.refreshFeeds> {
	return (await import('./refresh.js')).refreshFeeds(...args);
}

/** `reader-mode.ts`'s fetchFullText, loaded on first use. */
export async function fetchFullText(...args: Parameters<typeof ReaderMode.fetchFullText>): ReturnType<typeof ReaderMode.fetchFullText> {
	return (await import('./reader-mode.js')).fetchFullText(...args);
}
