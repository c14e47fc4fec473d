import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {caseSensitive, findMatches} from '../../../src/core/find/matches.js';
import {layoutArticle, type StyledLine} from '../../../src/core/layout/index.js';
import {parseArticle} from '../../../src/core/article/index.js';

/** Lines of plain body text, each its own block, as a layout would give them. */
const asLines = (texts: readonly string[]): {lines: StyledLine[]; starts: {block: number}[]} => ({
	lines: texts.map(text => (text === '' ? [] : [{text, style: 'body' as const}])),
	starts: texts.map((_, block) => ({block})),
});

/** The naive scan: every non-overlapping match of each line on its own, as [line, start]. */
function naive(texts: readonly string[], pattern: string): [number, number][] {
	const fold = caseSensitive(pattern) ? (s: string) => s : (s: string) => s.toLowerCase();
	const found: [number, number][] = [];
	for (const [line, text] of texts.entries()) {
		const hay = fold(text);
		const needle = fold(pattern);
		for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) found.push([line, at]);
	}
	return found;
}

describe('finding in laid-out lines', () => {
	test.each([
		[
			'the',
			['The cat and the hat', 'Nothing here', 'THE end'],
			[
				[0, 0],
				[0, 12],
				[2, 0],
			],
		],
		['The', ['The cat and the hat', 'THE end'], [[0, 0]]],
		['a.c', ['abc a.c'], [[0, 4]]],
		[
			'aa',
			['aaaa'],
			[
				[0, 0],
				[0, 2],
			],
		],
		['', ['anything'], []],
	] as const)('%j in %j: smartcase, plain text, not overlapping', (pattern, texts, expected) => {
		const {lines, starts} = asLines(texts);
		expect(findMatches(lines, starts, pattern).map(match => [match.line, match.pieces[0]?.start])).toEqual(expected);
	});

	test('a pattern with a capital matches case; one without ignores it', () => {
		expect(caseSensitive('harbour')).toBe(false);
		expect(caseSensitive('Harbour')).toBe(true);
		expect(caseSensitive('3.25%')).toBe(false);
	});

	test('property: on lines of separate blocks it finds what a naive scan of each line finds', () => {
		const word = fc.stringMatching(/^[a-cA-C .]{0,6}$/);
		fc.assert(
			fc.property(fc.array(word, {maxLength: 8}), fc.stringMatching(/^[a-cA-C.]{1,3}$/), (texts, pattern) => {
				const {lines, starts} = asLines(texts);
				const found = findMatches(lines, starts, pattern).map(match => [match.line, match.pieces[0]?.start]);
				expect(found).toEqual(naive(texts, pattern));
			}),
		);
	});

	test('a phrase that wraps onto the next line is found, in two pieces, without the hanging indent', () => {
		const lines: StyledLine[] = [
			[
				{text: '[1] ', style: 'number'},
				{text: 'per cent on', style: 'link'},
			],
			[
				{text: '    ', style: 'body'},
				{text: 'Thursday, the', style: 'link'},
			],
		];
		const [match] = findMatches(lines, [{block: 3}, {block: 3}], 'on thursday');
		expect(match?.pieces).toEqual([
			{line: 0, start: 13, end: 15},
			{line: 1, start: 4, end: 12},
		]);
	});

	test('blocks are not joined: a phrase across two paragraphs is not a match', () => {
		const {lines, starts} = asLines(['ends here', '', 'starts here']);
		expect(findMatches(lines, starts, 'here starts')).toEqual([]);
		expect(findMatches(lines, starts, 'here')).toHaveLength(2);
	});

	test('on a real layout, at 40 and 80 columns, the same phrase is found whichever line it wraps across', () => {
		const words = Array.from({length: 120}, (_, i) => `w${i}`).join(' ');
		const article = parseArticle(`Title\n\n${words}`, {id: 'world/x', folder: 'world'});
		const pieceCounts: number[] = [];
		for (const width of [40, 80]) {
			const layout = layoutArticle(article, width, 0);
			const matches = findMatches(layout.lines, layout.starts, 'w9 w10 w11 w12 w13 w14 w15 w16 w17');
			expect(matches).toHaveLength(1);
			const pieces = matches[0]?.pieces ?? [];
			const shown = pieces.map(piece =>
				(layout.lines[piece.line] ?? [])
					.map(segment => segment.text)
					.join('')
					.slice(piece.start, piece.end),
			);
			expect(shown.join(' ')).toBe('w9 w10 w11 w12 w13 w14 w15 w16 w17');
			pieceCounts.push(pieces.length);
		}
		// Wrapped across two lines at 40 columns, on one at 80.
		expect(pieceCounts).toEqual([2, 1]);
	});

	test('a letter that lowers to two characters keeps the offsets of the rest', () => {
		const {lines, starts} = asLines(['İstanbul harbour']);
		expect(findMatches(lines, starts, 'harbour')[0]?.pieces[0]).toEqual({line: 0, start: 9, end: 16});
	});
});
