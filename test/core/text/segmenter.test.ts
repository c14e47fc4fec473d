import fc from 'fast-check';
import {afterEach, describe, expect, it} from 'vitest';
import {createSegmenter, LazySegmenter} from '../../../src/core/text/segmenter.js';

const RealSegmenter = Intl.Segmenter;
// The typings make Intl's members read-only; the test swaps the constructor to count what is made.
const writableIntl = Intl as {Segmenter: typeof Intl.Segmenter};
afterEach(() => {
	writableIntl.Segmenter = RealSegmenter;
});

/** Counts the Intl.Segmenters made from now on. */
function countSegmenters(): {readonly made: () => number} {
	let made = 0;
	writableIntl.Segmenter = class extends RealSegmenter {
		constructor(...args: ConstructorParameters<typeof RealSegmenter>) {
			super(...args);
			made++;
		}
	};
	return {made: () => made};
}

// Pieces that are single-unit graphemes, and pieces that are not: CR LF, combining marks, joiners,
// variation selectors, emoji, flags, Hangul jamo, an Indic spacing mark.
const PIECES = [
	'a',
	'Z',
	' ',
	'\x1b',
	'[',
	'3',
	'm',
	'\n',
	'\t',
	'\r',
	'\r\n',
	'é',
	'ß',
	'Ω',
	'Ж',
	'—',
	'“',
	'”',
	'…',
	'›',
	'●',
	'★',
	'\u00a0',
	'e\u0301',
	'\u200d',
	'👩‍💻',
	'🇫🇷',
	'❤\ufe0f',
	'\u1100\u1161',
	'कि',
	'漢',
	'\u00ad',
	'\u0483',
];
const text = fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map(parts => parts.join(''));
const plain = (segments: Iterable<{segment: string; index: number; input: string}>) =>
	[...segments].map(({segment, index, input}) => ({segment, index, input}));

describe('LazySegmenter', () => {
	it('splits any text into the graphemes Intl.Segmenter finds', () => {
		const lazy = new LazySegmenter();
		const intl = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		fc.assert(
			fc.property(text, input => {
				expect(plain(lazy.segment(input))).toEqual(plain(intl.segment(input)));
			}),
			{numRuns: 2000},
		);
	});

	it('finds the grapheme containing an index as Intl.Segmenter does, inside the text and out of it', () => {
		const lazy = new LazySegmenter();
		const intl = new Intl.Segmenter();
		fc.assert(
			fc.property(text, fc.oneof(fc.integer({min: -3, max: 40}), fc.constant(undefined), fc.constant(Number.NaN), fc.constant(2.7)), (input, index) => {
				const mine = lazy.segment(input).containing(index);
				const theirs = intl.segment(input).containing(index);
				expect(mine && {segment: mine.segment, index: mine.index, input: mine.input}).toEqual(
					theirs && {segment: theirs.segment, index: theirs.index, input: theirs.input},
				);
			}),
			{numRuns: 1000},
		);
	});

	it('makes no Intl.Segmenter for Latin, Greek and Cyrillic text with escapes, and one once other text comes', () => {
		const segmenters = countSegmenters();
		const lazy = createSegmenter(undefined, {granularity: 'grapheme'});
		const latin = '\x1b[1m› Ωmega — “Жизнь”\x1b[22m ●';
		expect(plain(lazy.segment(latin)).map(data => data.segment)).toEqual([...latin]);
		expect(segmenters.made()).toBe(0);
		expect(plain(lazy.segment('e\u0301')).map(data => data.segment)).toEqual(['e\u0301']);
		expect(plain(lazy.segment('漢字')).map(data => data.segment)).toEqual(['漢', '字']);
		expect(segmenters.made()).toBe(1);
	});

	it('leaves word and sentence segmenters to Intl', () => {
		const words = createSegmenter('en', {granularity: 'word'});
		expect([...words.segment('two words')].map(data => data.segment)).toEqual(['two', ' ', 'words']);
		expect(words).toBeInstanceOf(RealSegmenter);
	});
});
