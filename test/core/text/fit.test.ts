import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fit, spread, truncate} from '../../../src/core/text/fit.js';
import {cellWidth} from '../../../src/core/text/wrap.js';

describe('truncate, fit and spread', () => {
	it.each([
		['short text unchanged', 'hello', 10, 'hello'],
		['exactly the width unchanged', 'hello', 5, 'hello'],
		['cut with an ellipsis', 'hello world', 5, 'hell…'],
		['width 1 leaves the ellipsis', 'abc', 1, '…'],
		['width 0 leaves nothing', 'abc', 0, ''],
		['CJK cut on a whole character', '灯会灯会', 5, '灯会…'],
		['CJK that would overflow by one cell', '灯会灯会', 4, '灯…'],
		['emoji are never split', '🏮🏮🏮', 4, '🏮…'],
	])('truncate: %s', (_name, text, width, expected) => {
		expect(truncate(text, width)).toBe(expected);
	});

	it('fit pads or cuts to exactly the width', () => {
		expect(fit('ab', 5)).toBe('ab   ');
		expect(fit('灯会灯会', 4)).toBe('灯… ');
	});

	it('spread puts the right part at the end, the left part giving way', () => {
		expect(spread('left', 'right', 20)).toBe(`left${' '.repeat(10)} right`);
		expect(spread('a long left text', '37%', 10)).toBe('a lon… 37%');
		expect(spread('x', 'toolongright', 5)).toBe('tool…');
	});

	it('fit always gives exactly the width in cells', () => {
		const unit = fc.constantFrom('a', 'b', ' ', '灯', '会', '🏮', '👍🏽', 'é');
		fc.assert(
			fc.property(fc.string({unit, maxLength: 40}), fc.integer({min: 1, max: 50}), (text, width) => cellWidth(fit(text, width)) === width),
			{numRuns: 2000},
		);
	});
});
