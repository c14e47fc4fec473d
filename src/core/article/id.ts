/**
 * What an article id is. Every article, whether a file in a folder or an item of a feed, has one
 * id of the form `<source>/<slug>`, and read marks, bookmarks, links and `newsterm open` all use it.
 *
 * - **source** says where the article came from:
 *   - a folder article: the path of its folder under the articles root, `/`-separated (`world`,
 *     `world/europe`); a file at the root has no source, and its id is just the slug;
 *   - a feed item: `@` and the feed's key, 10 characters of `[0-9a-z]` hashed from the feed's URL
 *     (`@k3x9q2m7ta`), so an item keeps its id when the feed's title or section changes.
 * - **slug** names the article within its source and never holds a `/`:
 *   - a folder article: its file name without `.txt` (`us-not-there-yet`);
 *   - a feed item: 13 characters of `[0-9a-z]` hashed from its guid, else its link, else its title
 *     and date, so the same item keeps its id across refreshes and restarts.
 *
 * Ids are sanitized text (no control characters) and are compared exactly. The store groups read
 * marks by source (`splitId`), so a feed of 1,000 items is one group in the store file, not 1,000.
 * A folder whose first path segment has a feed source's shape would make ids a feed could also
 * make: the folder source skips such files (`isFeedShaped`).
 */

const TXT = /\.txt$/i;
const FEED_SOURCE = /^@[0-9a-z]{10}$/;

/** Splits an id into its source and slug; an id without an inner `/` has the source ''. */
export function splitId(id: string): readonly [source: string, slug: string] {
	const slash = id.lastIndexOf('/');
	// A slash at index 0 would make `/x` and `x` collide, so such ids stay whole with source ''.
	return slash <= 0 ? ['', id] : [id.slice(0, slash), id.slice(slash + 1)];
}

/** The inverse of `splitId`. */
export function joinId(source: string, slug: string): string {
	return source === '' ? slug : `${source}/${slug}`;
}

/**
 * The id of a folder article from its path relative to the articles root (either separator), before
 * sanitizing: `world\us-not-there-yet.txt` is `world/us-not-there-yet`.
 */
export function folderArticleId(relativePath: string): string {
	// Plain string operations: a warm start computes 100,000 of these before its first frame.
	const path = relativePath.includes('\\') ? relativePath.replaceAll('\\', '/') : relativePath;
	return TXT.test(path) ? path.slice(0, -4) : path;
}

/** Whether an id's source is a feed's (`@` and a 10-character key). */
export function isFeedShaped(id: string): boolean {
	// Most ids fail on their first character: the folder scan asks this of every file.
	if (id.charCodeAt(0) !== 0x40) return false;
	const slash = id.indexOf('/');
	return slash > 0 && FEED_SOURCE.test(id.slice(0, slash));
}

/**
 * The source of a feed's items, from the feed's URL; without its `@` it is the feed's key in the
 * store and the archive.
 */
export function feedSource(feedUrl: string): string {
	return `@${hashKey(feedUrl).slice(0, 10)}`;
}

/** What identifies a feed item, best first: the feed's own guid, else the link, else title and date. */
export interface ItemIdentity {
	readonly guid?: string | null;
	readonly link?: string | null;
	readonly title?: string | null;
	readonly date?: string | null;
}

/** The id of a feed item: the feed's source and a slug from the item's best identity. */
export function feedItemId(feedUrl: string, item: ItemIdentity): string {
	const identity = item.guid ? `guid:${item.guid}` : item.link ? `link:${item.link}` : `title:${item.title ?? ''}\n${item.date ?? ''}`;
	return joinId(feedSource(feedUrl), hashKey(identity));
}

/**
 * A hash of a string as 13 base-36 characters (about 62 bits): two 32-bit FNV-1a-style passes with
 * different offsets and multipliers. Not cryptographic: ids need to be stable and, within one feed's
 * thousand items, distinct, which 62 bits give with a wide margin.
 */
function hashKey(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x9747b28c;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
		b ^= b >>> 15;
	}
	const high = (a >>> 0).toString(36).padStart(7, '0');
	const low = ((b ^ (b >>> 13)) >>> 0).toString(36).padStart(7, '0');
	return `${high}${low}`.slice(0, 13);
}
