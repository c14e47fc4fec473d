import {describe, expect, it} from 'vitest';
import {parseFeedText} from '../../../src/core/feeds/index.js';
import {decodeBody} from '../../../src/core/http/index.js';

const URL = 'https://hostile.example/feed.xml';
const NOW = Date.UTC(2026, 11, 3, 12);

const rss = (head: string, body: string): string => `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>T</title>${body}</channel></rss>`;
const item = (title: string, more = ''): string => `<item><title>${title}</title><guid>${title.slice(0, 20)}</guid>${more}</item>`;

describe('feeds written to hurt the parser', () => {
	it('expands no entity of a billion-laughs DTD', () => {
		const levels = Array.from({length: 9}, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
		const text = rss(`<!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>`, item('&lol9;'));
		const parsed = parseFeedText(text, URL, NOW);
		const titles = parsed.ok ? parsed.feed.items.map(entry => entry.title) : [];
		expect(titles.join('').length).toBeLessThan(100);
		expect(titles.join('')).not.toContain('lollol');
	});

	it('expands no entity made to grow quadratically', () => {
		const big = 'x'.repeat(50_000);
		const text = rss(`<!DOCTYPE rss [<!ENTITY big "${big}">]>`, item(`${'&big;'.repeat(10_000)}`));
		const parsed = parseFeedText(text, URL, NOW);
		expect(JSON.stringify(parsed).length).toBeLessThan(200_000);
	});

	it('never reads a file or a URL an external entity names', () => {
		const text = rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>', item('a &xxe; b &web;'));
		const parsed = parseFeedText(text, URL, NOW);
		expect(JSON.stringify(parsed)).not.toContain('root:');
	});

	it('reads 10,000 items, each once', () => {
		const items = Array.from({length: 10_000}, (_, i) =>
			item(`Item ${i}`, `<pubDate>Tue, 01 Dec 2026 ${String(i % 24).padStart(2, '0')}:00:00 +0000</pubDate>`),
		).join('');
		const parsed = parseFeedText(rss('', items), URL, NOW);
		expect(parsed.ok && new Set(parsed.feed.items.map(entry => entry.id)).size).toBe(10_000);
	});

	it.each([
		['empty', '', 'empty'],
		['only white space', ' \n\t ', 'empty'],
		['a web page', '<!doctype html><html><body>Sign in</body></html>', 'not a feed: a web page (HTML)'],
		['cut short', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Half', 'truncated XML'],
		['JSON that is not a feed', '{"hello": "world"}', 'not a feed'],
	])('says what is wrong with a body that is %s', (_, text, reason) => {
		expect(parseFeedText(text, URL, NOW)).toEqual({ok: false, reason});
	});

	it('reads invalid UTF-8 as replacement characters, and windows-1252 named in the declaration as what it says', () => {
		const broken = Buffer.from(rss('', item('bad \xff\xfe bytes')), 'latin1');
		const text = decodeBody(broken, 'application/rss+xml; charset=utf-8');
		const parsed = parseFeedText(text, URL, NOW);
		expect(parsed.ok && parsed.feed.items[0]?.title).toBe('bad \uFFFD\uFFFD bytes');
		const declared = Buffer.from(
			`<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>T</title>${item('\x93quoted\x94 \x80 5')}</channel></rss>`,
			'latin1',
		);
		const cp1252 = parseFeedText(decodeBody(declared, 'application/xml'), URL, NOW);
		expect(cp1252.ok && cp1252.feed.items[0]?.title).toBe('\u201Cquoted\u201D \u20AC 5');
	});

	it('takes an encoding that lies (latin-1 bytes declared UTF-8) without failing', () => {
		const lying = Buffer.from(
			`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Caf\xe9</title>${item('Na\xefve')}</channel></rss>`,
			'latin1',
		);
		const parsed = parseFeedText(decodeBody(lying, 'text/xml; charset=utf-8'), URL, NOW);
		expect(parsed.ok && parsed.feed.items[0]?.title).toBe('Na\uFFFDve');
	});
});
