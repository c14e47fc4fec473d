/**
 * The feeds while the reader runs (core/library's FeedsControl): refreshes in the background with
 * their progress, the lists following as each feed is written, failing feeds' errors by section,
 * and adding, unsubscribing and reader mode on the user's keys.
 */
import {type FeedListing, sectionOf} from '../../core/archive/index.js';
import {createListeners} from '../../core/async/index.js';
import type {BodyLoader, FeedsAnswer, FeedsControl, RefreshProgress, ScanSession} from '../../core/library/index.js';
import type {ReadingStore, Subscription} from '../../core/store/index.js';
import {plural, sanitizeText} from '../../core/text/index.js';
import type {Archive} from '../archive/index.js';
import type {Fetcher} from '../http/index.js';
import {addFeed, fetchFullText, refreshFeeds} from './lazy.js';
import type {FeedSource} from './source.js';

/** What the control works on. */
export interface ControlDeps {
	readonly archive: Archive;
	readonly store: ReadingStore;
	readonly fetcher: () => Fetcher;
	readonly subscriptions: () => readonly Subscription[];
	readonly feedSource: FeedSource;
	readonly scan: ScanSession;
	readonly loader: BodyLoader;
	/** `--offline`: nothing is fetched. */
	readonly offline: boolean;
	readonly now: () => number;
	/** When the user last pressed a key (epoch ms): the lists are rebuilt while keys pause. */
	readonly lastInputAt: () => number;
}

/** While a refresh runs the lists follow it at most this often (a 50,000-item library takes ~100 ms to rebuild)... */
const PUBLISH_EVERY_MS = 2000;
/** ...and only once keys have paused this long, so moving through a list never waits for a rebuild. */
const KEYS_PAUSE_MS = 400;
const POLL_MS = 250;

/** The control, plus what the CLI starts it with. */
export interface FeedsRuntime extends FeedsControl {
	/** Refreshes when the newest fetch is older than `maxAgeMs` or a feed was never fetched; true when it started one. */
	refreshIfStale(maxAgeMs: number): Promise<boolean>;
	/** Resolves when no refresh runs. */
	idle(): Promise<void>;
}

const OFFLINE = 'Offline (--offline): nothing is fetched';

/** Creates the control over `deps`. */
export function createFeedsControl(deps: ControlDeps): FeedsRuntime {
	const listeners = createListeners();
	let progress: RefreshProgress = {running: false, done: 0, total: 0, failed: 0};
	let errors: ReadonlyMap<string, string> = new Map();
	let running: Promise<void> = Promise.resolve();
	// New items are published in batches, between keys (docs/performance.md#feeds).
	let waiting = false;
	let publishedAt = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const tick = (): void => {
		timer = undefined;
		const now = deps.now();
		if (!waiting) return;
		if (now - publishedAt >= PUBLISH_EVERY_MS && now - deps.lastInputAt() >= KEYS_PAUSE_MS) {
			waiting = false;
			publishedAt = now;
			void deps.scan.rescan();
		} else timer = setTimeout(tick, POLL_MS).unref();
	};
	const publishSoon = (): void => {
		waiting = true;
		timer ??= setTimeout(tick, POLL_MS).unref();
	};

	const errorsFrom = (listings: ReadonlyMap<string, FeedListing>): Map<string, string> => {
		const out = new Map<string, string>();
		for (const feed of deps.subscriptions()) {
			const listing = listings.get(feed.key);
			const error = listing?.state.error;
			if (error && !out.has(sectionOf(feed))) out.set(sectionOf(feed), sanitizeText(error));
		}
		return out;
	};
	const update = async (): Promise<void> => {
		errors = errorsFrom(await deps.archive.listings());
		progress = {...progress, failed: errors.size};
		listeners.notify();
	};
	void update();

	const refresh = (): string | null => {
		if (deps.offline) return OFFLINE;
		if (progress.running) return 'Already refreshing';
		const feeds = deps.subscriptions();
		if (feeds.length === 0) return 'No feeds to refresh: a adds one';
		progress = {running: true, done: 0, total: feeds.length, failed: 0};
		listeners.notify();
		running = refreshFeeds(feeds, {fetcher: deps.fetcher(), archive: deps.archive, store: deps.store, now: deps.now}, (report, done) => {
			progress = {...progress, done, failed: progress.failed + (report.error ? 1 : 0)};
			if (report.outcome === 'updated') {
				deps.feedSource.forget(report.key);
				publishSoon();
			}
			listeners.notify();
		}).then(async () => {
			progress = {...progress, running: false};
			waiting = false;
			clearTimeout(timer);
			timer = undefined;
			deps.feedSource.forget();
			deps.loader.refresh();
			await deps.scan.rescan();
			await update();
		});
		return null;
	};

	return {
		subscribe: listeners.subscribe,
		progress: () => progress,
		sectionErrors: () => errors,
		refresh,
		async add(url) {
			if (deps.offline) return {ok: false, reason: OFFLINE};
			const added = await addFeed(url, null, {fetcher: deps.fetcher(), archive: deps.archive, store: deps.store, now: deps.now()});
			if (!added.ok) return {ok: false, reason: added.reason};
			await deps.scan.rescan();
			const others = added.others.length > 0 ? ` (the site also offers ${plural(added.others.length, 'other feed')})` : '';
			return {ok: true, message: `Added ${added.subscription.title} (${plural(added.items, 'item')})${others}`};
		},
		feedsIn(section) {
			return deps
				.subscriptions()
				.filter(feed => sectionOf(feed) === section)
				.map(feed => feed.title);
		},
		unsubscribe(section): FeedsAnswer {
			const feeds = deps.subscriptions().filter(feed => sectionOf(feed) === section);
			if (feeds.length === 0) return {ok: false, reason: `${section} is not a feed`};
			for (const feed of feeds) deps.store.removeFeed(feed.key);
			void deps.scan.rescan();
			return {ok: true, message: feeds.length === 1 ? `Unsubscribed from ${feeds[0]?.title}` : `Unsubscribed from ${plural(feeds.length, 'feed')}`};
		},
		async readerMode(id) {
			if (deps.offline) return {ok: false, reason: OFFLINE};
			const answer = await fetchFullText(id, {archive: deps.archive, fetcher: deps.fetcher(), now: deps.now});
			deps.feedSource.forget();
			deps.loader.refresh();
			return answer;
		},
		async refreshIfStale(maxAgeMs) {
			const feeds = deps.subscriptions();
			if (deps.offline || feeds.length === 0) return false;
			const listings = await deps.archive.listings();
			const times = feeds.map(feed => listings.get(feed.key)?.state.fetched ?? null);
			const stale = times.some(time => time === null) || deps.now() - Math.max(...(times as number[])) > maxAgeMs;
			return stale && refresh() === null;
		},
		idle: () => running,
	};
}
