/**
 * How long a feed reader's saved first frame holds (cli/start feed-age): until the next start would
 * refresh, by the same fetch times and interval as the reader's own test, and not at all where the
 * reader would show a refresh or a failing feed at once.
 */
import {describe, expect, test} from 'vitest';
import type {FeedListing, FetchState} from '../../../src/core/archive/index.js';
import type {Subscription} from '../../../src/core/store/index.js';
import {type FeedsAtExit, feedFrameLimit, refreshMinutes} from '../../../src/cli/start/feed-age.js';

const NOW = Date.UTC(2026, 11, 3, 12);
const MIN = 60_000;

const sub = (n: number): Subscription => ({
	key: `feed${String(n).padStart(6, '0')}`,
	url: `https://f${n}.example/rss`,
	title: `Feed ${n}`,
	section: null,
	added: n,
});
const state = (fetched: number | null, error: string | null = null): FetchState => ({
	etag: null,
	lastModified: null,
	fetched,
	status: error ? 'error' : 'ok',
	error,
	retryAt: null,
	freshUntil: null,
});
const listing = (n: number, fetchState: FetchState): [string, FeedListing] => [
	sub(n).key,
	{key: sub(n).key, title: `Feed ${n}`, state: fetchState, ids: [], titles: [], dates: []},
];

const exit = (over: Partial<FeedsAtExit>): FeedsAtExit => ({
	subscriptions: [sub(1), sub(2)],
	listings: new Map([listing(1, state(NOW - 10 * MIN)), listing(2, state(NOW - 5 * MIN))]),
	minutes: 30,
	offline: false,
	now: NOW,
	...over,
});

describe("a feed reader's saved frame", () => {
	test.each<[string, Partial<FeedsAtExit>, ReturnType<typeof feedFrameLimit>]>([
		['holds until the newest fetch is as old as the interval', {}, {validUntil: NOW - 5 * MIN + 30 * MIN}],
		['with a one-minute interval, a minute after the newest fetch', {minutes: 1, now: NOW - 5 * MIN}, {validUntil: NOW - 4 * MIN}],
		['has no limit when refresh_interval is 0 (never)', {minutes: null}, {}],
		['has no limit with --offline', {offline: true, minutes: 0}, {}],
		['has no limit without subscriptions', {subscriptions: [], listings: null, minutes: 0}, {}],
		['is not saved when every start refreshes (NEWSTERM_REFRESH_MINUTES=0)', {minutes: 0}, null],
		['is not saved when a feed was never fetched', {listings: new Map([listing(1, state(NOW)), listing(2, state(null))])}, null],
		['is not saved when a feed has no listing yet', {listings: new Map([listing(1, state(NOW))])}, null],
		['is not saved when the archive is already stale', {minutes: 1}, null],
		['is not saved when a feed failed: the reader shows it', {listings: new Map([listing(1, state(NOW)), listing(2, state(NOW, 'HTTP 500'))])}, null],
		['is not saved offline with a failing feed either', {offline: true, listings: new Map([listing(1, state(NOW)), listing(2, state(NOW, 'gone'))])}, null],
		['is not saved when the listings are not known', {listings: null}, null],
	])('%s', (_what, over, limit) => {
		expect(feedFrameLimit(exit(over))).toEqual(limit);
	});
});

describe('the refresh interval', () => {
	test.each<[string, Record<string, string>, number | undefined, number | null]>([
		['defaults to 30 minutes', {}, undefined, 30],
		["is config.toml's refresh_interval", {}, 90, 90],
		["is never with config.toml's 0", {}, 0, null],
		['is NEWSTERM_REFRESH_MINUTES over config.toml', {NEWSTERM_REFRESH_MINUTES: '5'}, 90, 5],
		['is every start with NEWSTERM_REFRESH_MINUTES=0', {NEWSTERM_REFRESH_MINUTES: '0'}, 0, 0],
		['ignores a NEWSTERM_REFRESH_MINUTES that is not a number', {NEWSTERM_REFRESH_MINUTES: 'soon'}, 45, 45],
	])('%s', (_what, env, configured, minutes) => {
		expect(refreshMinutes(env, configured)).toBe(minutes);
	});
});
