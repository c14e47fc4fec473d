import {describe, expect, it} from 'vitest';
import {plural, pluralWord} from '../../../src/core/text/plural.js';

describe('plural', () => {
	it.each([
		[0, 'file', undefined, '0 files'],
		[1, 'file', undefined, '1 file'],
		[2, 'file', undefined, '2 files'],
		[100000, 'file', undefined, '100000 files'],
		[1, 'read mark', undefined, '1 read mark'],
		[3, 'removed-bookmark record', undefined, '3 removed-bookmark records'],
		[1, 'day', undefined, '1 day'],
		[10, 'year', undefined, '10 years'],
		[1, 'child', 'children', '1 child'],
		[2, 'child', 'children', '2 children'],
		[0, 'child', 'children', '0 children'],
	])('%i %s (plural %s) is "%s"', (count, noun, pluralNoun, expected) => {
		expect(plural(count, noun, pluralNoun)).toBe(expected);
	});
});

describe('pluralWord', () => {
	it.each([
		[1, 'was', 'were', 'was'],
		[0, 'was', 'were', 'were'],
		[2, 'was', 'were', 'were'],
		[1, 'file', undefined, 'file'],
		[5, 'file', undefined, 'files'],
	])('%i: %s / %s is "%s"', (count, noun, pluralNoun, expected) => {
		expect(pluralWord(count, noun, pluralNoun)).toBe(expected);
	});
});
