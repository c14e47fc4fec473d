import {describe, expect, it} from 'vitest';
import {hyperlink, hyperlinksSupported, hyperlinkTarget} from '../../../src/core/terminal/hyperlink.js';

describe('hyperlink', () => {
	it('wraps text in OSC 8 with its id, ended by ST, and closes the link', () => {
		expect(hyperlink('the text', 'https://a.example/x?q=1', '7')).toBe('\x1b]8;id=7;https://a.example/x?q=1\x1b\\the text\x1b]8;;\x1b\\');
	});

	it.each([
		['another scheme', 'javascript:alert(1)'],
		['a file URL', 'file:///etc/passwd'],
		['an ESC that would end the sequence', 'https://a.example/\x1b\\\x1b]2;owned\x07'],
		['a BEL', 'https://a.example/\x07'],
		['a C1 String Terminator', 'https://a.example/\u009c'],
		['a space', 'https://a.example/a b'],
		['a user name', 'https://bank.example@evil.example/'],
		['an option-like word', '-https://a.example/'],
	])('gives plain text for %s', (_name, url) => {
		expect(hyperlink('text', url, '1')).toBe('text');
		expect(hyperlinkTarget(url)).toBeNull();
	});

	it('percent-encodes what is left: non-ASCII paths become printable ASCII', () => {
		expect(hyperlinkTarget('https://a.example/café')).toBe('https://a.example/caf%C3%A9');
		expect(hyperlinkTarget('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
	});

	it('never links text that holds an escape, an empty text, or with an id that could split the parameters', () => {
		expect(hyperlink('a\x1b[31mb', 'https://a.example/', '1')).toBe('a\x1b[31mb');
		expect(hyperlink('', 'https://a.example/', '1')).toBe('');
		expect(hyperlink('t', 'https://a.example/', '1:x=2')).toBe('t');
		expect(hyperlink('t', 'https://a.example/', '1;')).toBe('t');
	});
});

describe('hyperlinksSupported', () => {
	it.each([
		['xterm-256color', {TERM: 'xterm-256color'}, true, true],
		['tmux (TERM=tmux-256color)', {TERM: 'tmux-256color', TMUX: '/tmp/tmux-1/default,1,0'}, true, true],
		['tmux with TERM=screen', {TERM: 'screen-256color', TMUX: '/tmp/tmux-1/default,1,0'}, true, true],
		['GNU screen without tmux', {TERM: 'screen-256color'}, true, false],
		['the Linux console', {TERM: 'linux'}, true, false],
		['dumb', {TERM: 'dumb'}, true, false],
		['vt220', {TERM: 'vt220'}, true, false],
		['no TERM', {}, true, false],
		['NO_HYPERLINKS', {TERM: 'xterm-256color', NO_HYPERLINKS: '1'}, true, false],
		['--no-hyperlinks', {TERM: 'xterm-256color'}, false, false],
		['FORCE_HYPERLINK=1 on the Linux console', {TERM: 'linux', FORCE_HYPERLINK: '1'}, true, true],
		['--no-hyperlinks beats FORCE_HYPERLINK', {TERM: 'xterm', FORCE_HYPERLINK: '1'}, false, false],
	])('%s', (_name, env, enabled, expected) => {
		expect(hyperlinksSupported({env, enabled})).toBe(expected);
	});
});
