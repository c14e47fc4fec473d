import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../../src/core/article/parse.js';
import {sanitizeText} from '../../../src/core/text/sanitize.js';
import type {Article} from '../../../src/core/article/types.js';

const RUNS = 2000;
const ORIGIN = {id: 'world/prop', folder: 'world'};

// Pieces that steer the parser into its branches: footer lines in odd places, dates that almost parse,
// every quotation mark it knows, line-break variants, controls, lone surrogates and an odd BOM.
const PIECES = [
	'Last update: Sun, 04/09/2016 - 13:32',
	'Last update:',
	'last update: 31/02/2016 - 25:61',
	'Last update: 13/13/13',
	'More from World',
	'more from  Sport :',
	'More from a very long section name that goes past forty letters',
	'More from "x"',
	'Saturday, September 10, 2016 - 00:57',
	'Monday, February 30, 2016 - 99:99',
	'"',
	'“',
	'”',
	'„',
	"'",
	'‘',
	'’',
	'«',
	'»',
	'′',
	'5\' 11"',
	"'90s",
	'rock ’n’ roll',
	'(“',
	'—"',
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	'\u000b',
	'\u000c',
	'\u00a0',
	'\u2007',
	'\u202f',
	' ',
	'\t',
	'\x00',
	'\x07',
	'\x1b',
	'\x1b]52;c;SGVsbG8=\x07',
	'\x1b[2J',
	'\x9b',
	'\x9d',
	'\u202e',
	'\u200b',
	'\ufeff',
	'\ud800',
	'\udc00',
	'\udbff\udfff',
	'🏮',
	'灯会',
	'x',
];

const piece = fc.oneof(
	{weight: 6, arbitrary: fc.constantFrom(...PIECES)},
	{weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
	{weight: 3, arbitrary: fc.string({maxLength: 12})},
	{weight: 1, arbitrary: fc.string({unit: fc.integer({min: 0, max: 0x9f}).map(c => String.fromCharCode(c)), maxLength: 20})},
);

/** Text made of pieces, so footer lines, quotes and controls meet each other in every order. */
const articleLike = fc.array(piece, {maxLength: 60}).map(parts => parts.join(''));

/** A few big inputs: one huge line, a huge run of quotation marks, and nothing but blank lines. */
const huge = fc.oneof(
	fc.tuple(fc.constantFrom('a', 'a ', '“a ', '" ', "' ", '\x1b]'), fc.integer({min: 1000, max: 60_000})).map(([unit, n]) => `Title\n\n${unit.repeat(n)}`),
	fc.tuple(fc.constantFrom('\n', ' \n', '\r\n', '\u00a0\n', '\t\n'), fc.integer({min: 1, max: 5000})).map(([unit, n]) => unit.repeat(n)),
);

const anyText = fc.oneof(
	{weight: 8, arbitrary: articleLike},
	{weight: 4, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
	{weight: 1, arbitrary: huge},
);

/** Quote spans sit inside their paragraph, in order, and never overlap; one span list per paragraph. */
function checkQuotes(article: Article): void {
	expect(article.quotes).toHaveLength(article.paragraphs.length);
	article.quotes.forEach((spans, p) => {
		const length = article.paragraphs[p]?.length ?? 0;
		let previousEnd = 0;
		for (const span of spans) {
			expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
			expect(span.start).toBeGreaterThanOrEqual(previousEnd);
			expect(span.end).toBeGreaterThan(span.start);
			expect(span.end).toBeLessThanOrEqual(length);
			previousEnd = span.end;
		}
	});
}

describe('parseArticle on arbitrary text (property)', () => {
	it('never throws, always has a title, and keeps quote spans inside their paragraphs, ordered, non-overlapping', () => {
		fc.assert(
			fc.property(anyText, text => {
				const article = parseArticle(text, ORIGIN);
				expect(typeof article.title).toBe('string');
				expect(article.title).not.toBe('');
				checkQuotes(article);
			}),
			{numRuns: RUNS},
		);
	});

	it('never throws on sanitized text either, and keeps the same quote invariants', () => {
		fc.assert(
			fc.property(anyText, text => {
				checkQuotes(parseArticle(sanitizeText(text), ORIGIN));
			}),
			{numRuns: RUNS},
		);
	});

	it('finds the quotation in a paragraph however the footer lines around it are arranged', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(['Last update: Sun, 04/09/2016 - 13:32', 'More from World', 'Related headline'], {minLength: 0}), footer => {
				const text = ['Title', 'He said “not yet” on Sunday.', ...footer].join('\n\n');
				const article = parseArticle(text, ORIGIN);
				checkQuotes(article);
				expect(article.paragraphs[0]).toBe('He said “not yet” on Sunday.');
				expect(article.quotes[0]).toEqual([{start: 8, end: 17}]);
			}),
			{numRuns: 200},
		);
	});
});
