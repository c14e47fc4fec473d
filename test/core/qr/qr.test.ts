import {describe, expect, it} from 'vitest';
import {fitQr, halfBlocks} from '../../../src/core/qr/qr.js';
import {decodeHalfBlocks} from '../../helpers/qr-pixels.js';

const SHORT = 'https://a.example/x';
const LONG = `https://news.example/2026/12/03/harbour-council-votes-on-the-new-ferry-timetable?utm_source=feed&utm_medium=rss&utm_campaign=winter&id=${'4471'.repeat(20)}`;

describe('QR codes in half-blocks', () => {
	it.each([
		['a short URL', SHORT, 80, 22],
		['a long URL (160 characters)', LONG, 200, 60],
		['a short URL at 40x15, squeezed to the 2-module quiet zone', SHORT, 40, 15],
		['a 100-character URL at 80x24', LONG.slice(0, 100), 80, 24],
	])('%s decodes back to the same URL', (_name, url, cols, rows) => {
		const fit = fitQr(url, cols, rows);
		if (!fit.ok) throw new Error(`did not fit: ${JSON.stringify(fit)}`);
		expect(fit.drawing.width).toBeLessThanOrEqual(cols);
		expect(fit.drawing.height).toBeLessThanOrEqual(rows);
		expect(decodeHalfBlocks(fit.drawing.rows)).toBe(url);
	});

	it('the quiet zone is light all round: the first and last rows and columns are drawn full', () => {
		const fit = fitQr(SHORT, 80, 22);
		if (!fit.ok) throw new Error('did not fit');
		const {rows} = fit.drawing;
		expect(rows[0]).toBe('█'.repeat(fit.drawing.width));
		expect(rows.every(row => row.startsWith('██') && row.endsWith('██'))).toBe(true);
		expect(rows.every(row => [...row].length === fit.drawing.width)).toBe(true);
	});

	it('a terminal too small says how many columns and rows the code needs', () => {
		const fit = fitQr(LONG, 40, 13);
		expect(fit).toEqual({ok: false, cols: expect.any(Number), rows: expect.any(Number)});
		if (fit.ok || !('cols' in fit)) return;
		expect(fit.cols).toBeGreaterThan(40);
		// What it asked for is enough.
		const bigger = fitQr(LONG, fit.cols, fit.rows);
		expect(bigger.ok).toBe(true);
	});

	it('the decoding check can fail: a code with its finder patterns painted over reads as nothing', () => {
		const fit = fitQr(SHORT, 80, 22);
		if (!fit.ok) throw new Error('did not fit');
		// The top-left finder pattern sits in columns 4-10 of rows 2-5 (after the 4-module quiet zone).
		const damaged = fit.drawing.rows.map((row, y) => (y >= 2 && y <= 5 ? `${row.slice(0, 4)}${'█'.repeat(7)}${row.slice(11)}` : row));
		expect(decodeHalfBlocks(damaged)).toBeNull();
		expect(decodeHalfBlocks(fit.drawing.rows)).toBe(SHORT);
	});

	it('text beyond what a QR code holds is refused, not thrown', () => {
		expect(fitQr(`https://a.example/${'x'.repeat(5000)}`, 1000, 1000)).toEqual({ok: false, tooLong: true});
	});

	it('pairs module rows into cells: top, bottom, both, neither', () => {
		// true is dark; the drawn half is the light one.
		expect(
			halfBlocks([
				[false, true, false, true],
				[false, false, true, true],
				[true, false, false, true],
			]).rows,
		).toEqual(['█▄▀ ', '▄██▄']);
	});
});
