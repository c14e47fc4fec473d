/**
 * Reading each format's own shape (as feedsmith gives it) into one `RawFeed`: which field is the
 * guid, the link, the author, the date, the full text and the summary in RSS, RDF, Atom and JSON Feed.
 * Nothing here is trusted or checked yet; `normalize.ts` does that for every format alike.
 */
import type {AnyFeed, AtomFeed} from 'feedsmith';
import type {RawFeed, RawItem} from './types.js';

/** `href` resolved against `base`, or `base` when `href` is missing or not a URL. */
function rebase(href: string | undefined, base: string): string {
	if (href === undefined) return base;
	try {
		return new URL(href, base).href;
	} catch {
		return base;
	}
}

const ENTITIES: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

/**
 * HTML as one line of plain text: tags dropped, the common entities and numeric references read,
 * runs of white space made one space. For titles and the fallback title only; bodies stay HTML.
 */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name.startsWith('#')) {
				const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/[\t\n\r ]+/g, ' ')
		.trim();
}

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};

/** Plain text as HTML, so every content field is HTML whatever the format carried. */
function textAsHtml(text: string | undefined): string | undefined {
	return text === undefined ? undefined : text.replace(/[&<>"]/g, ch => ESCAPES[ch] ?? ch);
}

/** An Atom text construct as HTML: `text` (the default) is escaped, `html` and `xhtml` are kept. */
function atomHtml(text: {readonly value?: string; readonly type?: string; readonly src?: string} | undefined): string | undefined {
	if (text === undefined || text.src !== undefined) return undefined;
	return text.type === 'html' || text.type === 'xhtml' || text.type?.includes('html') ? text.value : textAsHtml(text.value);
}

/** The entry's or feed's web page: the first `alternate` link (Atom's default rel). */
function atomLink(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
	return links?.find(link => link.rel === undefined || link.rel === 'alternate')?.href;
}

/** An Atom title as plain text: an html or xhtml title carries markup, the model's titles do not. */
function atomTitle(title: AtomFeed.Text | undefined): string | undefined {
	return title?.type?.includes('html') ? plainText(title.value) : title?.value;
}

function fromRss(feed: Extract<AnyFeed, {format: 'rss'}>['feed'], feedUrl: string): RawFeed {
	const base = rebase(feed.xml?.base, feedUrl);
	const items = (feed.items ?? []).map((item): RawItem => {
		const guid = item.guid?.value;
		// A guid is a permalink unless it says otherwise (RSS 2.0), so it stands in for a missing link.
		const permalink = item.guid?.isPermaLink !== false ? guid : undefined;
		return {
			guid,
			link: item.link ?? permalink,
			base: rebase(item.xml?.base, base),
			title: item.title,
			author: item.authors?.[0]?.name ?? item.authors?.[0]?.email ?? item.dc?.creators?.[0],
			date: item.pubDate ?? item.dc?.dates?.[0],
			contentHtml: item.content?.encoded,
			summaryHtml: item.description,
		};
	});
	return {title: feed.title, link: feed.link, base, items};
}

function fromRdf(feed: Extract<AnyFeed, {format: 'rdf'}>['feed'], feedUrl: string): RawFeed {
	const base = rebase(feed.xml?.base, feedUrl);
	const items = (feed.items ?? []).map(
		(item): RawItem => ({
			guid: item.rdf?.about,
			link: item.link,
			base: rebase(item.xml?.base, base),
			title: item.title,
			author: item.dc?.creators?.[0],
			date: item.dc?.dates?.[0],
			contentHtml: item.content?.encoded,
			summaryHtml: item.description,
		}),
	);
	return {title: feed.title, link: feed.link, base, items};
}

function fromAtom(feed: Extract<AnyFeed, {format: 'atom'}>['feed'], feedUrl: string): RawFeed {
	const base = rebase(feed.xml?.base, feedUrl);
	const items = (feed.entries ?? []).map(
		(entry): RawItem => ({
			guid: entry.id,
			link: atomLink(entry.links),
			base: rebase(entry.xml?.base, base),
			title: atomTitle(entry.title),
			author: entry.authors?.[0]?.name ?? feed.authors?.[0]?.name,
			date: entry.published ?? entry.updated,
			contentHtml: atomHtml(entry.content),
			summaryHtml: atomHtml(entry.summary),
		}),
	);
	return {title: atomTitle(feed.title), link: atomLink(feed.links), base, items};
}

function fromJson(feed: Extract<AnyFeed, {format: 'json'}>['feed'], feedUrl: string): RawFeed {
	const items = (feed.items ?? []).map(
		(item): RawItem => ({
			guid: item.id === undefined ? undefined : String(item.id),
			link: item.url ?? item.external_url,
			base: feedUrl,
			title: item.title,
			author: item.authors?.[0]?.name ?? feed.authors?.[0]?.name,
			date: item.date_published ?? item.date_modified,
			contentHtml: item.content_html ?? textAsHtml(item.content_text),
			summaryHtml: textAsHtml(item.summary),
		}),
	);
	return {title: feed.title, link: feed.home_page_url, base: feedUrl, items};
}

/** Any format feedsmith detected, as one `RawFeed`; relative links keep their bases. */
export function rawFeed(parsed: AnyFeed, feedUrl: string): RawFeed {
	switch (parsed.format) {
		case 'rss':
			return fromRss(parsed.feed, feedUrl);
		case 'rdf':
			return fromRdf(parsed.feed, feedUrl);
		case 'atom':
			return fromAtom(parsed.feed, feedUrl);
		case 'json':
			return fromJson(parsed.feed, feedUrl);
	}
}
