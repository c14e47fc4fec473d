import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {htmlToBody} from '../../../src/core/html/index.js';

const RUNS = 2_000;

/** C0 controls but the line feed, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
/** Bidi embeddings, overrides and isolates. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Markup-shaped strings: tags of every kind the reader treats specially, entities, controls, text. */
const piece = fc.oneof(
	fc.constantFrom(
		'<p>',
		'</p>',
		'<pre>',
		'</pre>',
		'<ul>',
		'<ol start="-3">',
		'<li>',
		'</li>',
		'</ul>',
		'<blockquote>',
		'</blockquote>',
		'<h2>',
		'</h2>',
		'<br>',
		'<img alt="\u001b[31m">',
		'<a href="javascript:x">',
		'<a href="/rel">',
		'</a>',
		'<table><tr><td>',
		'</td><td>',
		'<figure>',
		'<figcaption>',
		'<script>',
		'</script>',
		'<svg/>',
		'&amp;',
		'&lt;p&gt;',
		'&#27;',
		'&#x9d;',
		'&#0;',
		'&nbsp;',
		'\u001b]52;c;x\u0007',
		'\u202E',
		'\u0085',
		'\t',
		'\r\n',
		'\u000b',
		' ',
	),
	fc.string({maxLength: 12}),
	fc.string({unit: 'binary', maxLength: 6}),
);
const markup = fc.array(piece, {maxLength: 60}).map(pieces => pieces.join(''));

describe('htmlToBody on arbitrary input', () => {
	it('never throws, and keeps its arrays aligned', () => {
		fc.assert(
			fc.property(fc.oneof(markup, fc.string(), fc.string({unit: 'binary'})), html => {
				const body = htmlToBody(html, 'https://news.example/a/');
				expect(body.blocks).toHaveLength(body.paragraphs.length);
				expect(body.quotes).toHaveLength(body.paragraphs.length);
			}),
			{numRuns: RUNS},
		);
	});

	it('gives text with no control or bidi character, line feeds only in pre blocks, and no empty block', () => {
		fc.assert(
			fc.property(markup, html => {
				const body = htmlToBody(html, 'https://news.example/a/');
				for (const [i, text] of body.paragraphs.entries()) {
					expect(text).not.toMatch(CONTROL);
					expect(text).not.toMatch(BIDI);
					expect(text.trim()).not.toBe('');
					if (body.blocks[i]?.kind !== 'pre') expect(text).not.toContain('\n');
				}
				for (const link of body.links) {
					expect(link.url).toMatch(/^https?:\/\//);
					expect(link.text).not.toMatch(CONTROL);
				}
			}),
			{numRuns: RUNS},
		);
	});

	it('gives quotation spans inside their block, in order', () => {
		fc.assert(
			fc.property(markup, html => {
				const body = htmlToBody(html, 'https://news.example/a/');
				for (const [i, spans] of body.quotes.entries()) {
					let end = 0;
					for (const span of spans) {
						expect(span.start).toBeGreaterThanOrEqual(end);
						expect(span.end).toBeLessThanOrEqual(body.paragraphs[i]?.length ?? 0);
						end = span.end;
					}
				}
			}),
			{numRuns: RUNS},
		);
	});
});
