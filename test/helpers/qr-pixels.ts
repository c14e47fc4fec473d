import jsqrModule from 'jsqr';

/**
 * jsqr is a CommonJS bundle whose types declare an ES default export: under NodeNext the default
 * import is typed as the module, while at run time it is the function (docs/terminal-facts.md#jsqr).
 */
type Decode = (data: Uint8ClampedArray, width: number, height: number, options: {inversionAttempts: 'dontInvert'}) => {data: string} | null;
const jsQR = jsqrModule as unknown as Decode;

/** Pixels per module: jsqr wants a few per module to find the finder patterns. */
const SCALE = 4;

/**
 * Half-block rows as a phone sees them on the screen: every cell two modules high, the drawn half
 * (`▀` top, `▄` bottom, `█` both) light, anything else dark (the code's black background, and the
 * screen around it), then decoded with jsqr. Null when no code is found.
 */
export function decodeHalfBlocks(rows: readonly string[]): string | null {
	const cells = rows.map(row => [...row]);
	const cols = Math.max(0, ...cells.map(row => row.length));
	const width = cols * SCALE;
	const height = rows.length * 2 * SCALE;
	const data = new Uint8ClampedArray(width * height * 4);
	const paint = (mx: number, my: number, light: boolean): void => {
		for (let dy = 0; dy < SCALE; dy++) {
			for (let dx = 0; dx < SCALE; dx++) {
				const at = ((my * SCALE + dy) * width + mx * SCALE + dx) * 4;
				data.fill(light ? 255 : 0, at, at + 3);
				data[at + 3] = 255;
			}
		}
	};
	cells.forEach((row, y) => {
		for (let x = 0; x < cols; x++) {
			const cell = row[x] ?? ' ';
			paint(x, 2 * y, cell === '█' || cell === '▀');
			paint(x, 2 * y + 1, cell === '█' || cell === '▄');
		}
	});
	return jsQR(data, width, height, {inversionAttempts: 'dontInvert'})?.data ?? null;
}
