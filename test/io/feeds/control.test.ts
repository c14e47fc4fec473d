import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {BodyLoader, ScanSession} from '../../../src/core/library/index.js';
import type {Subscription} from '../../../src/core/store/index.js';
import {openArchive} from '../../../src/io/archive/index.js';
import {createFeedSource} from '../../../src/io/feeds/index.js';
import {createFeedsControl} from '../../../src/io/feeds/control.js';
import {createMemoryFetcher, failed, ok} from '../../doubles/memory-fetcher.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {rssText} from '../../helpers/feed-texts.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const feed = (n: number, section: string | null = null): Subscription => ({
	key: `feed${String(n).padStart(6, '0')}`,
	url: `https://f${n}.example/rss`,
	title: `Feed ${n}`,
	section,
	added: n,
});

/** A control over `count` feeds, the last of which fails; `keys` says whether the user is pressing keys all along. */
function setup(count: number, options: {offline?: boolean; keys?: boolean} = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-control-'));
	dirs.push(dir);
	const feeds = Array.from({length: count}, (_, i) => feed(i + 1, i === 0 ? 'Shared' : null));
	const store = createMemoryStore({feeds: new Map(feeds.map(item => [item.key, item]))});
	const fetcher = createMemoryFetcher();
	for (const [i, item] of feeds.entries())
		fetcher.answer(item.url, i === count - 1 ? failed('HTTP 500 Internal Server Error', 500) : ok(item.url, rssText(item.title, 3)));
	const archive = openArchive(dir);
	const subscriptions = () => [...store.snapshot().feeds.values()];
	let rescans = 0;
	const scan = {rescan: async () => void rescans++} as unknown as ScanSession;
	let refreshes = 0;
	const loader = {refresh: () => void refreshes++} as unknown as BodyLoader;
	const control = createFeedsControl({
		archive,
		store,
		fetcher: () => fetcher,
		subscriptions,
		feedSource: createFeedSource(archive, subscriptions),
		scan,
		loader,
		offline: options.offline ?? false,
		now: Date.now,
		lastInputAt: () => (options.keys ? Date.now() : 0),
	});
	return {control, store, fetcher, rescans: () => rescans, refreshes: () => refreshes};
}

describe('the feeds control', () => {
	it('shows a refresh as it goes, then the failures and each failing feed by its section', async () => {
		const {control, refreshes} = setup(4);
		const seen: string[] = [];
		control.subscribe(() => {
			const {running, done, total, failed: bad} = control.progress();
			seen.push(`${running ? 'running' : 'idle'} ${done}/${total} ${bad}`);
		});
		expect(control.refresh()).toBeNull();
		expect(control.refresh()).toBe('Already refreshing');
		await control.idle();
		expect(seen[0]).toBe('running 0/4 0');
		expect(seen).toContain('running 4/4 1');
		expect(seen.at(-1)).toBe('idle 4/4 1');
		expect(control.sectionErrors()).toEqual(new Map([['Feed 4', 'HTTP 500 Internal Server Error']]));
		// The open article is read again once the refresh is over.
		expect(refreshes()).toBe(1);
	});

	it('rebuilds the lists once at the end while keys keep coming, never in the middle of them', async () => {
		const {control, rescans} = setup(6, {keys: true});
		control.refresh();
		await control.idle();
		expect(rescans()).toBe(1);
	});

	it('refreshes on start only when the archive is stale or a feed was never fetched', async () => {
		const {control} = setup(2);
		expect(await control.refreshIfStale(60_000)).toBe(true);
		await control.idle();
		expect(await control.refreshIfStale(60_000)).toBe(false);
		expect(await control.refreshIfStale(-1)).toBe(true);
		await control.idle();
	});

	it('fetches nothing offline, and says so', async () => {
		const {control, fetcher} = setup(2, {offline: true});
		expect(control.refresh()).toMatch(/^Offline/);
		expect(await control.refreshIfStale(0)).toBe(false);
		expect(await control.add('https://new.example/rss')).toMatchObject({ok: false, reason: expect.stringMatching(/^Offline/)});
		expect(fetcher.requests).toEqual([]);
	});

	it('unsubscribes every feed of a section, and names the feeds of a section', () => {
		const {control, store} = setup(3);
		expect(control.feedsIn('Shared')).toEqual(['Feed 1']);
		expect(control.feedsIn('World')).toEqual([]);
		expect(control.unsubscribe('Shared')).toEqual({ok: true, message: 'Unsubscribed from Feed 1'});
		expect([...store.snapshot().feeds.keys()]).toEqual([feed(2).key, feed(3).key]);
		expect(control.unsubscribe('Shared')).toMatchObject({ok: false});
	});
});
