import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {decodeFile, encodeFile} from '../../../src/core/store/codec.js';
import {feedSource} from '../../../src/core/article/id.js';
import {ReadingState} from '../../../src/core/store/merge.js';
import {decodeFeeds, encodeFeeds, type FeedRecord, type Subscription} from '../../../src/core/store/subscriptions.js';
import {StoreSync, TOMBSTONE_HORIZON} from '../../../src/core/store/sync.js';

const KEY = 'k3x9q2m7ta';
const feed = (key: string, title = `Feed ${key}`, added = 1_700_000_000_000): Subscription => ({
	key,
	url: `https://example.test/${key}.xml`,
	title,
	section: null,
	added,
});
const entry = {url: 'https://example.test/a.xml', title: 'A', section: 'Tech', added: 1_700_000_000_000, t: 50};

describe('decoding the feeds field', () => {
	it('reads good entries and tombstones without problems', () => {
		const problems: string[] = [];
		const records = decodeFeeds({[KEY]: entry, '0123456789': {...entry, url: 'http://x.test/', section: null, added: -5}, abcdefghij: {t: 9}}, problems);
		expect(records).toEqual([
			{key: KEY, t: 50, feed: {key: KEY, url: 'https://example.test/a.xml', title: 'A', section: 'Tech', added: 1_700_000_000_000}},
			{key: '0123456789', t: 50, feed: {key: '0123456789', url: 'http://x.test/', title: 'A', section: null, added: -5}},
			{key: 'abcdefghij', t: 9, feed: null},
		]);
		expect(problems).toEqual([]);
	});

	it.each([
		['a key that is too short', {k3x9q2m7t: entry}],
		['a key with capitals', {K3X9Q2M7TA: entry}],
		['a key with a slash', {'k3x9/2m7ta': entry}],
		['a tombstone under a bad key', {'@k3x9q2m7t': {t: 5}}],
		['a URL that is not text', {[KEY]: {...entry, url: 5}}],
		['a URL that is not http or https', {[KEY]: {...entry, url: 'ftp://example.test/a.xml'}}],
		['a relative URL', {[KEY]: {...entry, url: '/a.xml'}}],
		['a missing URL', {[KEY]: {title: 'A', section: null, added: 1, t: 5}}],
		['a title that is not text', {[KEY]: {...entry, title: null}}],
		['a section that is a number', {[KEY]: {...entry, section: 3}}],
		['an added time that is a fraction', {[KEY]: {...entry, added: 1.5}}],
		['an added time that is text', {[KEY]: {...entry, added: '2024-01-01'}}],
		['no change time', {[KEY]: {...entry, t: undefined}}],
		['a change time of 0', {[KEY]: {...entry, t: 0}}],
		['a negative change time', {[KEY]: {t: -3}}],
		['an entry that is text', {[KEY]: 'https://example.test/a.xml'}],
		['an entry that is a list', {[KEY]: [entry]}],
		['an entry that is null', {[KEY]: null}],
	])('drops %s alone, keeping the good entry beside it', (_name, bad) => {
		const problems: string[] = [];
		const records = decodeFeeds({...bad, zzzzzzzzzz: entry}, problems);
		expect(records.map(record => record.key)).toEqual(['zzzzzzzzzz']);
		expect(problems).toEqual(['1 subscription could not be read and was dropped']);
	});

	it('counts several bad entries in one problem, and resets a field that is not an object', () => {
		const problems: string[] = [];
		expect(decodeFeeds({a: entry, b: 3, [KEY]: entry}, problems)).toHaveLength(1);
		expect(problems).toEqual(['2 subscriptions could not be read and were dropped']);
		for (const value of [[entry], 'feeds', null, 7]) {
			const more: string[] = [];
			expect(decodeFeeds(value, more)).toEqual([]);
			expect(more).toEqual(['"feeds" was not an object; subscriptions were reset']);
		}
	});

	it('loads a file from before subscriptions existed with none and no problem', () => {
		const file = decodeFile({version: 1, read: {}, bookmarks: [], unbookmarked: {}, places: {}});
		expect(file.feeds).toEqual([]);
		expect(file.problems).toEqual([]);
	});

	it('resets a damaged feeds field without touching the other fields', () => {
		const file = decodeFile({version: 1, read: {world: 'a:5'}, places: {'w/a': {t: 3}}, feeds: 'oops'});
		expect([...file.read]).toEqual([['world', 'a:5']]);
		expect(file.places).toHaveLength(1);
		expect(file.feeds).toEqual([]);
		expect(file.problems).toEqual(['"feeds" was not an object; subscriptions were reset']);
		expect(file.extras).toEqual({});
	});
});

describe('encoding the feeds field', () => {
	const records: FeedRecord[] = [
		{key: 'zzzzzzzzzz', t: 7, feed: {...feed('zzzzzzzzzz'), section: 'Tech'}},
		{key: 'aaaaaaaaaa', t: 3, feed: null},
		{key: KEY, t: 5, feed: feed(KEY)},
	];

	it('reads back what it wrote', () => {
		const problems: string[] = [];
		const back = decodeFeeds(JSON.parse(JSON.stringify(encodeFeeds(records))), problems);
		expect(problems).toEqual([]);
		expect([...back].sort((a, b) => a.t - b.t)).toEqual([...records].sort((a, b) => a.t - b.t));
	});

	it('writes the same text whatever the order of the records, fields in a fixed order', () => {
		const text = JSON.stringify(encodeFeeds(records));
		expect(JSON.stringify(encodeFeeds([...records].reverse()))).toBe(text);
		expect(text).toBe(
			`{"aaaaaaaaaa":{"t":3},"${KEY}":{"url":"https://example.test/${KEY}.xml","title":"Feed ${KEY}","section":null,"added":1700000000000,"t":5},` +
				'"zzzzzzzzzz":{"url":"https://example.test/zzzzzzzzzz.xml","title":"Feed zzzzzzzzzz","section":"Tech","added":1700000000000,"t":7}}',
		);
	});

	it('writes feeds beside the other fields of the file and takes them back', () => {
		const root = encodeFile(new Map(), [], [], records, {});
		expect(Object.keys(root)).toEqual(['version', 'read', 'bookmarks', 'unbookmarked', 'places', 'feeds']);
		const file = decodeFile(JSON.parse(JSON.stringify(root)) as Record<string, unknown>);
		expect(file.problems).toEqual([]);
		expect(file.feeds).toHaveLength(3);
		expect(file.extras).toEqual({});
	});
});

describe('subscriptions in the reading state', () => {
	it('adds, replaces and ends subscriptions, saying whether anything changed', () => {
		const state = new ReadingState();
		expect(state.putFeed(feed(KEY), 100)).toBe(true);
		expect(state.putFeed(feed(KEY), 100)).toBe(false);
		expect(state.putFeed({...feed(KEY), title: 'Renamed'}, 100)).toBe(true);
		expect(state.snapshot().feeds.get(KEY)?.title).toBe('Renamed');
		expect(state.removeFeed('aaaaaaaaaa', 100)).toBe(false);
		expect(state.removeFeed(KEY, 100)).toBe(true);
		expect(state.removeFeed(KEY, 100)).toBe(false);
		expect(state.snapshot().feeds.size).toBe(0);
		// Each change is later than the one it replaced, even within one second.
		expect([...state.feedRecords()]).toEqual([{key: KEY, t: 102, feed: null}]);
	});

	it('refuses a subscription the file could not hold', () => {
		const state = new ReadingState();
		expect(state.putFeed({...feed(KEY), key: 'UPPERCASE1'}, 100)).toBe(false);
		expect(state.putFeed({...feed(KEY), url: 'file:///etc/passwd'}, 100)).toBe(false);
		expect(state.putFeed({...feed(KEY), added: Number.NaN}, 100)).toBe(false);
		expect([...state.feedRecords()]).toEqual([]);
		// The key the program makes for a feed is one the file holds.
		const url = 'https://news.example.test/rss';
		expect(state.putFeed({...feed(KEY), key: feedSource(url).slice(1), url}, 100)).toBe(true);
	});

	it('lists subscriptions in the order they were added, then by key', () => {
		const state = new ReadingState();
		state.putFeed(feed('cccccccccc', 'C', 10), 1);
		state.putFeed(feed('dddddddddd', 'D', 20), 2);
		state.putFeed(feed('bbbbbbbbbb', 'B', 30), 3);
		state.putFeed(feed('aaaaaaaaaa', 'A', 30), 4);
		// Added in the same millisecond (an OPML import): by key, so every process lists them alike.
		expect([...state.snapshot().feeds.keys()]).toEqual(['cccccccccc', 'dddddddddd', 'aaaaaaaaaa', 'bbbbbbbbbb']);
	});

	it('lets the later change of a key win a merge, an ended subscription included', () => {
		const state = new ReadingState();
		state.putFeed(feed(KEY), 100);
		expect(state.mergeFeed({key: KEY, t: 99, feed: null})).toBe(false);
		expect(state.snapshot().feeds.has(KEY)).toBe(true);
		expect(state.mergeFeed({key: KEY, t: 101, feed: null})).toBe(true);
		expect(state.snapshot().feeds.has(KEY)).toBe(false);
		expect(state.mergeFeed({key: KEY, t: 100, feed: feed(KEY)})).toBe(false);
		expect(state.mergeFeed({key: KEY, t: 102, feed: feed(KEY, 'Back')})).toBe(true);
		expect(state.snapshot().feeds.get(KEY)?.title).toBe('Back');
		// The same subscription with a later time changes nothing anyone sees.
		expect(state.mergeFeed({key: KEY, t: 103, feed: feed(KEY, 'Back')})).toBe(false);
	});

	it('picks the same winner in both processes when two changes share a second', () => {
		const a: FeedRecord = {key: KEY, t: 100, feed: feed(KEY, 'From A')};
		const b: FeedRecord = {key: KEY, t: 100, feed: feed(KEY, 'From B')};
		const gone: FeedRecord = {key: KEY, t: 100, feed: null};
		const winner = (first: FeedRecord, second: FeedRecord): string | undefined => {
			const state = new ReadingState();
			state.mergeFeed(first);
			state.mergeFeed(second);
			return state.snapshot().feeds.get(KEY)?.title;
		};
		expect(winner(a, b)).toBe(winner(b, a));
		expect(winner(a, gone)).toBe('From A');
		expect(winner(gone, a)).toBe('From A');
	});
});

describe('subscriptions between two processes sharing one file', () => {
	const KEYS = ['aaaaaaaaaa', 'bbbbbbbbbb', KEY] as const;

	/** Merges what is on `disk` into `sync` and writes its state back; returns the new file text. */
	function write(sync: StoreSync, now: number, disk: string | null): string {
		const file = disk === null ? null : sync.absorb(JSON.parse(disk) as Record<string, unknown>).file;
		const {root, read} = sync.compose(now, file);
		sync.commit(read);
		return JSON.stringify(root);
	}

	it('keeps both processes’ subscriptions and lets a later removal win', () => {
		const [one, two] = [new StoreSync(), new StoreSync()];
		one.state.putFeed(feed('aaaaaaaaaa'), 100);
		let disk = write(one, 100, null);
		two.state.putFeed(feed('bbbbbbbbbb'), 101);
		disk = write(two, 101, disk);
		one.state.removeFeed('aaaaaaaaaa', 102);
		disk = write(one, 102, disk);
		disk = write(two, 103, disk);
		for (const sync of [one, two]) expect([...sync.state.snapshot().feeds.keys()]).toEqual(['bbbbbbbbbb']);
		expect(JSON.parse(disk).feeds).toEqual({aaaaaaaaaa: {t: 102}, bbbbbbbbbb: expect.objectContaining({t: 101})});
	});

	it('forgets tombstones older than the horizon when it writes', () => {
		const sync = new StoreSync();
		sync.state.putFeed(feed('aaaaaaaaaa'), 10);
		sync.state.removeFeed('aaaaaaaaaa', 11);
		sync.state.putFeed(feed('bbbbbbbbbb'), 12);
		sync.state.removeFeed('bbbbbbbbbb', TOMBSTONE_HORIZON + 100);
		sync.state.putFeed(feed(KEY), 13);
		const {root} = sync.compose(TOMBSTONE_HORIZON + 200, null);
		expect(Object.keys(root['feeds'] as object)).toEqual(['bbbbbbbbbb', KEY]);
	});

	it('ends with the last change of every key, whatever the order of writes', () => {
		type Op = {readonly p: 0 | 1; readonly kind: 'put' | 'remove' | 'write'; readonly key: string};
		const op = fc.record({
			p: fc.constantFrom<0 | 1>(0, 1),
			kind: fc.constantFrom<Op['kind']>('put', 'put', 'remove', 'write', 'write'),
			key: fc.constantFrom(...KEYS),
		});
		fc.assert(
			fc.property(fc.array(op, {maxLength: 40}), ops => {
				let disk: string | null = null;
				const syncs = [new StoreSync(), new StoreSync()] as const;
				const expected = new Map<string, string | null>();
				ops.forEach(({p, kind, key}, i) => {
					const state = syncs[p].state;
					const now = 1000 + i;
					if (kind === 'write') disk = write(syncs[p], now, disk);
					// Only what changed something in that process's view is a user's change.
					else if (kind === 'put') {
						if (state.putFeed(feed(key, `title ${i}`), now)) expected.set(key, `title ${i}`);
					} else if (state.removeFeed(key, now)) expected.set(key, null);
				});
				disk = write(syncs[0], 5000, disk);
				disk = write(syncs[1], 5001, disk);
				write(syncs[0], 5002, disk);
				const titles = [...expected].flatMap(([key, title]) => (title === null ? [] : [[key, title]])).sort();
				for (const sync of syncs) {
					expect([...sync.state.snapshot().feeds].map(([key, f]) => [key, f.title]).sort()).toEqual(titles);
				}
			}),
		);
	});
});
