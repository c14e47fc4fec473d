import {describe, expect, it} from 'vitest';
import {CLIPBOARD_LIMIT, CLIPBOARD_TEXT_BYTES, clipboardSequence, multiplexer} from '../../../src/io/terminal/clipboard.js';

const URL = 'https://harbour.example/tides?a=1&b=ü';
const B64 = Buffer.from(URL, 'utf8').toString('base64');

describe('OSC 52: the clipboard through the terminal', () => {
	it.each([
		['no multiplexer', {TERM: 'xterm-256color'}, null],
		['tmux (its TERM says screen too)', {TMUX: '/tmp/tmux-1/default,42,0', TERM: 'screen-256color'}, 'tmux'],
		['GNU screen', {TERM: 'screen.xterm-256color', STY: '1.pts-0'}, 'screen'],
		['an empty TMUX is not tmux', {TMUX: '', TERM: 'xterm'}, null],
	])('%s', (_, env, expected) => {
		expect(multiplexer(env)).toBe(expected);
	});

	it('is the base64 of the UTF-8, ended by BEL, outside a multiplexer', () => {
		expect(clipboardSequence(URL, {TERM: 'xterm'})).toBe(`\x1b]52;c;${B64}\x07`);
	});

	it('inside tmux is one passthrough string with its ESC doubled', () => {
		expect(clipboardSequence(URL, {TMUX: '/tmp/t,1,0'})).toBe(`\x1bPtmux;\x1b\x1b]52;c;${B64}\x07\x1b\\`);
	});

	it('inside screen goes in DCS pieces of at most 76 characters that join into the sequence', () => {
		const text = 'x'.repeat(400);
		const sequence = clipboardSequence(text, {TERM: 'screen'}) ?? '';
		const pieces = [...sequence.matchAll(/\x1bP([^\x1b]*(?:\x1b\]52;c;[^\x1b]*)?)\x1b\\/g)].map(match => match[1] ?? '');
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every(piece => piece.length <= 76)).toBe(true);
		expect(pieces.join('')).toBe(`\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`);
	});

	it('refuses a payload over the limit, and takes one at it', () => {
		expect(clipboardSequence('a'.repeat(CLIPBOARD_TEXT_BYTES), {})).not.toBeNull();
		expect(clipboardSequence('a'.repeat(CLIPBOARD_TEXT_BYTES + 1), {})).toBeNull();
		// Counted in UTF-8 bytes, not characters: two bytes each.
		expect(clipboardSequence('é'.repeat(CLIPBOARD_TEXT_BYTES / 2 + 1), {})).toBeNull();
		expect(Math.ceil(CLIPBOARD_TEXT_BYTES / 3) * 4).toBeLessThanOrEqual(CLIPBOARD_LIMIT);
	});
});
