import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {feedItemId} from '../../../src/core/article/index.js';
import {type FeedDoc, type FeedItem, parseFeedText} from '../../../src/core/feeds/index.js';
import {sanitizeText} from '../../../src/core/text/index.js';

// Dates are local: pin a zone (CEST, +2, in September; CET, +1, in December).
process.env['TZ'] = 'Europe/Paris';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'feeds');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
/** 3 Dec 2026 12:00 UTC: after every fixture's dates but the one in 2100. */
const NOW = Date.UTC(2026, 11, 3, 12);

function feedOf(name: string, url: string): FeedDoc {
	const result = parseFeedText(fixture(name), url, NOW);
	if (!result.ok) throw new Error(`${name}: ${result.reason}`);
	return result.feed;
}

type Expected = Omit<FeedItem, 'id' | 'contentHtml' | 'summaryHtml'> & Partial<Pick<FeedItem, 'contentHtml' | 'summaryHtml'>>;

describe('each format into one model', () => {
	it.each<[string, string, string, Omit<FeedDoc, 'items'>, Expected[]]>([
		[
			'RSS 2.0 with content:encoded, a relative link and a guid that is a permalink',
			'rss2-content.xml',
			'https://gazette.example/rss.xml',
			{title: 'Harbour Gazette & Friends', link: 'https://gazette.example/'},
			[
				{
					guid: 'https://gazette.example/2016/lighthouse',
					link: 'https://gazette.example/2016/lighthouse',
					title: 'Lighthouse reopens',
					author: 'Bo Rudd',
					published: '2016-09-05T10:00',
					contentHtml: null,
					summaryHtml: 'The lighthouse is open again.',
				},
				{
					guid: 'gazette-1001',
					link: 'https://gazette.example/2016/ferry',
					title: 'Ferry timetable changes',
					author: 'Ada Keel',
					published: '2016-09-04T13:32',
					contentHtml: '<p>The morning ferry leaves <em>earlier</em> from Monday.</p><p>Second paragraph.</p>',
					summaryHtml: '<p>The morning ferry leaves earlier.</p>',
				},
				{
					guid: 'https://gazette.example/2016/market',
					link: 'https://gazette.example/2016/market',
					title: 'Market day moved',
					author: null,
					published: '2016-09-03T16:15',
				},
			],
		],
		[
			'Atom 1.0 with xml:base on the feed and an entry, an html title, text and xhtml content',
			'atom-base.xml',
			'https://river.example/feeds/atom.xml',
			{title: 'River Notes', link: 'https://river.example/blog/'},
			[
				{
					guid: 'urn:uuid:6b1c7a52-0000-4000-8000-000000000003',
					link: 'https://river.example/news/bridge',
					title: 'Bridge painted',
					author: 'River Desk',
					published: '2016-09-05T10:30',
					contentHtml: '<p>Green again.</p>',
					summaryHtml: null,
				},
				{
					guid: 'urn:uuid:6b1c7a52-0000-4000-8000-000000000002',
					link: 'https://river.example/blog/posts/2016/flood-gates.html',
					title: 'Flood gates tested',
					author: 'Cai Moss',
					published: '2016-09-04T13:32',
					contentHtml: '<p>All six gates held.</p>',
					summaryHtml: 'Gates &amp; locks &lt;checked&gt;',
				},
			],
		],
		[
			'JSON Feed 1.1 with content_text, a relative url and the feed author',
			'json11.json',
			'https://valley.example/feed.json',
			{title: 'Valley Radio', link: 'https://valley.example/'},
			[
				{
					guid: 'vr-8',
					link: 'https://valley.example/items/8',
					title: 'Roads clear',
					author: 'Valley Newsroom',
					published: '2016-09-05T08:00',
					contentHtml: 'Ploughs out since 4 &amp; roads open.',
					summaryHtml: null,
				},
				{
					guid: 'vr-7',
					link: 'https://valley.example/items/7',
					title: 'Snow on the pass',
					author: 'Dee Frost',
					published: '2016-09-04T20:32',
					contentHtml: '<p>The pass is <strong>closed</strong>.</p>',
					summaryHtml: 'Pass closed &lt;until&gt; noon',
				},
			],
		],
	])('%s', (_name, file, url, head, items) => {
		const feed = feedOf(file, url);
		expect({title: feed.title, link: feed.link}).toEqual(head);
		expect(feed.items).toMatchObject(items);
		expect(feed.items).toHaveLength(items.length);
		// Every item here has a guid, so the guid alone makes its id.
		expect(feed.items.map(item => item.id)).toEqual(feed.items.map(item => feedItemId(url, {guid: item.guid})));
	});

	it('ids come from feedItemId: the feed URL and the guid, stable across parses', () => {
		const url = 'https://gazette.example/rss.xml';
		const [first] = feedOf('rss2-content.xml', url).items;
		expect(first?.id).toBe(feedItemId(url, {guid: 'https://gazette.example/2016/lighthouse'}));
		expect(feedOf('rss2-content.xml', url).items.map(item => item.id)).toEqual(feedOf('rss2-content.xml', url).items.map(item => item.id));
		expect(feedOf('rss2-content.xml', 'https://other.example/rss').items[0]?.id).not.toBe(first?.id);
	});
});

describe('older formats, read by feedsmith into the same fields', () => {
	const RDF = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
		<channel rdf:about="https://moor.example/"><title>Moor</title><link>https://moor.example/</link><description>d</description></channel>
		<item rdf:about="https://moor.example/1"><title>One</title><link>https://moor.example/1</link><dc:date>2016-09-04T13:32:00Z</dc:date><dc:creator>Eve</dc:creator></item>
	</rdf:RDF>`;
	const RSS_091 = `<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link>
		<item><title>A</title><link>https://old.example/a</link><description>d</description></item></channel></rss>`;
	const ATOM_03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>A03</title><link rel="alternate" href="https://a03.example/"/>
		<entry><title>E</title><link rel="alternate" href="https://a03.example/e"/><id>e-1</id><issued>2004-02-13T09:00:00Z</issued><modified>2004-02-13T10:00:00Z</modified></entry></feed>`;
	const JSON_10 = JSON.stringify({
		version: 'https://jsonfeed.org/version/1',
		title: 'J1',
		items: [{id: 1, title: 'N', author: {name: 'Old Style'}, content_text: 'x'}],
	});

	it.each<[string, string, string, Partial<FeedItem>]>([
		[
			'RSS 1.0 (RDF) with Dublin Core',
			RDF,
			'Moor',
			{guid: 'https://moor.example/1', link: 'https://moor.example/1', title: 'One', author: 'Eve', published: '2016-09-04T15:32'},
		],
		['RSS 0.91', RSS_091, 'Old', {guid: null, link: 'https://old.example/a', title: 'A', published: null, summaryHtml: 'd'}],
		['Atom 0.3: issued is the published date', ATOM_03, 'A03', {guid: 'e-1', link: 'https://a03.example/e', title: 'E', published: '2004-02-13T10:00'}],
		['JSON Feed 1.0: a single author and a numeric id', JSON_10, 'J1', {guid: '1', title: 'N', author: 'Old Style', contentHtml: 'x'}],
	])('%s', (_name, text, title, item) => {
		const result = parseFeedText(text, 'https://feeds.example/x', NOW);
		if (!result.ok) throw new Error(result.reason);
		expect(result.feed.title).toBe(title);
		expect(result.feed.items).toHaveLength(1);
		expect(result.feed.items[0]).toMatchObject(item);
	});
});

describe('a hostile feed', () => {
	const feed = feedOf('hostile-rss.xml', 'https://evil.example/rss');
	const byGuid = (guid: string): FeedItem | undefined => feed.items.find(item => item.guid === guid);

	it.each([
		['ESC and a CSI', 'h-1', 'Clear ␛[2J screen'],
		['an OSC 52 clipboard write', 'h-2', 'Copy ␛]52;c;ZXZpbA==␇ this'],
		['bidi overrides', 'h-3', 'Invoice <U+202E>fdp.exe<U+202C>'],
	])('shows %s as inert text', (_name, guid, title) => {
		expect(byGuid(guid)?.title).toBe(title);
	});

	it('has a safe feed title and no text that the sanitizer would change', () => {
		expect(feed.title).toBe('Evil␛]0;owned␇ Feed');
		for (const item of feed.items) for (const text of Object.values(item)) if (typeof text === 'string') expect(sanitizeText(text)).toBe(text);
	});

	it.each([
		['javascript:', 'h-1'],
		['file:', 'h-2'],
		['a user name and password', 'h-3'],
	])('drops a %s link', (_name, guid) => {
		expect(byGuid(guid)?.link).toBeNull();
	});

	it('drops a javascript: feed link', () => {
		expect(feed.link).toBeNull();
	});

	it('keeps the first of two items with the same guid', () => {
		expect(feed.items.filter(item => item.guid === 'h-dup').map(item => item.title)).toEqual(['First copy']);
	});

	it('titles an item without one from its summary, or "(untitled)"', () => {
		expect(feed.items.find(item => item.guid === null)?.title).toBe('An item with no title, no link and…');
		expect(byGuid('h-empty')).toMatchObject({title: '(untitled)', link: null, published: null, contentHtml: null, summaryHtml: null});
	});

	it('clamps a date beyond tomorrow to now and drops an unreadable one', () => {
		expect(byGuid('h-future')?.published).toBe('2026-12-03T13:00');
		expect(byGuid('h-baddate')?.published).toBeNull();
	});

	it('lists newest first, undated items last in feed order', () => {
		expect(feed.items.map(item => item.guid)).toEqual(['h-future', 'h-1', 'h-2', 'h-3', 'h-dup', null, 'h-empty', 'h-baddate']);
	});
});

describe('what is not a feed', () => {
	it.each([
		['empty text', '', 'empty'],
		['white space and a BOM', '\uFEFF  \n', 'empty'],
		['an HTML page served as a feed', fixture('html-page.xml'), 'not a feed: a web page (HTML)'],
		['XML cut off mid-download', fixture('truncated.xml'), 'truncated XML'],
		['XML with a broken element', '<rss version="2.0"><channel><title>x</titl></channel></rss>', 'malformed XML'],
		['JSON cut off', '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [', 'malformed JSON'],
		['JSON that is not a feed', '{"hello": "world"}', 'not a feed'],
		['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'not a feed'],
		['plain text', 'Service unavailable', 'not a feed'],
	])('%s', (_name, text, reason) => {
		expect(parseFeedText(text, 'https://x.example/feed', NOW)).toEqual({ok: false, reason});
	});

	it('a feed with no items is a feed', () => {
		expect(parseFeedText('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'https://q.example/rss', NOW)).toEqual({
			ok: true,
			feed: {title: 'Quiet', link: null, items: []},
		});
	});

	it('a feed without a title is named by its host', () => {
		const result = parseFeedText('<rss version="2.0"><channel><item><title>a</title></item></channel></rss>', 'https://untitled.example/rss', NOW);
		expect(result.ok && result.feed.title).toBe('untitled.example');
	});
});
