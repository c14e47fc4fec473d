import {describe, expect, it} from 'vitest';
import type {BlockKind} from '../../../src/core/article/index.js';
import {htmlToBody} from '../../../src/core/html/index.js';
import {CUT_NOTE} from '../../../src/core/html/body.js';

const BASE = 'https://news.example/2026/story.html';

/** The blocks of `html` as [kind (with marker and depth for items), text] pairs. */
function blocks(html: string): [string, string][] {
	const body = htmlToBody(html, BASE);
	return body.paragraphs.map((text, i) => [describeKind(body.blocks[i]), text]);
}

function describeKind(kind: BlockKind | undefined): string {
	if (kind?.kind === 'item') return `item ${kind.depth} ${kind.marker}`;
	return kind?.kind ?? 'missing';
}

describe('htmlToBody: blocks', () => {
	it.each<[string, string, [string, string][]]>([
		[
			'paragraphs',
			'<p>One.</p><p>Two.</p>',
			[
				['paragraph', 'One.'],
				['paragraph', 'Two.'],
			],
		],
		[
			'divs and text outside any block',
			'Lead text <div>In a div</div> tail',
			[
				['paragraph', 'Lead text'],
				['paragraph', 'In a div'],
				['paragraph', 'tail'],
			],
		],
		[
			'text separated by br',
			'First line<br>second line<br/><br>third',
			[
				['paragraph', 'First line'],
				['paragraph', 'second line'],
				['paragraph', 'third'],
			],
		],
		[
			'headings h1 to h6',
			'<h1>Top</h1><h4>Lower</h4><h6>Least</h6>',
			[
				['heading', 'Top'],
				['heading', 'Lower'],
				['heading', 'Least'],
			],
		],
		[
			'a block quote, its paragraphs separate',
			'<blockquote><p>One.</p><p>Two.</p></blockquote>',
			[
				['quote', 'One.'],
				['quote', 'Two.'],
			],
		],
		['a heading inside a quote is quoted', '<blockquote><h3>Said</h3></blockquote>', [['quote', 'Said']]],
		[
			'an unordered list',
			'<ul><li>a</li><li>b</li></ul>',
			[
				['item 0 •', 'a'],
				['item 0 •', 'b'],
			],
		],
		[
			'an ordered list honouring start and value',
			'<ol start="4"><li>d<li value="9">i<li>j</ol>',
			[
				['item 0 4.', 'd'],
				['item 0 9.', 'i'],
				['item 0 10.', 'j'],
			],
		],
		[
			'a nested list',
			'<ul><li>top<ol><li>inner<ul><li>deepest</li></ul></li></ol></li><li>next</li></ul>',
			[
				['item 0 •', 'top'],
				['item 1 1.', 'inner'],
				['item 2 •', 'deepest'],
				['item 0 •', 'next'],
			],
		],
		[
			'a second block in an item lines up under the first',
			'<ol><li><p>first</p><p>more</p></li></ol>',
			[
				['item 0 1.', 'first'],
				['item 0   ', 'more'],
			],
		],
		['list depth is bounded', `${'<ul><li>x'.repeat(20)}`, [...Array.from({length: 20}, (_, i): [string, string] => [`item ${Math.min(i, 6)} •`, 'x'])]],
		['pre keeps its lines and expands tabs', '<pre>\nname\tvalue\n  indented\n\n</pre>', [['pre', 'name    value\n  indented']]],
		[
			'an image with and without alt text',
			'<img src="a.png" alt="A  harbour"><img src="b.png">',
			[
				['image', '[image: A harbour]'],
				['image', '[image]'],
			],
		],
		[
			'an image inside a paragraph splits it',
			'<p>Before <img alt="x"> after</p>',
			[
				['paragraph', 'Before'],
				['image', '[image: x]'],
				['paragraph', 'after'],
			],
		],
		['a tracking pixel is dropped', '<p>Text</p><img src="p.gif" width="1" height="1">', [['paragraph', 'Text']]],
		[
			'a figure with its caption',
			'<figure><img alt="Pier"><figcaption>The north pier</figcaption></figure><figure><img alt="Same"><figcaption>Same</figcaption></figure>',
			[
				['image', '[image: Pier] The north pier'],
				['image', '[image] Same'],
			],
		],
		['a caption without an image is a paragraph', '<figure><figcaption>Only words</figcaption></figure>', [['paragraph', 'Only words']]],
		[
			'a table as rows of cells',
			'<table><tr><th>Day</th><th>Tide</th></tr><tr><td><p>Mon</p></td><td>4.1 m<br>high</td></tr></table>',
			[
				['paragraph', 'Day | Tide'],
				['paragraph', 'Mon | 4.1 m high'],
			],
		],
		[
			'hr only separates',
			'<p>a</p><hr><p>b</p>',
			[
				['paragraph', 'a'],
				['paragraph', 'b'],
			],
		],
		[
			'inline elements are plain text',
			'<p>An <em>em</em>, <strong>strong</strong> and <code>code</code> <span>span</span>.</p>',
			[['paragraph', 'An em, strong and code span.']],
		],
		[
			'script, style, noscript, template, iframe, svg and head are dropped whole',
			'<head><title>T</title><style>p{}</style></head><p>kept<script>alert("x")</script></p><noscript>n</noscript><template>t</template><iframe>f</iframe><svg><text>s</text></svg><p>also</p>',
			[
				['paragraph', 'kept'],
				['paragraph', 'also'],
			],
		],
		['no empty blocks', '<p> </p><div>\n\t</div><p>&nbsp;</p><li></li><h2></h2>', []],
		['white space collapsed, non-breaking spaces made plain', '<p>  a\n\n  b&nbsp;&nbsp;c\u202Fd </p>', [['paragraph', 'a b c d']]],
	])('%s', (_, html, expected) => {
		expect(blocks(html)).toEqual(expected);
	});
});

describe('htmlToBody: entities and text', () => {
	it.each<[string, string, string[]]>([
		['named and numeric entities', '<p>Tom &amp; Jerry &mdash; &#8220;hi&#x201D; &eacute;t&eacute; &lt;b&gt;</p>', ['Tom & Jerry — “hi” été <b>']],
		['markup escaped twice, as feeds send it', '&lt;p&gt;First &amp;amp; best&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;', ['First & best', 'Second']],
		[
			'plain text with entities is text, its blank lines paragraphs',
			'Fish &amp; chips\nat noon\n\nSecond &lt;3 part',
			['Fish & chips at noon', 'Second <3 part'],
		],
		['plain text that mentions a tag stays text', 'Use the &lt;p&gt; element', ['Use the <p> element']],
		['an escape sequence is shown inert', '<p>a\u001b]52;c;SGVsbG8=\u0007b\u001b[2Jc</p>', ['a␛]52;c;SGVsbG8=␇b␛[2Jc']],
		['bidi overrides and C1 controls are shown, not obeyed', '<p>x\u202Eevil\u2066y\u0085z\u009B1m</p>', ['x<U+202E>evil<U+2066>y<U+0085>z<U+009B>1m']],
		// A C1 reference is read as Windows-1252 where it has a character there, as HTML says (&#x9b; is ›).
		['entities that decode to controls are shown too', '<p>a&#27;[31mred&#x9d;b&#x9b;</p>', ['a␛[31mred<U+009D>b›']],
	])('%s', (_, html, expected) => {
		expect(htmlToBody(html, BASE).paragraphs).toEqual(expected);
	});
});

describe('htmlToBody: links', () => {
	it('resolves relative links against the base, keeps http(s) only, once per URL, the words always', () => {
		const body = htmlToBody(
			'<p><a href="/a">First</a> <a href="b.html">second <b>bold</b></a> <a href="javascript:alert(1)">script</a> ' +
				'<a href="data:text/html,x">data</a> <a href="file:///etc/passwd">file</a> <a href="https://news.example/a">again</a> ' +
				'<a href="#top">anchor</a> <a href="https://user:pw@evil.example/">creds</a> <a>none</a></p>',
			BASE,
		);
		expect(body.paragraphs).toEqual(['First second bold script data file again anchor creds none']);
		expect(body.links).toEqual([
			{text: 'First', url: 'https://news.example/a'},
			{text: 'second bold', url: 'https://news.example/2026/b.html'},
		]);
	});

	it('lists a link with no words (around an image) by its URL', () => {
		expect(htmlToBody('<a href="https://x.example/big.jpg"><img alt="Pier"></a>', BASE).links).toEqual([
			{text: 'https://x.example/big.jpg', url: 'https://x.example/big.jpg'},
		]);
	});

	it('keeps absolute links when the base is not a URL, and drops relative ones', () => {
		expect(htmlToBody('<a href="https://ok.example/">ok</a><a href="/rel">rel</a>', 'not a url').links).toEqual([{text: 'ok', url: 'https://ok.example/'}]);
	});

	it('sanitizes link words', () => {
		expect(htmlToBody('<a href="https://ok.example/">a\u001b[2Jb</a>', BASE).links[0]?.text).toBe('a␛[2Jb');
	});
});

describe('htmlToBody: quotations', () => {
	it('finds quotations in paragraphs and items, makes a block quote one whole quotation, and none in headings or pre', () => {
		const body = htmlToBody(
			'<h2>"Heading"</h2><p>He said "yes" twice.</p><ul><li>She said "no".</li></ul><blockquote>All of it</blockquote><pre>"code"</pre>',
			BASE,
		);
		expect(body.quotes).toEqual([[], [{start: 8, end: 13}], [{start: 9, end: 13}], [{start: 0, end: 9}], []]);
	});

	it('follows a quotation over paragraphs, its opening mark repeated', () => {
		const body = htmlToBody('<p>“First part</p><p>“second part.”</p>', BASE);
		expect(body.quotes).toEqual([[{start: 0, end: 11}], [{start: 0, end: 14}]]);
	});
});

describe('htmlToBody: bounds', () => {
	it('caps the number of blocks and says the rest is cut', () => {
		const body = htmlToBody('<p>x</p>'.repeat(20_000), BASE);
		expect(body.paragraphs.length).toBe(5001);
		expect(body.paragraphs.at(-1)).toBe(CUT_NOTE);
		expect(body.blocks.length).toBe(body.paragraphs.length);
		expect(body.quotes.length).toBe(body.paragraphs.length);
	});

	it('caps the total text, even in one huge text node', () => {
		const body = htmlToBody(`<p>${'word '.repeat(1_000_000)}</p>`, BASE);
		const total = body.paragraphs.reduce((sum, text) => sum + text.length, 0);
		expect(total).toBeLessThanOrEqual(2_000_000 + CUT_NOTE.length);
		expect(body.paragraphs.at(-1)).toBe(CUT_NOTE);
	});

	it('caps plain text too', () => {
		const body = htmlToBody('word '.repeat(1_000_000), BASE);
		expect(body.paragraphs).toHaveLength(2);
		expect(body.paragraphs[0]?.length).toBe(2_000_000);
		expect(body.paragraphs[1]).toBe(CUT_NOTE);
	});

	it('draws deep lists at a bounded depth', () => {
		const body = htmlToBody(`${'<blockquote><ul><li>'.repeat(100)}deep${'</li></ul></blockquote>'.repeat(100)}`, BASE);
		expect(body.paragraphs).toEqual(['deep']);
		expect(body.blocks[0]).toEqual({kind: 'item', marker: '•', depth: 6});
	});

	it('stops reading markup nested past its bound, keeping what came before', () => {
		const depth = 50_000;
		const body = htmlToBody(`<p>before</p>${'<div><i>'.repeat(depth)}deep${'</i></div>'.repeat(depth)}`, BASE);
		expect(body.paragraphs).toEqual(['before', CUT_NOTE]);
	});

	it('does not read past 8 MB of markup', () => {
		const body = htmlToBody(`${'<b></b>'.repeat(1_200_000)}<p>after</p>`, BASE);
		expect(body.paragraphs).toEqual([CUT_NOTE]);
	});
});
