import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseOpmlText, toOpml} from '../../../src/core/feeds/index.js';
import type {OpmlOutline} from '../../../src/core/feeds/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'feeds');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseOpmlText', () => {
	it('reads nested folders: the nearest folder is the category; repeats and unsafe URLs are skipped', () => {
		expect(parseOpmlText(fixture('subscriptions.opml'))).toEqual({
			ok: true,
			outlines: [
				{url: 'https://top.example/rss', title: 'Top Feed', category: null},
				{url: 'https://gazette.example/rss.xml', title: 'Gazette', category: 'News'},
				{url: 'https://river.example/blog/atom.xml', title: 'River Notes', category: 'World'},
				{url: 'https://valley.example/feed.json', title: 'Valley', category: 'Tech'},
			],
		});
	});

	it.each([
		['empty text', '', 'empty'],
		['white space', ' \n', 'empty'],
		['an HTML page', '<!DOCTYPE html><html><body>no</body></html>', 'not an OPML file'],
		['an RSS feed', fixture('rss2-content.xml'), 'not an OPML file'],
	])('refuses %s', (_name, text, reason) => {
		expect(parseOpmlText(text)).toEqual({ok: false, reason});
	});

	it('sanitizes titles and categories', () => {
		const text = '<opml version="2.0"><body><outline text="F&#x1b;]0;x&#x7;"><outline text="T&#x202e;" xmlUrl="https://a.example/f"/></outline></body></opml>';
		expect(parseOpmlText(text)).toEqual({ok: true, outlines: [{url: 'https://a.example/f', title: 'T<U+202E>', category: 'F␛]0;x␇'}]});
	});
});

describe('toOpml', () => {
	const subscriptions: OpmlOutline[] = [
		{url: 'https://top.example/rss', title: 'Top & <Feed>', category: null},
		{url: 'https://gazette.example/rss.xml?a=1&b=2', title: 'Gazette', category: 'News'},
		{url: 'https://river.example/atom.xml', title: 'River "Notes"', category: 'News'},
		{url: 'https://valley.example/feed.json', title: 'Valley', category: 'Tech & Science'},
		{url: 'https://last.example/rss', title: 'Last', category: null},
	];

	it('writes OPML 2.0 with one folder per category', () => {
		const text = toOpml(subscriptions) ?? '';
		expect(text).toContain('<opml version="2.0">');
		expect(text).toContain('<title>newsterm subscriptions</title>');
		expect(text.match(/<outline text="News"/g)).toHaveLength(1);
		expect(text).toContain('xmlUrl="https://gazette.example/rss.xml?a=1&amp;b=2"');
	});

	it('export then import is the identity', () => {
		expect(parseOpmlText(toOpml(subscriptions) ?? '')).toEqual({ok: true, outlines: subscriptions});
	});

	it('import, export, import again gives the same list', () => {
		const first = parseOpmlText(fixture('subscriptions.opml'));
		if (!first.ok) throw new Error(first.reason);
		expect(parseOpmlText(toOpml(first.outlines) ?? '')).toEqual(first);
	});

	it('an empty list is nothing to export (OPML 2.0 wants an outline in the body)', () => {
		expect(toOpml([])).toBeNull();
	});
});
