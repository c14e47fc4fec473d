/**
 * Reader mode: the article in a web page, without the page's navigation, asides and footers, read
 * into the same blocks as a feed item's HTML. Mozilla's Readability (Firefox's reader view) finds
 * the article in a DOM that linkedom builds: no browser, no network, no I/O.
 */
import {isProbablyReaderable, Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {ItemBody} from '../feeds/index.js';
import {htmlToBody} from '../html/index.js';
import {sanitizeText} from '../text/index.js';

/**
 * Pages larger than this are refused: a DOM costs many times its page's size in memory.
 * @internal Tests use it; the program does not.
 */
export const MAX_PAGE = 5_000_000;
/** Readability gives up on a page with more elements than this, rather than score them all. */
const MAX_ELEMENTS = 100_000;

/** What reader mode gives: the article's title and body, or why there is none, in a few words. */
export type Readable =
	/** `html` is the article as Readability cleaned it (links absolute): the archive keeps it and reads it into blocks when opened. */
	{readonly ok: true; readonly title: string | null; readonly body: ItemBody; readonly html: string} | {readonly ok: false; readonly reason: string};

/** `href` against `base`, or null when it is no URL. */
function resolve(href: string | null | undefined, base: string): string | null {
	if (!href) return null;
	try {
		return new URL(href, base).href;
	} catch {
		return null;
	}
}

/**
 * The base every relative link of the page resolves against: its own `<base href>` (itself
 * relative to the page) or the page's URL. It is written into the document as an absolute
 * `<base href>`, since linkedom's `baseURI` is that attribute as written, or nothing.
 */
function setBase(document: Document, pageUrl: string): string {
	const existing = document.querySelector('base[href]');
	const base = resolve(existing?.getAttribute('href'), pageUrl) ?? resolve(pageUrl, pageUrl) ?? pageUrl;
	if (existing) existing.setAttribute('href', base);
	else {
		const element = document.createElement('base');
		element.setAttribute('href', base);
		(document.head ?? document.documentElement)?.prepend(element);
	}
	return base;
}

/**
 * The page as a DOM. linkedom makes no `<html>`, `<head>` or `<body>` that the markup does not
 * have (a browser would), and Readability needs them: a fragment is put in a page of its own.
 */
function documentOf(html: string): Document {
	const {document} = parseHTML(html);
	if (document.documentElement?.querySelector('body')) return document;
	return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** One line of safe text for a title, or null when it has no words. */
function titleOf(title: string | null | undefined): string | null {
	const line = sanitizeText((title ?? '').replace(/[\t\n\f\r \u00A0]+/g, ' ')).trim();
	return line === '' ? null : line;
}

/**
 * The article on a page (`html` as fetched from `pageUrl`), as blocks with its links resolved, or a
 * reason: the page is too large, or no article was found on it. Never throws.
 */
export function extractReadable(html: string, pageUrl: string): Readable {
	if (html.length > MAX_PAGE) return {ok: false, reason: `page too large (over ${MAX_PAGE / 1_000_000} MB)`};
	try {
		const document = documentOf(html);
		const base = setBase(document, pageUrl);
		if (!isProbablyReaderable(document)) return {ok: false, reason: 'no article found on the page'};
		const article = new Readability(document, {maxElemsToParse: MAX_ELEMENTS}).parse();
		const body = htmlToBody(article?.content ?? '', base);
		if (body.paragraphs.length === 0) return {ok: false, reason: 'no article found on the page'};
		return {ok: true, title: titleOf(article?.title), body, html: article?.content ?? ''};
	} catch (error) {
		// Readability throws when a page has more elements than it will score.
		return {ok: false, reason: /elements/i.test(String(error)) ? 'page too complex to read' : 'page could not be read'};
	}
}
