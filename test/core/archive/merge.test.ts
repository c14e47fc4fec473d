import {describe, expect, it} from 'vitest';
import {emptyFeed, mergeFetched} from '../../../src/core/archive/index.js';
import {KEEP_DAYS, KEEP_ITEMS} from '../../../src/core/archive/merge.js';
import type {FeedDoc, FeedItem} from '../../../src/core/feeds/index.js';

const KEY = 'k3x9q2m7ta';
const URL = 'https://news.example/feed.xml';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 3, 12);

/** A feed item whose id the feed made from its guid (the slug part is what the archive keeps). */
function item(slug: string, over: Partial<FeedItem> = {}): FeedItem {
	return {
		id: `@otherkey00/${slug}`,
		guid: slug,
		link: `https://news.example/${slug}`,
		title: `Story ${slug}`,
		author: null,
		published: null,
		contentHtml: `<p>Text of ${slug}.</p>`,
		summaryHtml: null,
		...over,
	};
}
const doc = (...items: FeedItem[]): FeedDoc => ({title: 'Example News', link: 'https://news.example/', items});

describe('mergeFetched', () => {
	it('keys every item under the feed, newest first, undated last', () => {
		const merged = mergeFetched(
			emptyFeed(KEY, URL, 'x'),
			doc(item('aaa'), item('bbb', {published: '2026-12-01T10:00'}), item('ccc', {published: '2026-12-02T09:00'})),
			URL,
			NOW,
			() => false,
		);
		expect(merged.items.map(entry => entry.id)).toEqual([`@${KEY}/ccc`, `@${KEY}/bbb`, `@${KEY}/aaa`]);
		expect(merged.title).toBe('Example News');
		expect(merged.items.every(entry => entry.seen === NOW && !entry.revised)).toBe(true);
	});

	it('marks summary-only items, so reader mode is offered for them alone', () => {
		const merged = mergeFetched(
			emptyFeed(KEY, URL, 'x'),
			doc(item('full'), item('short', {contentHtml: null, summaryHtml: '<p>Just a line.</p>'})),
			URL,
			NOW,
			() => false,
		);
		const byId = new Map(merged.items.map(entry => [entry.id, entry]));
		expect(byId.get(`@${KEY}/full`)?.summaryOnly).toBe(false);
		expect(byId.get(`@${KEY}/short`)).toMatchObject({summaryOnly: true, html: '<p>Just a line.</p>'});
	});

	it('keeps when an item was first seen, marks it revised when its text changes, and drops the page text then', () => {
		const first = mergeFetched(emptyFeed(KEY, URL, 'x'), doc(item('aaa')), URL, NOW, () => false);
		const withFull = {...first, items: first.items.map(entry => ({...entry, full: {html: '<p>Page</p>'}}))};
		const same = mergeFetched(withFull, doc(item('aaa')), URL, NOW + DAY, () => false);
		expect(same.items[0]).toMatchObject({seen: NOW, revised: false, full: {html: '<p>Page</p>'}});
		const changed = mergeFetched(withFull, doc(item('aaa', {contentHtml: '<p>Corrected text.</p>'})), URL, NOW + DAY, () => false);
		expect(changed.items[0]).toMatchObject({seen: NOW, revised: true, html: '<p>Corrected text.</p>'});
		expect(changed.items[0]?.full).toBeUndefined();
	});

	it('keeps items the feed dropped, until they are older than the archive keeps', () => {
		const first = mergeFetched(emptyFeed(KEY, URL, 'x'), doc(item('old'), item('new')), URL, NOW, () => false);
		const soon = mergeFetched(first, doc(item('new')), URL, NOW + DAY, () => false);
		expect(soon.items.map(entry => entry.id).sort()).toEqual([`@${KEY}/new`, `@${KEY}/old`]);
		const later = mergeFetched(soon, doc(item('new')), URL, NOW + (KEEP_DAYS + 1) * DAY, () => false);
		expect(later.items.map(entry => entry.id)).toEqual([`@${KEY}/new`]);
	});

	it('never drops a bookmarked item, however old', () => {
		const first = mergeFetched(emptyFeed(KEY, URL, 'x'), doc(item('kept'), item('gone')), URL, NOW, () => false);
		const later = mergeFetched(first, doc(), URL, NOW + (KEEP_DAYS + 1) * DAY, id => id.endsWith('/kept'));
		expect(later.items.map(entry => entry.id)).toEqual([`@${KEY}/kept`]);
	});

	it(`keeps at most ${KEEP_ITEMS} items, the newest`, () => {
		const many = Array.from({length: KEEP_ITEMS + 5}, (_, i) =>
			item(`i${String(i).padStart(5, '0')}`, {published: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01T00:00`}),
		);
		const merged = mergeFetched(emptyFeed(KEY, URL, 'x'), doc(...many), URL, NOW, () => false);
		expect(merged.items).toHaveLength(KEEP_ITEMS);
		expect(merged.items.at(-1)?.published).toBe('2026-01-01T00:00');
		expect(merged.items[0]?.published).toBe('2026-12-01T00:00');
	});
});
