import {describe, expect, it} from 'vitest';
import {layoutArticle} from '../../src/core/layout/article.js';
import {articleJson, LIST_LEGEND, listEntries, listTerminalText, listText, plainLines} from '../../src/cli/output.js';
import {cellWidth, truncate} from '../../src/core/text/index.js';
import {metaOf} from '../../src/core/article/parse.js';
import {bundled, bundledLibrary, NOW, SEED_ID} from '../helpers/bundled.js';
import {RICH_NOW, richItem} from '../helpers/feed-item.js';

const all = [...bundledLibrary().values()];
const noFlags = () => ({read: false, bookmarked: false});

describe('listEntries', () => {
	it('lists every article newest first, whatever order it was given in', () => {
		const entries = listEntries(all.map(metaOf).reverse(), noFlags);
		expect(entries.map(entry => entry.id.split('/')[1])).toEqual([
			'ada-morrow-400m-freestyle-record',
			'valmora-lantern-festival',
			'quillfeather-solar-e-reader',
			'essland-central-bank-holds-rates',
			'valmora-rovers-win-essland-cup',
			'hollin-textile-mill-to-close',
			'portsalt-ferry-strike-called-off',
			'kestrel-valley-gravel-stage',
			'essland-rail-open-source-signalling',
			'portsalt-marathon-record',
			'valmora-bay-rising',
			'marrow-street-band-new-album',
			'corvane-shipping-record-profit',
			'valmora-harbour-reopens',
			'essland-norvik-fishing-accord',
			'hollin-museum-tapestry',
			'valmora-facial-recognition-ban',
			'essland-theatre-playwright-in-residence',
			'tiller-bay-bakers-cooperative',
			'corvane-astronomers-cold-star-stream',
			'corvane-weather-model-open-licence',
			'glass-sponge-essland-vents',
			'harrow-woods-beetle-count',
			'us-not-there-yet',
		]);
	});

	it('gives each entry its fields and flags, and prints them as a table', () => {
		const entries = listEntries([metaOf(bundled(SEED_ID)), metaOf(bundled('world/valmora-harbour-reopens'))], id => ({
			read: id === SEED_ID,
			bookmarked: id === SEED_ID,
		}));
		expect(entries[1]).toEqual({
			id: SEED_ID,
			title: 'US "not there yet" in Syria ceasefire talks with Russia, Obama says',
			section: 'World',
			updated: '2016-09-04T13:32',
			read: true,
			bookmarked: true,
		});
		expect(listText(entries).split('\n')).toEqual([
			'●  2024-03-14 16:40  World       Valmora harbour reopens six months after the storm surge  [world/valmora-harbour-reopens]',
			' ★ 2016-09-04 13:32  World       US "not there yet" in Syria ceasefire talks with Russia, Obama says  [world/us-not-there-yet]',
		]);
	});
});

describe('listTerminalText', () => {
	const entries = listEntries(all.map(metaOf), id => ({read: id.startsWith('world/'), bookmarked: id.startsWith('sport/')}));

	it('fits every row to the width, with the legend first and the ids last', () => {
		for (const width of [20, 40, 63, 64, 80, 120, 200]) {
			const lines = listTerminalText(entries, width).split('\n');
			expect(lines[0]).toBe(truncate(LIST_LEGEND, width));
			expect(lines).toHaveLength(entries.length + 1);
			for (const line of lines) expect(cellWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
		}
		const wide = listTerminalText(entries, 200).split('\n');
		expect(wide.slice(1).every(line => /\[[a-z]+\/[a-z0-9-]+\]$/.test(line))).toBe(true);
		expect(wide.some(line => line.includes('…'))).toBe(false);
	});

	it('cuts titles with … at 80 columns and keeps the marks and dates whole', () => {
		const lines = listTerminalText(entries, 80).split('\n').slice(1);
		expect(lines.filter(line => line.includes('…')).length).toBeGreaterThan(0);
		expect(lines.at(-1)).toMatch(/^ {3}2016-09-04 13:32 {2}World {7}US "not there yet"/);
		expect(lines[0]).toMatch(/^●★ 2026-03-08 19:20 {2}Sport/);
	});

	it('prints nothing at all for an empty library', () => {
		expect(listTerminalText([], 80)).toBe('');
		expect(listText([])).toBe('');
	});
});

describe('articleJson', () => {
	it('reports the seed with its quotes located by paragraph and offset', () => {
		const seed = bundled(SEED_ID);
		const json = articleJson(seed, {read: true, bookmarked: false});
		expect(json.quotes).toHaveLength(10);
		const first = seed.paragraphs[0] ?? '';
		expect(json.quotes[0]).toEqual({paragraph: 0, start: first.indexOf('"not'), end: first.indexOf('"not') + 15, text: '"not there yet"'});
		expect(json.quotes[8]).toMatchObject({paragraph: 11, text: '“blitz operation.”'});
		expect(json).toMatchObject({id: SEED_ID, section: 'World', updated: '2016-09-04T13:32', dateAmbiguous: false, read: true, bookmarked: false});
		expect(json.related).toEqual({title: 'US and Russia agree on Syria ceasefire plan', date: '2016-09-10T00:57', id: null});
		expect(json.more?.items).toHaveLength(5);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('for every bundled article, each quote entry matches its paragraph, in order', () => {
		for (const article of all) {
			const {quotes, paragraphs} = articleJson(article, noFlags());
			expect(quotes).toHaveLength(article.quotes.flat().length);
			expect(paragraphs).toEqual(article.paragraphs);
			let previous = {paragraph: -1, end: 0};
			for (const quote of quotes) {
				expect(quote.text).toBe(paragraphs[quote.paragraph]?.slice(quote.start, quote.end));
				expect(quote.text.length).toBeGreaterThan(1);
				const ordered = quote.paragraph > previous.paragraph || (quote.paragraph === previous.paragraph && quote.start >= previous.end);
				expect(ordered, `${article.id} ${JSON.stringify(quote)}`).toBe(true);
				previous = quote;
			}
		}
	});
});

describe('a feed item in read --json', () => {
	process.env['TZ'] = 'UTC';

	it('adds what each block is, the body links, and the page, author and feed', () => {
		const item = richItem();
		const json = articleJson(item, noFlags());
		expect(json).toMatchObject({
			url: 'https://courier.example/2026/11/tide-gauge',
			author: 'Mira Osk',
			feed: 'Tiller Bay Courier',
			links: item.links,
			blocks: item.blocks,
		});
		expect(json.blocks).toHaveLength(json.paragraphs.length);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('leaves those fields out for an article from a file', () => {
		const json = articleJson(bundled(SEED_ID), noFlags());
		for (const key of ['blocks', 'links', 'url', 'author', 'feed']) expect(json).not.toHaveProperty(key);
	});
});

describe('plainLines', () => {
	it("prints a feed item's blocks: markers, the quote gutter, pre lines and the links", () => {
		const lines = plainLines(layoutArticle(richItem(), 60, RICH_NOW).lines).split('\n');
		expect(lines).toContain('What changes');
		expect(lines).toContain('> We will finally know the water before it knows us.');
		expect(lines).toContain('  3. at half a metre above the spring mark,');
		expect(lines).toContain('412    06:00');
		expect(lines.slice(lines.indexOf('Links'))).toEqual([
			'Links',
			'old tide gauge: https://courier.example/topics/tide-gauge',
			'fishers’ guild: https://fishers.example/guild',
			'full minutes:',
			'https://courier.example/2026/11/tide-gauge-minutes-full-',
			'text-with-every-amendment-and-vote',
		]);
	});

	it('joins the laid-out lines as plain text with no trailing spaces', () => {
		const text = plainLines(layoutArticle(bundled('world/portsalt-ferry-strike-called-off'), 38, NOW).lines);
		expect(text.split('\n').slice(0, 5)).toEqual([
			'Portsalt ferry strike called off hours',
			'before it was due to start',
			'World · 2025-02-06 18:05 · 1 year ago',
			'',
			'A 48-hour strike by ferry crews in',
		]);
		expect(text).not.toMatch(/ $/m);
	});
});

describe('feed items in list --json', () => {
	const FEED_ITEM = '@k3x9q2m7ta/0123456789abc';
	const feedMeta = {id: FEED_ITEM, title: 'Harbour reopens', section: 'Local', updated: '2026-03-01T09:00', dateAmbiguous: false};

	it("list: a feed item has its feed's title; a folder article has no feed field at all", () => {
		const feedOf = (id: string) => (id === FEED_ITEM ? 'Harbour News' : null);
		const entries = listEntries([metaOf(bundled(SEED_ID)), feedMeta], noFlags, feedOf);
		const item = entries.find(entry => entry.id === FEED_ITEM);
		const folder = entries.find(entry => entry.id !== FEED_ITEM);
		expect(item).toStrictEqual({
			id: FEED_ITEM,
			title: 'Harbour reopens',
			section: 'Local',
			updated: '2026-03-01T09:00',
			read: false,
			bookmarked: false,
			feed: 'Harbour News',
		});
		expect(folder && Object.keys(folder)).toEqual(['id', 'title', 'section', 'updated', 'read', 'bookmarked']);
	});
});
