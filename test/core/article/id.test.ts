import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {feedItemId, feedSource, folderArticleId, isFeedShaped, joinId, splitId} from '../../../src/core/article/id.js';
import {StoreSync} from '../../../src/core/store/sync.js';

const FEED = 'https://news.example.org/world/rss.xml';

describe('splitId / joinId', () => {
	it('splits at the last slash and joins back', () => {
		expect(splitId('world/us-not-there-yet')).toEqual(['world', 'us-not-there-yet']);
		expect(splitId('a/b/c')).toEqual(['a/b', 'c']);
		expect(splitId('plain')).toEqual(['', 'plain']);
		expect(splitId('/leading')).toEqual(['', '/leading']);
		for (const id of ['a/b/c', 'plain', '/leading', 'trailing/', '', '@k3x9q2m7ta/0a1b2c3d4e5f6']) expect(joinId(...splitId(id))).toBe(id);
	});
});

describe('folder article ids', () => {
	it.each([
		['world/us-not-there-yet.txt', 'world/us-not-there-yet'],
		['world\\europe\\harbour.TXT', 'world/europe/harbour'],
		['root-file.txt', 'root-file'],
		['notes.md', 'notes.md'],
	])('%s is %s', (path, id) => {
		expect(folderArticleId(path)).toBe(id);
	});
});

describe('feed item ids', () => {
	const id = feedItemId(FEED, {guid: 'urn:uuid:1', link: 'https://news.example.org/a', title: 'A', date: '2026-12-01'});

	it('are the feed source and a slug: @ and 10 characters, then 13, one slash', () => {
		expect(id).toMatch(/^@[0-9a-z]{10}\/[0-9a-z]{13}$/);
		expect(splitId(id)).toEqual([feedSource(FEED), id.slice(12)]);
		expect(isFeedShaped(id)).toBe(true);
	});

	it('stay the same for the same item, and use its best identity: guid, else link, else title and date', () => {
		expect(feedItemId(FEED, {guid: 'urn:uuid:1', title: 'A new title'})).toBe(id);
		expect(feedItemId(FEED, {link: 'https://x.test/a', title: 'A'})).toBe(feedItemId(FEED, {link: 'https://x.test/a', title: 'B'}));
		expect(feedItemId(FEED, {title: 'A', date: '1'})).not.toBe(feedItemId(FEED, {title: 'A', date: '2'}));
		expect(feedItemId(FEED, {guid: 'x'})).not.toBe(feedItemId(FEED, {link: 'x'}));
		expect(feedItemId('https://other.example.org/rss', {guid: 'urn:uuid:1'})).not.toBe(id);
	});

	it('differ for distinct guids of one feed (10,000 items, no collision)', () => {
		const ids = new Set(Array.from({length: 10_000}, (_, i) => feedItemId(FEED, {guid: `https://news.example.org/item/${i}`})));
		expect(ids.size).toBe(10_000);
	});

	it('never look like a folder article, and folder ids look like feed ids only in a feed-shaped folder', () => {
		fc.assert(fc.property(fc.string(), fc.string(), (url, guid) => isFeedShaped(feedItemId(url, {guid: guid || 'g'}))));
		expect(isFeedShaped('world/us-not-there-yet')).toBe(false);
		expect(isFeedShaped('@home/notes')).toBe(false);
		expect(isFeedShaped('@k3x9q2m7ta/notes')).toBe(true);
		expect(isFeedShaped('@k3x9q2m7ta')).toBe(false);
	});
});

describe('the store groups read marks by source', () => {
	it('keeps one folder per feed in the file, however many items are read', () => {
		const sync = new StoreSync();
		const feeds = ['https://a.example/rss', 'https://b.example/atom', 'https://c.example/feed.json'];
		for (const feed of feeds) {
			for (let i = 0; i < 500; i++) sync.state.setRead(feedItemId(feed, {guid: `${feed}#${i}`}), true, 1_700_000_000 + i);
		}
		sync.state.setRead('world/us-not-there-yet', true, 1_700_000_000);
		const {read} = sync.compose(1_700_001_000, null);
		expect([...read.keys()].sort()).toEqual([...feeds.map(feedSource), 'world'].sort());
		const again = new StoreSync();
		again.absorb(sync.compose(1_700_001_000, null).root);
		const first = feedItemId(feeds[0]!, {guid: `${feeds[0]}#0`});
		expect(again.state.snapshot().read.has(first)).toBe(true);
		expect(again.state.snapshot().read.size).toBe(1501);
	});
});
