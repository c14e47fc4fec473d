import {describe, expect, it} from 'vitest';
import {escapeText, escapeUrl, fenceFor} from '../../../src/core/export/escape.js';

describe('escapeText', () => {
	it.each([
		['plain words stay as written', 'Tide tables for the harbour.', 'Tide tables for the harbour.'],
		['emphasis marks', 'a *bold* claim', 'a \\*bold\\* claim'],
		['underscores around words open emphasis', '_quiet_ please', '\\_quiet\\_ please'],
		['an underscore inside a word does not', 'snake_case and file_name', 'snake_case and file_name'],
		['code spans', 'run `rm` now', 'run \\`rm\\` now'],
		['link brackets', '[1] see [this](x)', '\\[1\\] see \\[this\\](x)'],
		['HTML', 'a <script> tag', 'a \\<script> tag'],
		['a backslash', 'C:\\path', 'C:\\\\path'],
		['strikethrough and table pipes', '~~old~~ | new', '\\~\\~old\\~\\~ \\| new'],
		['an entity reference', 'fish &amp; chips', 'fish \\&amp; chips'],
		['a lone ampersand is not one', 'fish & chips', 'fish & chips'],
		['a heading marker at the start', '# not a heading', '\\# not a heading'],
		['a hash mid-line', 'issue #12', 'issue #12'],
		['a quotation marker at the start', '> not quoted', '\\> not quoted'],
		['a greater-than mid-line', 'x > y', 'x > y'],
		['list bullets at the start', '- one\n+ two\n* three', '\\- one\n\\+ two\n\\* three'],
		['an ordered marker', '1984. A year.\n2) two', '1984\\. A year.\n2\\) two'],
		['a number that is no marker', '1984 was a year', '1984 was a year'],
		['setext underlines and rules', 'Title\n===\n---', 'Title\n\\===\n\\---'],
		['indentation that would make code', '    code?', 'code?'],
	])('%s', (_, input, expected) => {
		expect(escapeText(input)).toBe(expected);
	});
});

describe('escapeUrl', () => {
	it('encodes what would end a link destination or an autolink early', () => {
		expect(escapeUrl('https://example.com/a (b)<c> d\\e`f')).toBe('https://example.com/a%20%28b%29%3Cc%3E%20d%5Ce%60f');
	});

	it('leaves an ordinary URL alone', () => {
		expect(escapeUrl('https://example.com/path?q=1&r=2#frag')).toBe('https://example.com/path?q=1&r=2#frag');
	});
});

describe('fenceFor', () => {
	it.each([
		['no backticks', 'let x = 1;', '```'],
		['a run shorter than three', 'a `b` c', '```'],
		['a fence inside the text', '```\ncode\n```', '````'],
		['a long run', 'x `````` y', '```````'],
	])('%s', (_, text, fence) => {
		expect(fenceFor(text)).toBe(fence);
	});
});
