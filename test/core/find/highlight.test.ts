import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {markSegments, marksIn} from '../../../src/core/find/highlight.js';
import type {FindMatch} from '../../../src/core/find/matches.js';
import type {StyledLine} from '../../../src/core/layout/index.js';

describe('highlighting matches', () => {
	test('a line is cut at the edges of its marks, across segments, the current one told apart', () => {
		const line: StyledLine = [
			{text: 'The ', style: 'body'},
			{text: 'quoted words', style: 'quote'},
		];
		const marked = markSegments(line, [
			{start: 2, end: 6, current: false},
			{start: 11, end: 16, current: true},
		]);
		expect(marked).toEqual([
			{text: 'Th', style: 'body'},
			{text: 'e ', style: 'body', mark: 'match'},
			{text: 'qu', style: 'quote', mark: 'match'},
			{text: 'oted ', style: 'quote'},
			{text: 'words', style: 'quote', mark: 'current'},
		]);
	});

	test('property: cutting never changes the text or its styles', () => {
		const segment = fc.record({text: fc.string({maxLength: 6}), style: fc.constantFrom('body' as const, 'quote' as const)});
		fc.assert(
			fc.property(fc.array(segment, {maxLength: 5}), fc.array(fc.nat(30), {maxLength: 6}), (line, edges) => {
				const sorted = [...edges].sort((a, b) => a - b);
				const marks = [];
				for (let i = 0; i + 1 < sorted.length; i += 2) marks.push({start: sorted[i] ?? 0, end: sorted[i + 1] ?? 0, current: i === 0});
				const marked = markSegments(line, marks);
				expect(marked.map(piece => piece.text).join('')).toBe(line.map(piece => piece.text).join(''));
				const styles = (pieces: readonly {text: string; style: string}[]) => pieces.flatMap(piece => [...piece.text].map(() => piece.style));
				expect(styles(marked)).toEqual(styles(line));
			}),
		);
	});

	test('marksIn gives the window its pieces, a match wrapping in from the line above too', () => {
		const matches: FindMatch[] = [
			{line: 1, pieces: [{line: 1, start: 0, end: 2}]},
			{
				line: 4,
				pieces: [
					{line: 4, start: 8, end: 10},
					{line: 5, start: 0, end: 3},
				],
			},
			{line: 9, pieces: [{line: 9, start: 1, end: 2}]},
		];
		const marks = marksIn(matches, 1, 5, 9);
		expect([...marks.entries()]).toEqual([[5, [{start: 0, end: 3, current: true}]]]);
	});
});
