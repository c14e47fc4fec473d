import {describe, expect, it} from 'vitest';
import {diffFrames, fullRepaint} from '../../src/core/terminal/frame-diff.js';
import {contentEscapes, terminalEffects} from './raw-output.js';

// The hostile e2e test passes only if these checks can fail, so they are tested on known bytes.
describe('contentEscapes', () => {
	const size = {rows: 5, cols: 20};
	const first = ['\x1b[7m head \x1b[27m', 'one', '\x1b[3mtwo\x1b[23m', '', '\x1b[1mfoot\x1b[22m'];
	const second = ['\x1b[7m head \x1b[27m', 'two', 'three', '', '\x1b[1mfoot\x1b[22m'];

	it('finds nothing in what the screen output writes, with the pty doubling CR before LF', () => {
		const session = `MARKER\r\n\x1b[?1049h\x1b[?25l${fullRepaint(first, size)}${diffFrames(first, second, size)}\x1b[?25h\x1b[?1049l`;
		expect(contentEscapes(session.replace(/\r\n/g, '\r\r\n'))).toEqual([]);
		// Scrolling back sends reverse indexes (ESC M) on the region's top margin.
		const text = Array.from({length: 12}, (_, i) => `line ${i} of a text long enough to be worth scrolling`);
		const frame = (top: number): string[] => ['head', ...text.slice(top, top + 8), 'foot'];
		const back = diffFrames(frame(2), frame(1), {rows: 10, cols: 60});
		expect(back).toContain('\x1bM');
		expect(contentEscapes(back)).toEqual([]);
	});

	it.each([
		['OSC 52 with BEL', '\x1b]52;c;SGk=\x07'],
		['OSC 0 with ST', '\x1b]0;title\x1b\\'],
		['a clear without the repaint prefix', 'text\x1b[2J'],
		['a cursor query', '\x1b[6n'],
		['a reverse index in the text', 'text\x1bM'],
		['an 8-bit CSI', '\u009b6n'],
		['a CR that overwrites', 'safe\rEVIL'],
		['a bidi override', 'abc\u202edcba'],
		['a zero-width space', 'a\u200bb'],
		['a byte that was not UTF-8', 'a\ufffdb'],
	])('reports %s', (_name, content) => {
		expect(contentEscapes(`\x1b[H${content}\x1b[H`)).not.toEqual([]);
	});
});

describe('terminalEffects', () => {
	it('sees a title change and OSC 52, and nothing in plain frames', async () => {
		expect(await terminalEffects('\x1b]0;owned\x07\x1b]52;c;SGk=\x07', 20, 5)).toEqual({titles: ['owned'], oscs: [0, 52]});
		expect(await terminalEffects('\x1b[H\x1b[2Jplain ␛]0;x␇', 20, 5)).toEqual({titles: [], oscs: []});
	});
});
