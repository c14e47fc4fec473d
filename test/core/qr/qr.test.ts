import jsqrModule from 'jsqr';
import {describe, expect, it} from 'vitest';
import {fitQr, halfBlocks, type QrDrawing} from '../../../src/core/qr/qr.js';

/**
 * jsqr is a CommonJS bundle whose types declare an ES default export: under NodeNext the default
 * import is typed as the module, while at run time it is the function (docs/terminal-facts.md#jsqr).
 */
type Decode = (data: Uint8ClampedArray, width: number, height: number, options: {inversionAttempts: 'dontInvert'}) => {data: string} | null;
const jsQR = jsqrModule as unknown as Decode;

/** Pixels per module: jsqr wants a few per module to find the finder patterns. */
const SCALE = 4;
/** Light cells the terminal shows around the drawing (its own margin): the background is dark, outside the code too. */
const MARGIN = 0;

/**
 * The drawing as a phone sees it: every cell two modules high, the drawn half (▀ top, ▄ bottom, █
 * both) light, the rest dark, as the screen paints it (light characters on a dark background).
 */
function pixels(drawing: QrDrawing): {data: Uint8ClampedArray; width: number; height: number} {
	const width = (drawing.width + 2 * MARGIN) * SCALE;
	const height = (drawing.height * 2 + 2 * MARGIN) * SCALE;
	const data = new Uint8ClampedArray(width * height * 4);
	const set = (mx: number, my: number, light: boolean): void => {
		for (let dy = 0; dy < SCALE; dy++) {
			for (let dx = 0; dx < SCALE; dx++) {
				const at = ((my * SCALE + dy) * width + mx * SCALE + dx) * 4;
				data.fill(light ? 255 : 0, at, at + 3);
				data[at + 3] = 255;
			}
		}
	};
	drawing.rows.forEach((row, y) => {
		[...row].forEach((cell, x) => {
			set(x + MARGIN, 2 * y + MARGIN, cell === '█' || cell === '▀');
			set(x + MARGIN, 2 * y + 1 + MARGIN, cell === '█' || cell === '▄');
		});
	});
	return {data, width, height};
}

function decode(drawing: QrDrawing): string | null {
	const {data, width, height} = pixels(drawing);
	return jsQR(data, width, height, {inversionAttempts: 'dontInvert'})?.data ?? null;
}

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
		expect(decode(fit.drawing)).toBe(url);
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
