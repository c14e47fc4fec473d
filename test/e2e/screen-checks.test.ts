import {describe, expect, it} from 'vitest';
import {drawsPastLastRow} from './screen-checks.js';

// The e2e tests trust this scanner to see a frame that runs off the screen, so it is tested itself.
describe('drawsPastLastRow', () => {
	it('accepts frames that stay on screen, including the CR LF walk and scroll regions', () => {
		expect(drawsPastLastRow('MARKER\r\n\x1b[?1049h\x1b[H\x1b[2Jtop\r\r\nnext\x1b[24Hfooter\x1b[H', 24)).toEqual([]);
		expect(drawsPastLastRow('\x1b[2;23r\x1b[23H\r\n\x1b[r\x1b[23Hline\r\nfooter\x1b[H', 24)).toEqual([]);
		// The differ scrolls the whole screen up with line feeds on the last row, right after addressing it.
		expect(drawsPastLastRow('\x1b[24H\r\n\r\n\x1b[24Hnew\x1b[H', 24)).toEqual([]);
	});

	it('reports a line feed on the last row, an address below it and a region past it', () => {
		expect(drawsPastLastRow('\x1b[24Hfooter\r\n', 24)).toHaveLength(1);
		expect(drawsPastLastRow('\x1b[23Ha\r\nb\r\nc', 24)).toHaveLength(1);
		expect(drawsPastLastRow('\x1b[25H', 24)).toEqual(['cursor addressed to row 25 of 24']);
		expect(drawsPastLastRow('\x1b[2;25r', 24)).toHaveLength(1);
	});
});
