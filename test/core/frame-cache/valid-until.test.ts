/**
 * A saved frame's time limit (core/frame-cache validUntil): kept through the file's text, absent in
 * files written without one (which then never run out), and anything else in its place makes the
 * file not one of ours.
 */
import {describe, expect, test} from 'vitest';
import {decodeSavedFrame, encodeSavedFrame, type SavedFrame, stillValid} from '../../../src/core/frame-cache/index.js';

const BASE: SavedFrame = {identity: '{"argv":[]}', build: 'b1', cols: 80, rows: 24, stamps: [['/a', 5, 10]], frame: 'F', paint: 'P'};

describe('a saved frame with a time limit', () => {
	test.each([
		['a limit', 1_790_000_000_000],
		['a limit at the epoch', 0],
		['a fractional limit', 1_790_000_000_000.5],
	])('keeps %s through its text', (_what, validUntil) => {
		const decoded = decodeSavedFrame(encodeSavedFrame({...BASE, validUntil}));
		expect(decoded?.validUntil).toBe(validUntil);
		expect(decoded).toEqual({...BASE, validUntil});
	});

	test('has none when written without one, as every file before limits was', () => {
		const decoded = decodeSavedFrame(encodeSavedFrame(BASE));
		expect(decoded).toEqual(BASE);
		expect(decoded !== null && 'validUntil' in decoded).toBe(false);
	});

	test.each([
		['a string', '"1790000000000"'],
		['null', 'null'],
		['a list', '[1]'],
		['true', 'true'],
	])('is not ours with %s as its limit', (_what, json) => {
		const text = encodeSavedFrame(BASE).replace(/}$/, `,"validUntil":${json}}`);
		expect(decodeSavedFrame(encodeSavedFrame(BASE))).not.toBeNull();
		expect(decodeSavedFrame(text)).toBeNull();
	});
});

describe('whether a saved frame may still be painted', () => {
	const limit = 1_790_000_000_000;
	test.each([
		['well before its limit', limit - 60_000, true],
		['at its limit (the reader refreshes only once the archive is older)', limit, true],
		['a millisecond after its limit', limit + 1, false],
		['a day after its limit', limit + 86_400_000, false],
	])('%s', (_when, now, valid) => {
		expect(stillValid({...BASE, validUntil: limit}, now)).toBe(valid);
	});

	test('at any time without a limit', () => {
		for (const now of [0, limit, Number.MAX_SAFE_INTEGER]) expect(stillValid(BASE, now)).toBe(true);
	});
});
