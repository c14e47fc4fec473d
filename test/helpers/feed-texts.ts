/**
 * Feed and page texts written for these tests: a small RSS 2.0 feed with numbered items, and a
 * web page that names feeds in its head, as a site's home page does for autodiscovery.
 */
const xmlEscape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** An RSS 2.0 feed titled `title` with `count` items, the newest first, each with its own guid and date. */
export function rssText(title: string, count: number, site = 'https://news.example/'): string {
	const items = Array.from({length: count}, (_, i) => {
		const day = String(28 - i).padStart(2, '0');
		return `<item><title>${xmlEscape(title)} story ${i + 1}</title><link>${site}story-${i + 1}</link><guid>${site}story-${i + 1}</guid><pubDate>Sat, ${day} Feb 2026 09:00:00 GMT</pubDate><description>Text of story ${i + 1}.</description></item>`;
	});
	return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(title)}</title><link>${site}</link><description>Test feed</description>${items.join('')}</channel></rss>\n`;
}

/** A web page whose head names `feeds` (relative or absolute hrefs) as RSS alternates. */
export function pageText(feeds: readonly string[]): string {
	const links = feeds.map(href => `<link rel="alternate" type="application/rss+xml" title="Feed" href="${xmlEscape(href)}">`).join('\n');
	return `<!doctype html>\n<html><head><title>A news site</title>\n${links}\n</head><body><p>Welcome.</p></body></html>\n`;
}
