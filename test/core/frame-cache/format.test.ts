import {describe, expect, it} from 'vitest';
import {decodeSavedFrame, encodeSavedFrame, type SavedFrame} from '../../../src/core/frame-cache/index.js';

const saved: SavedFrame = {
	identity: '{"argv":[]}',
	build: 'abc123',
	cols: 80,
	rows: 24,
	stamps: [
		['/srv/news', 1_700_000_000_000.5, 4096],
		['/home/ada/.config/newsterm/config.toml', null],
	],
	frame: '\x1b[7m newsterm › Sections \x1b[27m\nrow',
	paint: '\x1b[H\x1b[2J\xe2\x80\xba',
};

/** The encoded file with one field replaced. */
const withField = (name: string, value: unknown): string => JSON.stringify({...JSON.parse(encodeSavedFrame(saved)), [name]: value});

describe('saved frame files', () => {
	it('decode to what was encoded', () => {
		expect(decodeSavedFrame(encodeSavedFrame(saved))).toEqual(saved);
	});

	it.each([
		['not JSON', '{"v":1,'],
		['not an object', '[1]'],
		['another version', withField('v', 2)],
		['a size of 0', withField('cols', 0)],
		['a fractional size', withField('rows', 24.5)],
		['a stamp without a size', withField('stamps', [['/srv', 1]])],
		['a stamp with a path that is not text', withField('stamps', [[7, null]])],
		['no paint', withField('paint', undefined)],
		['a frame that is not text', withField('frame', 12)],
	])('are refused with %s', (_name, text) => {
		expect(decodeSavedFrame(text)).toBeNull();
	});
});
