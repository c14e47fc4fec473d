/**
 * The offline archive on disk: one file per feed (`feeds/<key>.json`) and the listing
 * (`list.json`) the lists start from. Every write is atomic (a reader sees the old file or the new
 * one), so a refresh cut short by Ctrl+C or a crash never leaves a feed unreadable.
 */
import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {
	type ArchivedFeed,
	decodeFeed,
	decodeListing,
	encodeFeed,
	encodeListing,
	type FeedListing,
	type FetchState,
	listingOf,
} from '../../core/archive/index.js';
import {writeAtomically} from '../dirs/index.js';

/** The archive of one data folder. */
export interface Archive {
	readonly dir: string;
	/** Every feed's listing by key: the listing file, else (missing or damaged) rebuilt from the feeds' files. */
	listings(): Promise<ReadonlyMap<string, FeedListing>>;
	/** A feed's file, or null when there is none or it is damaged (then the feed is fetched as new). */
	readFeed(key: string): Promise<ArchivedFeed | null>;
	/** Writes a feed's file and puts its listing in memory; `saveListing` writes the listing file. */
	writeFeed(feed: ArchivedFeed): Promise<void>;
	/**
	 * Records a fetch that changed no item (a 304, a failure) in the listing only: the feed's own file
	 * keeps the state of its last full fetch, which serves only when the listing is rebuilt.
	 */
	setState(key: string, title: string, state: FetchState): Promise<void>;
	/** Writes the listing file, merged with what another process wrote meanwhile (the later fetch of each feed wins). */
	saveListing(): Promise<void>;
	/**
	 * The listings as the listing file holds them, without waiting: for the way out, which cannot
	 * await. Null before they are read, and while this run has written fetches the file does not hold yet.
	 */
	held(): ReadonlyMap<string, FeedListing> | null;
}

const FEED_FILE = /^([0-9a-z]{10})\.json$/;

async function readText(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch {
		return null;
	}
}

/** Opens the archive in `dir` (created on the first write). */
export function openArchive(dir: string): Archive {
	const feedsDir = join(dir, 'feeds');
	const listFile = join(dir, 'list.json');
	// One read of the listing however many writes ask at once: a refresh writes dozens of feeds
	// together, and each one reading its own copy kept only the last one's feed in memory.
	let loading: Promise<Map<string, FeedListing>> | null = null;
	const changed = new Set<string>();
	// What `loading` resolved to, and how many fetches were recorded in it and how many the file holds.
	let loaded: Map<string, FeedListing> | null = null;
	let recorded = 0;
	let saved = 0;

	const readFeed = async (key: string): Promise<ArchivedFeed | null> => {
		const body = await readText(join(feedsDir, `${key}.json`));
		if (body === null) return null;
		const decoded = decodeFeed(body);
		return decoded.ok && decoded.feed.key === key ? decoded.feed : null;
	};

	const rebuild = async (): Promise<Map<string, FeedListing>> => {
		const names = await readdir(feedsDir).catch(() => [] as string[]);
		const out = new Map<string, FeedListing>();
		for (const name of names.sort()) {
			const key = FEED_FILE.exec(name)?.[1];
			const feed = key ? await readFeed(key) : null;
			if (feed) out.set(feed.key, listingOf(feed));
		}
		return out;
	};

	const readListing = async (): Promise<Map<string, FeedListing> | null> => {
		const body = await readText(listFile);
		const decoded = body === null ? null : decodeListing(body);
		return decoded ? new Map(decoded.map(listing => [listing.key, listing])) : null;
	};

	const load = (): Promise<Map<string, FeedListing>> => {
		loading ??= (async () => {
			const read = await readListing();
			if (read) return (loaded = read);
			// Rebuilt once, then kept: every start until the next refresh would read every feed's file again.
			const rebuilt = await rebuild();
			if (rebuilt.size > 0) await writeAtomically(listFile, encodeListing(rebuilt.values())).catch(() => undefined);
			return (loaded = rebuilt);
		})();
		return loading;
	};

	return {
		dir,
		listings: load,
		readFeed,
		async writeFeed(feed) {
			await writeAtomically(join(feedsDir, `${feed.key}.json`), encodeFeed(feed));
			(await load()).set(feed.key, listingOf(feed));
			changed.add(feed.key);
			recorded++;
		},
		async setState(key, title, state) {
			const listings = await load();
			const listing = listings.get(key) ?? {key, title, state, ids: [], titles: [], dates: []};
			listings.set(key, {...listing, state});
			changed.add(key);
			recorded++;
		},
		async saveListing() {
			const mine = loading ? await loading : new Map<string, FeedListing>();
			const theirs = (await readListing()) ?? new Map<string, FeedListing>();
			for (const [key, listing] of theirs) {
				const own = mine.get(key);
				// A feed this process did not fetch is taken as the file has it: another process may have.
				if (!own || (!changed.has(key) && (listing.state.fetched ?? 0) > (own.state.fetched ?? 0))) mine.set(key, listing);
			}
			loading = Promise.resolve(mine);
			loaded = mine;
			// Counted as the text is made: a fetch recorded while the file is written is not in it.
			const upTo = recorded;
			await writeAtomically(listFile, encodeListing(mine.values()));
			saved = upTo;
		},
		held: () => (recorded === saved ? loaded : null),
	};
}
