import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyFeed, feedArticles, listingOf, mergeFetched} from '../../../src/core/archive/index.js';
import {itemArticle} from '../../../src/core/item/index.js';
import {parseFeedText} from '../../../src/core/feeds/index.js';
import type {Subscription} from '../../../src/core/store/index.js';

const URL = 'http://harbour.example/feed.xml';
const KEY = 'h4rb0urw1r';
const NOW = Date.UTC(2026, 11, 3, 12);
const parsed = parseFeedText(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'feeds', 'harbour-wire.xml'), 'utf8'), URL, NOW);
if (!parsed.ok) throw new Error(parsed.reason);
const feed = mergeFetched(emptyFeed(KEY, URL, 'Harbour Wire'), parsed.feed, URL, NOW, () => false);
const [pier, ferry, lighthouse] = feed.items;

describe('an archived item as an article', () => {
	it('has the blocks of its HTML, its links resolved against its page, and where it came from', () => {
		const article = itemArticle(feed, pier?.id ?? '', 'Coast');
		expect(article).toMatchObject({title: 'Valmora council votes to rebuild the north pier', section: 'Coast', updated: expect.stringMatching(/^2026-12-02T/)});
		expect(article?.blocks?.map(block => block.kind)).toEqual(['paragraph', 'quote', 'paragraph', 'item', 'item', 'item', 'paragraph', 'pre', 'image']);
		expect(article?.links).toEqual([
			{text: 'full plan', url: 'http://harbour.example/docs/pier-plan.pdf'},
			{text: 'minutes', url: 'https://records.example/council/2026-12-01'},
		]);
		expect(article?.origin).toEqual({
			feed: 'Harbour Wire',
			url: 'http://harbour.example/2026/12/north-pier',
			author: 'Ines Marlow',
			summaryOnly: false,
			full: false,
		});
		// The quotation in running text is found as in the bundled articles.
		const withQuote = article?.paragraphs.findIndex(text => text.includes('"at least 14 million"')) ?? -1;
		expect(article?.quotes[withQuote]).toHaveLength(1);
	});

	it('ends with "More from" its feed: the nearest other items, with a teaser from their text', () => {
		const article = itemArticle(feed, ferry?.id ?? '', 'Harbour Wire');
		expect(article?.more?.section).toBe('Harbour Wire');
		expect(article?.more?.items.map(item => item.id)).toEqual([lighthouse?.id, pier?.id]);
		expect(article?.more?.items[1]?.teaser).toMatch(/^The council voted seven to two/);
		expect(article?.origin?.summaryOnly).toBe(true);
	});

	it("shows the page's text once reader mode kept it, or the reason it failed with the summary", () => {
		const full = {...feed, items: feed.items.map(item => (item.id === ferry?.id ? {...item, full: {html: '<p>The whole story from the page.</p>'}} : item))};
		expect(itemArticle(full, ferry?.id ?? '', 'x')).toMatchObject({paragraphs: ['The whole story from the page.'], origin: {full: true}});
		const failed = {...feed, items: feed.items.map(item => (item.id === ferry?.id ? {...item, full: {error: 'no article found on the page'}} : item))};
		expect(itemArticle(failed, ferry?.id ?? '', 'x')).toMatchObject({
			paragraphs: ['The Portsalt ferry runs four times a day from 7 December.'],
			origin: {fullError: 'no article found on the page'},
		});
	});

	it('is null for an id the archive does not hold', () => {
		expect(itemArticle(feed, `@${KEY}/missing`, 'x')).toBeNull();
	});
});

describe('feed articles in the library', () => {
	const sub = (over: Partial<Subscription>): Subscription => ({key: KEY, url: URL, title: 'Harbour Wire', section: null, added: 1, ...over});
	const listings = new Map([[KEY, listingOf(feed)]]);

	it("list under the feed's title, or the section the user chose", () => {
		expect(new Set(feedArticles([sub({})], listings).map(meta => meta.section))).toEqual(new Set(['Harbour Wire']));
		expect(feedArticles([sub({section: 'Local'})], listings).map(meta => meta.section)).toEqual(['Local', 'Local', 'Local']);
	});

	it('leave out an archive whose feed is no longer subscribed', () => {
		expect(feedArticles([sub({key: 'zzzzzzzzzz'})], listings)).toEqual([]);
	});
});

describe('a "More from" teaser', () => {
	it("is the item's first paragraph, not its heading", () => {
		const article = itemArticle(feed, ferry?.id ?? '', 'x');
		expect(article?.more?.items.find(item => item.id === lighthouse?.id)?.teaser).toBe('"It was a lonely job," said the curator.');
	});
});
