import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {discoverFeeds} from '../../../src/core/html/index.js';

const PAGE = 'https://site.example/news/today.html';
const link = (attributes: string): string => `<link ${attributes}>`;

describe('discoverFeeds', () => {
	it.each<[string, string, string[]]>([
		['an RSS feed, relative to the page', link('rel="alternate" type="application/rss+xml" href="feed.xml"'), ['https://site.example/news/feed.xml']],
		[
			'Atom, JSON Feed and plain JSON, in document order',
			link('rel=alternate type=application/atom+xml href=/atom') +
				link('rel=alternate type=application/feed+json href=/feed.json') +
				link('rel=alternate type=application/json href=https://api.example/feed'),
			['https://site.example/atom', 'https://site.example/feed.json', 'https://api.example/feed'],
		],
		[
			'rel as a list of words in any case, a type with parameters',
			link('rel="Feed ALTERNATE" type="Application/RSS+XML; charset=utf-8" href="/r"'),
			['https://site.example/r'],
		],
		[
			'a repeated feed once',
			link('rel=alternate type=application/rss+xml href=/r') + link('rel=alternate type=application/rss+xml href=https://site.example/r'),
			['https://site.example/r'],
		],
		[
			'other links and types are not feeds',
			link('rel=stylesheet type=text/css href=/s.css') + link('rel=alternate type=text/html hreflang=fr href=/fr/') + link('rel=alternate href=/x'),
			[],
		],
		[
			'unsafe addresses are dropped',
			link('rel=alternate type=application/rss+xml href="javascript:alert(1)"') +
				link('rel=alternate type=application/rss+xml href="file:///etc/passwd"') +
				link('rel=alternate type=application/rss+xml href="https://u:p@evil.example/"') +
				link('rel=alternate type=application/rss+xml href=""'),
			[],
		],
		['entities in the address are read', link('rel=alternate type=application/rss+xml href="/feed?a=1&amp;b=2"'), ['https://site.example/feed?a=1&b=2']],
		[
			"the page's first <base href> counts",
			`<base href="/base/"><base href="/other/">${link('rel=alternate type=application/rss+xml href=f.xml')}`,
			['https://site.example/base/f.xml'],
		],
	])('%s', (_, head, expected) => {
		expect(discoverFeeds(`<!DOCTYPE html><html><head><title>t</title>${head}</head><body><p>x</p></body></html>`, PAGE)).toEqual(expected);
	});

	it('stops at </head> and at <body>', () => {
		const feed = link('rel=alternate type=application/rss+xml href=/late.xml');
		expect(discoverFeeds(`<head></head>${feed}`, PAGE)).toEqual([]);
		expect(discoverFeeds(`<body>${feed}`, PAGE)).toEqual([]);
	});

	it('finds the feed of a page written for the tests', () => {
		const html = readFileSync(new URL('../../fixtures/pages/article.html', import.meta.url), 'utf8');
		expect(discoverFeeds(html, 'https://post.example/2026/ferry')).toEqual(['https://post.example/feeds/all.rss']);
	});

	it('reads a head nested far too deep only to its bound, and never throws', () => {
		const deep = `<head>${'<x>'.repeat(200_000)}${link('rel=alternate type=application/rss+xml href=/r')}`;
		expect(discoverFeeds(deep, PAGE)).toEqual([]);
		expect(discoverFeeds('<<<>>>\u0000</', 'not a url')).toEqual([]);
	});
});
