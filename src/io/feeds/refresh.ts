/**
 * Fetching subscribed feeds into the archive. Each feed is fetched, parsed, merged and written on
 * its own: a failing feed never stops the others and keeps its last good items. Only one feed's
 * text is held at a time per fetch in flight, so memory stays bounded at 1,000 feeds.
 */
import {emptyFeed, type FetchState, mergeFetched} from '../../core/archive/index.js';
import {createTaskQueue} from '../../core/async/index.js';
import {parseFeedText} from '../../core/feeds/index.js';
import type {ReadingStore, Subscription} from '../../core/store/index.js';
import type {Archive} from '../archive/index.js';
import {FEED_ACCEPT, type FetchOutcome} from '../../core/http/index.js';
import type {Fetcher} from '../http/index.js';
import {createTurns, type Turns} from './turns.js';

/** What happened to one feed in a refresh. */
export interface FeedReport {
	readonly key: string;
	readonly url: string;
	readonly title: string;
	/** `fresh`: not fetched, its server said it would not change yet; `waiting`: its server asked to wait (Retry-After). */
	readonly outcome: 'updated' | 'unchanged' | 'fresh' | 'waiting' | 'error' | 'gone';
	/** Items the archive did not have before. */
	readonly added: number;
	/** Items kept for the feed after the refresh. */
	readonly items: number;
	readonly error: string | null;
}

/** What a refresh needs. */
export interface RefreshDeps {
	readonly fetcher: Fetcher;
	readonly archive: Archive;
	/** Subscriptions that moved (a permanent redirect) or were renamed are written back to it. */
	readonly store: ReadingStore;
	readonly now: () => number;
	/** Where the CPU work goes, a piece per turn (one queue for a whole refresh). */
	readonly turns?: Turns;
}

/** What a feed never fetched starts from. */
const NEVER: FetchState = emptyFeed('', '', '').state;

function nextState(before: FetchState, outcome: FetchOutcome, now: number, parseError: string | null): FetchState {
	if (outcome.kind === 'error') {
		return {...before, fetched: now, status: outcome.gone ? 'gone' : 'error', error: outcome.reason, retryAt: outcome.retryAt, freshUntil: null};
	}
	if (parseError !== null) return {...before, fetched: now, status: 'error', error: parseError, retryAt: null, freshUntil: null};
	return {etag: outcome.etag, lastModified: outcome.lastModified, fetched: now, status: 'ok', error: null, retryAt: null, freshUntil: outcome.freshUntil};
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Fetches one feed into the archive; never throws (a disk that cannot be written is the feed's
 * error). The listing holds the fetch state, so a feed that did not change (a 304, a failure, a
 * wait) costs no read or write of its own file: only a new text is merged into it.
 */
async function refreshFeed(feed: Subscription, deps: RefreshDeps): Promise<FeedReport> {
	const listing = (await deps.archive.listings()).get(feed.key);
	const state = listing?.state ?? NEVER;
	const report = (outcome: FeedReport['outcome'], items: number, added: number, error: string | null, title = listing?.title): FeedReport => ({
		key: feed.key,
		url: feed.url,
		title: title || feed.title,
		outcome,
		added,
		items,
		error,
	});
	const known = listing?.ids.length ?? 0;
	const now = deps.now();
	if (state.status === 'gone') return report('gone', known, 0, state.error);
	if (state.retryAt !== null && state.retryAt > now) return report('waiting', known, 0, state.error);
	if (state.freshUntil !== null && state.freshUntil > now) return report('fresh', known, 0, null);
	const outcome = await deps.fetcher.fetch({url: feed.url, etag: state.etag, lastModified: state.lastModified, accept: FEED_ACCEPT});
	const turn = deps.turns ?? (<T>(job: () => T): Promise<T> => Promise.resolve(job()));
	const parsed = outcome.kind === 'ok' ? await turn(() => parseFeedText(outcome.text, outcome.url, now)) : null;
	const parseError = parsed && !parsed.ok ? parsed.reason : null;
	const next = nextState(state, outcome, now, parseError);
	if (outcome.kind === 'not-modified' && outcome.permanentUrl !== null && outcome.permanentUrl !== feed.url)
		deps.store.putFeed({...feed, url: outcome.permanentUrl});
	if (!parsed?.ok) {
		await deps.archive.setState(feed.key, listing?.title || feed.title, next);
		if (outcome.kind === 'error') return report(outcome.gone ? 'gone' : 'error', known, 0, outcome.reason);
		return parseError === null ? report('unchanged', known, 0, null) : report('error', known, 0, parseError);
	}
	try {
		const before = (await deps.archive.readFeed(feed.key)) ?? emptyFeed(feed.key, feed.url, feed.title);
		const keep = deps.store.snapshot().bookmarks;
		const merged = await turn(() => mergeFetched(before, parsed.feed, outcome.kind === 'ok' ? outcome.url : feed.url, now, id => keep.has(id)));
		const after = {...merged, state: next};
		await deps.archive.writeFeed(after);
		const moved = outcome.kind === 'ok' && outcome.permanentUrl !== null && outcome.permanentUrl !== feed.url ? outcome.permanentUrl : feed.url;
		if (moved !== feed.url || (after.title !== '' && after.title !== feed.title)) deps.store.putFeed({...feed, url: moved, title: after.title || feed.title});
		const knownIds = new Set(before.items.map(item => item.id));
		return report('updated', after.items.length, after.items.filter(item => !knownIds.has(item.id)).length, null, after.title);
	} catch (error) {
		return report('error', known, 0, `could not save: ${reason(error)}`);
	}
}

/**
 * How many feeds are between reading their file and writing it back at once: a few more than the
 * fetcher runs, so it never waits for the disk, and few enough that a 1,000-feed refresh holds
 * dozens of feeds' items in memory, not 1,000.
 */
const FEEDS_AT_ONCE = 24;

/**
 * Refreshes `feeds`, calling `onFeed` as each one ends, then writes the listing once. Resolves with
 * every feed's report, in the order given.
 */
export async function refreshFeeds(
	feeds: readonly Subscription[],
	deps: RefreshDeps,
	onFeed?: (report: FeedReport, done: number) => void,
): Promise<FeedReport[]> {
	let done = 0;
	const queue = createTaskQueue(FEEDS_AT_ONCE);
	const withTurns = {...deps, turns: deps.turns ?? createTurns()};
	const reports = await Promise.all(
		feeds.map(
			feed =>
				new Promise<FeedReport>(resolve => {
					queue.add(() => {
						// A bug in one feed's refresh must not hold its slot (and the whole refresh) forever.
						const failed = (error: unknown): FeedReport => ({
							key: feed.key,
							url: feed.url,
							title: feed.title,
							outcome: 'error',
							added: 0,
							items: 0,
							error: String(error),
						});
						void refreshFeed(feed, withTurns)
							.catch(failed)
							.then(report => {
								queue.done();
								done++;
								onFeed?.(report, done);
								resolve(report);
							});
					});
				}),
		),
	);
	await deps.archive.saveListing().catch(() => undefined);
	return reports;
}
