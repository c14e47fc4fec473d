import {describe, expect, it} from 'vitest';
import {drawableTerm} from '../../../src/cli/args/index.js';

describe('drawableTerm', () => {
	it('refuses dumb everywhere and a missing TERM except on Windows', () => {
		expect(drawableTerm('dumb', 'linux')).toBe(false);
		expect(drawableTerm('dumb', 'win32')).toBe(false);
		expect(drawableTerm('', 'linux')).toBe(false);
		expect(drawableTerm(undefined, 'darwin')).toBe(false);
		expect(drawableTerm(undefined, 'win32')).toBe(true);
		for (const term of ['xterm-256color', 'linux', 'vt220', 'screen', 'tmux-256color']) expect(drawableTerm(term, 'linux')).toBe(true);
	});
});
