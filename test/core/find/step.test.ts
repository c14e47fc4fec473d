import {describe, expect, test} from 'vitest';
import type {FindMatch} from '../../../src/core/find/matches.js';
import {firstFrom, moveToMatch, scrollFor, stepFrom, wrapNotice} from '../../../src/core/find/step.js';

const at = (...lines: number[]): FindMatch[] => lines.map(line => ({line, pieces: [{line, start: 0, end: 1}]}));

describe('moving between matches', () => {
	test('Enter goes to the first match at or after the top line, else round to the first', () => {
		expect(firstFrom(at(2, 5, 9), 5)).toEqual({index: 1, wrapped: false});
		expect(firstFrom(at(2, 5, 9), 10)).toEqual({index: 0, wrapped: true});
		expect(firstFrom([], 0)).toBeNull();
	});

	test('n and N step from the current match and go round the ends', () => {
		const matches = at(2, 5, 9);
		expect(stepFrom(matches, 0, 0, 1)).toEqual({index: 1, wrapped: false});
		expect(stepFrom(matches, 2, 0, 1)).toEqual({index: 0, wrapped: true});
		expect(stepFrom(matches, 0, 0, -1)).toEqual({index: 2, wrapped: true});
		// Without a current match: from the top line, as Enter would.
		expect(stepFrom(matches, null, 6, 1)).toEqual({index: 2, wrapped: false});
		expect(stepFrom(matches, null, 6, -1)).toEqual({index: 1, wrapped: false});
		expect(stepFrom(matches, null, 1, -1)).toEqual({index: 2, wrapped: true});
	});

	test("the notices are vim's", () => {
		expect(wrapNotice(1)).toBe('search hit BOTTOM, continuing at TOP');
		expect(wrapNotice(-1)).toBe('search hit TOP, continuing at BOTTOM');
	});

	test('a match on screen keeps the scroll; one off screen, or half off, comes to the top line', () => {
		expect(scrollFor({line: 12, pieces: [{line: 12, start: 0, end: 1}]}, 10, 5)).toBe(10);
		expect(scrollFor({line: 20, pieces: [{line: 20, start: 0, end: 1}]}, 10, 5)).toBe(20);
		expect(scrollFor({line: 3, pieces: [{line: 3, start: 0, end: 1}]}, 10, 5)).toBe(3);
		const wrapping: FindMatch = {
			line: 14,
			pieces: [
				{line: 14, start: 5, end: 9},
				{line: 15, start: 0, end: 3},
			],
		};
		expect(scrollFor(wrapping, 10, 5)).toBe(14);
	});

	test('moveToMatch puts it together, with the notice when it went round', () => {
		expect(moveToMatch(at(2, 40), 1, 30, 10, 1)).toEqual({index: 0, scroll: 2, notice: 'search hit BOTTOM, continuing at TOP'});
		expect(moveToMatch(at(2, 40), null, 0, 10, 'first')).toEqual({index: 0, scroll: 0, notice: null});
		expect(moveToMatch([], null, 0, 10, 'first')).toBeNull();
	});
});
