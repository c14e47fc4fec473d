/**
 * A URL as a QR code drawn in half-block characters: each cell holds two modules, one above the
 * other (`▀` top, `▄` bottom, `█` both, space neither), so a code of n modules takes n columns and
 * n/2 rows. The characters draw the code's light modules, in the foreground: the screen paints them
 * light on a dark background, which is the dark-on-light code a phone reads.
 */
import {encode} from 'uqr';

/** A code ready to draw: its rows of half-blocks, all `width` cells wide. */
interface QrDrawing {
	readonly rows: readonly string[];
	readonly width: number;
	readonly height: number;
}

/** What a terminal of `cols` x `rows` cells can show of a URL's code. */
type QrFit =
	| {readonly ok: true; readonly drawing: QrDrawing}
	/** Too small: the smallest drawing needs this many cells. */
	| {readonly ok: false; readonly cols: number; readonly rows: number}
	/** More than any QR code holds. */
	| {readonly ok: false; readonly tooLong: true};

/**
 * The tries from best to smallest: error correction M (15% may be lost: a glare, a scratch on the
 * screen) with the 4-module quiet zone the standard asks, then 2 modules of quiet zone, then
 * correction L. Phone readers take a 2-module quiet zone when the terminal's own margin adds to it.
 */
const TRIES = [
	{ecc: 'M', quiet: 4},
	{ecc: 'M', quiet: 2},
	{ecc: 'L', quiet: 2},
] as const;

/** The code's modules (true for dark), with `quiet` light modules around them; null when the text does not fit a QR code. */
function modules(text: string, ecc: 'L' | 'M', quiet: number): boolean[][] | null {
	try {
		return encode(text, {ecc, border: quiet}).data;
	} catch {
		return null;
	}
}

/**
 * Half-block rows for modules (true is dark). The light modules are the drawn ones; an odd last row
 * is paired with a light row, the quiet zone going on below the code.
 * @internal Tests use it; the program does not.
 */
export function halfBlocks(grid: readonly (readonly boolean[])[]): QrDrawing {
	const rows: string[] = [];
	const width = grid[0]?.length ?? 0;
	for (let y = 0; y < grid.length; y += 2) {
		let row = '';
		for (let x = 0; x < width; x++) {
			const top = !(grid[y]?.[x] ?? false);
			const bottom = !(grid[y + 1]?.[x] ?? false);
			row += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
		}
		rows.push(row);
	}
	return {rows, width, height: rows.length};
}

/** The best drawing of `text` that fits `cols` x `rows` cells, or what it would need. */
export function fitQr(text: string, cols: number, rows: number): QrFit {
	let smallest: {cols: number; rows: number} | null = null;
	for (const {ecc, quiet} of TRIES) {
		const grid = modules(text, ecc, quiet);
		if (!grid) continue;
		const drawing = halfBlocks(grid);
		if (drawing.width <= cols && drawing.height <= rows) return {ok: true, drawing};
		smallest = {cols: drawing.width, rows: drawing.height};
	}
	return smallest ? {ok: false, ...smallest} : {ok: false, tooLong: true};
}
