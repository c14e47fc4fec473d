import {describe, expect, it} from 'vitest';
import {KeyDecoder} from '../../../src/core/reader/keys.js';

/** Decodes chunks with one fresh decoder, as one stdin stream would arrive, then a pause (flush). */
function decode(...chunks: string[]): string[] {
	const decoder = new KeyDecoder();
	return [...chunks.flatMap(chunk => decoder.push(chunk)), ...decoder.flush()];
}

describe('KeyDecoder: keys', () => {
	it.each([
		['letters', 'jkG', ['j', 'k', 'G']],
		['digits and ?', '3?', ['3', '?']],
		['space', ' ', ['space']],
		['return (CR)', '\r', ['return']],
		['return (LF)', '\n', ['return']],
		['tab', '\t', ['tab']],
		['arrows, CSI', '\x1b[A\x1b[B\x1b[C\x1b[D', ['up', 'down', 'right', 'left']],
		['arrows, SS3 (application mode)', '\x1bOA\x1bOB\x1bOC\x1bOD', ['up', 'down', 'right', 'left']],
		['arrows with a modifier', '\x1b[1;5A', ['up']],
		['Home and End, CSI H/F', '\x1b[H\x1b[F', ['home', 'end']],
		['Home and End, SS3 H/F', '\x1bOH\x1bOF', ['home', 'end']],
		['Home and End, 1~ and 4~', '\x1b[1~\x1b[4~', ['home', 'end']],
		['Home and End, 7~ and 8~ (rxvt)', '\x1b[7~\x1b[8~', ['home', 'end']],
		['PgUp and PgDn', '\x1b[5~\x1b[6~', ['pageup', 'pagedown']],
		['8-bit CSI', '\x9bB', ['down']],
		['shift+tab', '\x1b[Z', ['shift+tab']],
		['ctrl+c', '\x03', ['ctrl+c']],
		['ctrl+z (raw mode keeps the tty from making it SIGTSTP)', '\x1a', ['ctrl+z']],
		['ctrl+f and ctrl+b', '\x06\x02', ['ctrl+f', 'ctrl+b']],
		['backspace as DEL', '\x7f', ['backspace']],
		['backspace as BS', '\b', ['backspace']],
		['lone ESC, after a pause', '\x1b', ['escape']],
		['ESC ESC', '\x1b\x1b', ['escape', 'escape']],
		['Alt+letter is no key', '\x1bj', []],
		['non-ASCII letters', 'é灯', ['é', '灯']],
		['an emoji stays one key', '🏮', ['🏮']],
	])('%s', (_name, input, expected) => {
		expect(decode(input)).toEqual(expected);
	});
});

describe('KeyDecoder: terminal replies yield no keys', () => {
	it.each([
		['cursor position report', '\x1b[12;40R'],
		['cursor position report on row 1', '\x1b[1;40R'],
		['primary device attributes', '\x1b[?1;2c'],
		['secondary device attributes', '\x1b[>0;276;0c'],
		['focus in', '\x1b[I'],
		['focus out', '\x1b[O'],
		['OSC 11 background colour, BEL', '\x1b]11;rgb:1e1e/1e1e/1e1e\x07'],
		['OSC 11 background colour, ST', '\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\'],
		['DCS reply', '\x1bP1$r0;1m\x1b\\'],
		['APC reply', '\x1b_Gi=1;OK\x1b\\'],
		['SGR mouse press and release', '\x1b[<0;10;5M\x1b[<0;10;5m'],
		['legacy mouse report', '\x1b[M #!'],
		['window size report', '\x1b[8;24;80t'],
		['mode report', '\x1b[?2004;1$y'],
		['kitty keyboard flags', '\x1b[?1u'],
		['bracketed paste', '\x1b[200~q j k 1 \x03 \x1b[A\x1b[201~'],
	])('%s', (_name, input) => {
		expect(decode(input)).toEqual([]);
	});

	it.each([
		['cursor report split in the parameters', ['\x1b[12;', '40R']],
		['OSC reply split in its body', ['\x1b]11;rgb:1e1e/', '1e1e/1e1e\x07']],
		['OSC reply split inside its ST', ['\x1b]11;rgb:0/0/0\x1b', '\\']],
		['DCS reply split', ['\x1bP1$r', '0m\x1b\\']],
		['paste split in its content', ['\x1b[200~hello ', 'world\x1b[201~']],
		['paste start marker split', ['\x1b[20', '0~qqq\x1b[201~']],
	])('%s across two chunks', (_name, chunks) => {
		expect(decode(...chunks)).toEqual([]);
	});

	it('a paste whose end marker is split across chunks still ends, and the next key comes through', () => {
		expect(decode('\x1b[200~some text\x1b[2', '01~j')).toEqual(['j']);
		expect(decode('\x1b[200~some text\x1b', '[201~', 'k')).toEqual(['k']);
	});

	it.each([
		['cursor report', '\x1b[12;40Rj', ['j']],
		['device attributes', '\x1b[?1;2c\x1b[B', ['down']],
		['OSC', '\x1b]11;rgb:0/0/0\x07q', ['q']],
		['paste', '\x1b[200~abc\x1b[201~\r', ['return']],
		['mouse', '\x1b[<0;1;1M3', ['3']],
	])('a key after a %s still comes through', (_name, input, expected) => {
		expect(decode(input)).toEqual(expected);
	});

	it('a split reply followed by a key in the second chunk gives only the key', () => {
		expect(decode('\x1b[12;', '40Rk')).toEqual(['k']);
	});
});

describe('KeyDecoder: a reply split right after its ESC', () => {
	it('holds a trailing ESC instead of calling it the Escape key', () => {
		const decoder = new KeyDecoder();
		expect(decoder.push('j\x1b')).toEqual(['j']);
		expect(decoder.waiting).toBe(true);
		expect(decoder.push('[12;40R')).toEqual([]);
		expect(decoder.flush()).toEqual([]);
	});

	it('turns a held ESC into Escape when the pause ends', () => {
		const decoder = new KeyDecoder();
		expect(decoder.push('\x1b')).toEqual([]);
		expect(decoder.flush()).toEqual(['escape']);
		expect(decoder.waiting).toBe(false);
	});

	it('drops an unfinished sequence at the pause instead of leaking its bytes as keys', () => {
		const decoder = new KeyDecoder();
		expect(decoder.push('\x1b[12;4')).toEqual([]);
		expect(decoder.flush()).toEqual([]);
		expect(decoder.push('q')).toEqual(['q']);
	});
});
