/**
 * Feed autodiscovery: the feeds a web page names in its head with
 * `<link rel="alternate" type="application/rss+xml" href="…">` (and Atom, JSON Feed).
 */
import {Parser} from 'htmlparser2';
import {resolveLink} from './text.js';

/** The media types of a feed; a JSON Feed is also announced as plain `application/json`. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json']);

/** A head longer than this is not read further: the links are near the top of any real page. */
const MAX_HEAD = 1_000_000;
/** The parser is fed this much at a time, so it stops soon after the head. */
const CHUNK = 16 * 1024;
/** Elements open at once past which the head is not read further. */
const MAX_DEPTH = 256;

/** True when a `rel` value (a list of words, any case) includes `alternate`. */
function isAlternate(rel: string | undefined): boolean {
	return (rel ?? '')
		.toLowerCase()
		.split(/[\t\n\f\r ]+/)
		.includes('alternate');
}

/** A `type` attribute's media type, without parameters (`; charset=utf-8`) or case. */
function mediaType(type: string | undefined): string {
	return (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The feeds a page announces, as absolute http(s) URLs in document order without repeats, resolved
 * against the page's `<base href>` (itself resolved against `pageUrl`) or `pageUrl`. Reading stops
 * at `</head>` or `<body>`. Never throws.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
	const found: string[] = [];
	let base = pageUrl;
	let done = false;
	let baseSeen = false;
	// htmlparser2 pays the depth on every open element: a head nested deeper than any real one stops the reading.
	let depth = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (++depth > MAX_DEPTH) done = true;
				if (done) return;
				if (name === 'body') done = true;
				else if (name === 'base' && attributes['href'] !== undefined && !baseSeen) {
					// Only the first <base href> counts, as in a browser.
					baseSeen = true;
					base = resolveLink(attributes['href'], pageUrl) ?? base;
				} else if (name === 'link' && isAlternate(attributes['rel']) && FEED_TYPES.has(mediaType(attributes['type']))) {
					const url = resolveLink(attributes['href'], base);
					if (url !== null && !found.includes(url)) found.push(url);
				}
			},
			onclosetag(name) {
				depth--;
				if (name === 'head') done = true;
			},
		},
		{decodeEntities: true},
	);
	const head = html.slice(0, MAX_HEAD);
	for (let at = 0; at < head.length && !done; at += CHUNK) parser.write(head.slice(at, at + CHUNK));
	parser.end();
	return found;
}
