import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {cellWidth, wrapRanges, wrapText} from '../../../src/core/text/wrap.js';
import {bundledLibrary} from '../../helpers/bundled.js';

const nonSpace = (text: string): string => text.replace(/ /g, '');

/** The two promises of the wrapper, checked on one text; returns the first broken one, or null. */
function violation(text: string, width: number): string | null {
	const lines = wrapText(text, width);
	for (const line of lines) {
		if (stringWidth(line) > width) return `line ${JSON.stringify(line)} is ${stringWidth(line)} cells wide, over ${width}`;
		if (line === '' || line.startsWith(' ') || line.endsWith(' ')) return `line ${JSON.stringify(line)} is empty or has edge spaces`;
	}
	if (nonSpace(lines.join('')) !== nonSpace(text)) return `characters lost or reordered at ${width}`;
	return null;
}

describe('wrapText on fixed inputs', () => {
	it.each([
		['breaks at spaces', 'the quick brown fox', 10, ['the quick', 'brown fox']],
		['keeps repeated spaces inside a line, drops them at a break', 'a  b    c', 4, ['a  b', 'c']],
		['drops leading and trailing spaces', '  hi  ', 10, ['hi']],
		['breaks between CJK characters', '灯会灯会灯会', 5, ['灯会', '灯会', '灯会']],
		['breaks between a word and CJK with no space', 'lantern灯会', 8, ['lantern', '灯会']],
		['splits a word wider than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
		['never splits an emoji', 'ab🏮🐉', 3, ['ab', '🏮', '🐉']],
		['a single grapheme wider than the line stands alone', '灯', 1, ['灯']],
		['empty text has no lines', '', 10, []],
	])('%s', (_name, text, width, expected) => {
		expect(wrapText(text, width)).toEqual(expected);
	});

	it('returns ranges into the source text', () => {
		expect(wrapRanges('the quick brown fox', 10)).toEqual([
			{start: 0, end: 9},
			{start: 10, end: 19},
		]);
	});

	it('measures cells: CJK and emoji take two', () => {
		expect(cellWidth('abc')).toBe(3);
		expect(cellWidth('灯会')).toBe(4);
		expect(cellWidth('🏮')).toBe(2);
		expect(cellWidth('e\u0301')).toBe(1);
	});

	it('breaks the bundled long URL after its punctuation, never mid-word where a break fits', () => {
		const url = 'https://archive.valmora.example/council/minutes/2024/transport-committee/open-signalling-decision-final.pdf';
		expect(wrapText(`at ${url} for`, 20)).toEqual([
			'at',
			'https://archive.',
			'valmora.example/',
			'council/minutes/',
			'2024/transport-',
			'committee/open-',
			'signalling-decision-',
			'final.pdf for',
		]);
	});
});

describe('URLs in text', () => {
	const long = 'https://news.example/2026/12/03/harbour-council-votes-on-the-new-ferry-timetable?utm_source=feed&utm_medium=rss&id=4471';
	it.each([
		['a URL that fits a line moves whole to the next one', 'read more at https://news.example/a', 22, ['read more at', 'https://news.example/a']],
		['a URL wider than the line breaks at its last fitting dot', 'read more at https://news.example/a/b', 20, ['read more at', 'https://news.', 'example/a/b']],
		['a URL that fits the line is never split', 'read more at https://news.example/a/b', 40, ['read more at https://news.example/a/b']],
		[
			'a long URL at 40 columns breaks after / ? & = - .',
			`see ${long} now`,
			40,
			['see', 'https://news.example/2026/12/03/harbour-', 'council-votes-on-the-new-ferry-', 'timetable?utm_source=feed&utm_medium=', 'rss&id=4471 now'],
		],
		[
			'a long URL at 80 columns',
			`see ${long} now`,
			80,
			['see', 'https://news.example/2026/12/03/harbour-council-votes-on-the-new-ferry-', 'timetable?utm_source=feed&utm_medium=rss&id=4471 now'],
		],
		[
			'a stretch with no break is cut at the width',
			'https://abcdefghijklmnopqrstuvwxyz.example/x',
			20,
			['https://', 'abcdefghijklmnopqrst', 'uvwxyz.example/x'],
		],
		['a word that is not a URL is still cut at the width', 'some-very-long-hyphenated-word', 10, ['some-very-', 'long-hyphe', 'nated-word']],
		['www. addresses count as URLs', 'www.example.com/a-long-path/here', 16, ['www.example.com/', 'a-long-path/here']],
	])('%s', (_name, text, width, expected) => {
		expect(wrapText(text, width)).toEqual(expected);
	});

	it('keeps every character of a URL, in order, and no piece wider than the line', () => {
		fc.assert(
			fc.property(fc.webUrl({withQueryParameters: true, withFragments: true}), fc.integer({min: 8, max: 90}), (url, width) => {
				expect(violation(`go to ${url} now`, width)).toBeNull();
			}),
		);
	});
});

describe('wrapping every bundled article', () => {
	const articles = [...bundledLibrary().values()];

	it.each([20, 40, 80])('at %i columns no line is too wide and no character is lost', width => {
		let paragraphs = 0;
		for (const article of articles) {
			for (const text of [article.title, ...article.paragraphs]) {
				expect(violation(text, width), `${article.id} at ${width}`).toBeNull();
				paragraphs++;
			}
		}
		expect(paragraphs).toBeGreaterThan(120);
	});
});

const ascii = fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?-\'"()'), minLength: 1, maxLength: 12});
const longWord = fc.string({unit: fc.constantFrom(...'abcdefghij/.-_'), minLength: 30, maxLength: 130});
const cjk = fc.string({unit: fc.constantFrom('灯', '会', '福', '日', '本', '語', '한', '국', 'カ', '。', '，'), minLength: 1, maxLength: 10});
const emoji = fc.constantFrom('🏮', '🐉', '👍🏽', '👨‍👩‍👧', '🇸🇪', '❤️', '✨', 'é', 'e\u0301');
const mixed = fc.array(fc.oneof(ascii, cjk, emoji), {minLength: 2, maxLength: 5}).map(parts => parts.join(''));
const word = fc.oneof({weight: 5, arbitrary: ascii}, longWord, cjk, emoji, mixed);
const spaces = fc.string({unit: fc.constant(' '), minLength: 1, maxLength: 4});
const text = fc
	.tuple(fc.string({unit: fc.constant(' '), maxLength: 2}), fc.array(fc.tuple(word, spaces), {maxLength: 40}))
	.map(([lead, pairs]) => lead + pairs.map(([w, s]) => w + s).join(''));

describe('wrapping random text', () => {
	it('never exceeds the width and never loses or reorders a character', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 2, max: 100}), (input, width) => violation(input, width) === null),
			{numRuns: 2500},
		);
	});

	it('holds for arbitrary Unicode too, where one grapheme may itself be wider than the line', () => {
		const single = (line: string): boolean => [...new Intl.Segmenter().segment(line)].length === 1;
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 200}), fc.integer({min: 2, max: 60}), (input, width) => {
				const lines = wrapText(input, width);
				return lines.every(line => stringWidth(line) <= width || single(line)) && nonSpace(lines.join('')) === nonSpace(input);
			}),
			{numRuns: 2000},
		);
	});

	it('at width 1 only single wide graphemes exceed it', () => {
		fc.assert(
			fc.property(text, input => {
				const lines = wrapText(input, 1);
				const tooWide = lines.filter(line => stringWidth(line) > 1);
				return nonSpace(lines.join('')) === nonSpace(input) && tooWide.every(line => [...new Intl.Segmenter().segment(line)].length === 1);
			}),
			{numRuns: 500},
		);
	});
});
