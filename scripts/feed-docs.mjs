// Seeded feeds for the feeds benchmark and its tests: feed n of a list, in RSS 2.0 (eight in ten, with
// content:encoded), Atom or JSON Feed, with 50 items of a few paragraphs of HTML each (about 1.5 to 3 KB
// an item). Everything about item j of feed n comes from a generator seeded by (seed, n, j), so an
// edition (the feed after `edition` new items were published) can be rebuilt without keeping the last.
import {rng} from './gen-corpus.mjs';
import {paragraph, title as makeTitle} from './gen-prose.mjs';

/** Items in every feed. */
export const ITEMS = 50;
const PLACES = ['Valmora', 'Portsalt', 'Hollin', 'Tiller Bay', 'Essland', 'Norvik', 'Corvane', 'Harrow', 'Marrowby', 'Kestrel'];
const KINDS = ['Herald', 'Gazette', 'Courier', 'Post', 'Chronicle', 'Observer', 'Tribune', 'Dispatch'];
// Item j of every feed is j * 3 hours after this (plus n minutes): the newest items are a few days old.
const FIRST_ITEM = Date.UTC(2026, 10, 20, 6, 0);
const HOUR = 3_600_000;

const seeded = (seed, n, j) => rng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(n + 1, 0x85ebca6b) ^ Math.imul(j + 7, 0xc2b2ae35));
const escapeXml = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which format feed n is in: `rss` (eight in ten), `atom` or `json`. */
export const feedFormat = n => (n % 10 === 8 ? 'atom' : n % 10 === 9 ? 'json' : 'rss');

/** Feed n's title (unique: it ends with n) and its site. */
export function feedInfo(seed, n) {
	const random = seeded(seed, n, -1);
	const place = PLACES[Math.floor(random() * PLACES.length)];
	const kind = KINDS[Math.floor(random() * KINDS.length)];
	return {title: `${place} ${kind} ${n}`, site: `https://news${n}.example/`};
}

/** Item j of feed n: title, link, guid, date, a teaser and the HTML body. */
export function feedItem(seed, n, j) {
	const random = seeded(seed, n, j);
	const title = makeTitle(random);
	const {site} = feedInfo(seed, n);
	const link = `${site}2026/story-${j}.html`;
	const target = 1000 + Math.floor(random() * 1400);
	const paragraphs = [];
	for (let size = 0; size < target; ) {
		const text = escapeXml(paragraph(random));
		const roll = random();
		// Some emphasis, a link to another story and a quotation now and then, as news pages have.
		const html =
			roll < 0.15
				? `<blockquote><p>${text}</p></blockquote>`
				: roll < 0.35
					? `<p>${text} <a href="${site}2026/story-${Math.floor(random() * (j + 1))}.html">Read more</a>.</p>`
					: roll < 0.5
						? `<p><em>${text}</em></p>`
						: `<p>${text}</p>`;
		paragraphs.push(html);
		size += html.length;
	}
	const teaser = escapeXml(paragraph(random));
	return {
		title,
		link,
		guid: `tag:${site.slice(8, -1)},2026:story-${j}`,
		date: new Date(FIRST_ITEM + j * 3 * HOUR + n * 60_000),
		teaser,
		html: paragraphs.join('\n'),
	};
}

const rssItem = item => `<item>
<title>${escapeXml(item.title)}</title>
<link>${item.link}</link>
<guid isPermaLink="false">${item.guid}</guid>
<pubDate>${item.date.toUTCString()}</pubDate>
<description>${item.teaser}</description>
<content:encoded><![CDATA[${item.html}]]></content:encoded>
</item>`;

const atomEntry = item => `<entry>
<title>${escapeXml(item.title)}</title>
<link rel="alternate" type="text/html" href="${item.link}"/>
<id>${item.guid}</id>
<published>${item.date.toISOString()}</published>
<updated>${item.date.toISOString()}</updated>
<summary>${item.teaser}</summary>
<content type="html">${escapeXml(item.html)}</content>
</entry>`;

/**
 * Feed n as its server sends it after `edition` new items: items edition .. edition + 49, newest first.
 * Returns the text, its media type and the newest item's date (the feed's Last-Modified).
 */
export function feedDoc(seed, n, edition = 0) {
	const {title, site} = feedInfo(seed, n);
	const items = [];
	for (let j = edition + ITEMS - 1; j >= edition; j--) items.push(feedItem(seed, n, j));
	const updated = items[0].date;
	const format = feedFormat(n);
	if (format === 'json') {
		const doc = {
			version: 'https://jsonfeed.org/version/1.1',
			title,
			home_page_url: site,
			description: `News from the ${title}`,
			items: items.map(item => ({
				id: item.guid,
				url: item.link,
				title: item.title,
				summary: item.teaser,
				content_html: item.html,
				date_published: item.date.toISOString(),
			})),
		};
		return {text: JSON.stringify(doc), type: 'application/feed+json', updated};
	}
	if (format === 'atom') {
		const text = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(title)}</title>
<link rel="alternate" href="${site}"/>
<id>${site}</id>
<updated>${updated.toISOString()}</updated>
${items.map(atomEntry).join('\n')}
</feed>
`;
		return {text, type: 'application/atom+xml; charset=utf-8', updated};
	}
	const text = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${escapeXml(title)}</title>
<link>${site}</link>
<description>News from the ${escapeXml(title)}</description>
<language>en-gb</language>
<lastBuildDate>${updated.toUTCString()}</lastBuildDate>
${items.map(rssItem).join('\n')}
</channel>
</rss>
`;
	return {text, type: 'application/rss+xml; charset=utf-8', updated};
}

/** An OPML 2.0 list of feeds: `feeds` is [{title, url, site}]. */
export function opmlOf(feeds) {
	const outlines = feeds.map(
		feed => `<outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(feed.url)}" htmlUrl="${feed.site}"/>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
<head><title>newsterm benchmark feeds</title></head>
<body>
${outlines.join('\n')}
</body>
</opml>
`;
}
