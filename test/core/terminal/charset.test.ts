import {describe, expect, it} from 'vitest';
import {fitCharset, localeCharset} from '../../../src/core/terminal/charset.js';
import {cellWidth} from '../../../src/core/text/index.js';

describe('localeCharset', () => {
	it('reads LC_ALL, then LC_CTYPE, then LANG, skipping empty ones', () => {
		expect(localeCharset({LC_ALL: 'C', LANG: 'en_US.UTF-8'})).toBe('ascii');
		expect(localeCharset({LC_ALL: '', LC_CTYPE: 'en_US.utf8', LANG: 'C'})).toBe('utf8');
		expect(localeCharset({LANG: 'de_DE.ISO-8859-1'})).toBe('latin1');
		expect(localeCharset({LANG: 'en_US.iso88591'})).toBe('latin1');
	});

	it('takes UTF-8 in any spelling, ASCII for C, POSIX and other codesets, UTF-8 when nothing is set', () => {
		for (const value of ['C.UTF-8', 'en_GB.UTF-8', 'UTF-8', 'C.utf8']) expect(localeCharset({LANG: value})).toBe('utf8');
		for (const value of ['C', 'POSIX', 'ru_RU.KOI8-R', 'de_DE.ISO-8859-15', 'en_US']) expect(localeCharset({LANG: value})).toBe('ascii');
		expect(localeCharset({})).toBe('utf8');
	});
});

describe('fitCharset', () => {
	const chrome = '› ●★◐ Title… · x';

	it('leaves UTF-8 alone', () => {
		expect(fitCharset(chrome, 'utf8')).toBe(chrome);
	});

	it('gives the marks ASCII look-alikes of the same width and ? for the rest, a cell each', () => {
		expect(fitCharset(chrome, 'ascii')).toBe('> **o Title. - x');
		const article = '\x1b[1mcafé 中文 e\u0301 👍🏽\x1b[m';
		const fitted = fitCharset(article, 'ascii');
		expect(fitted).toBe('\x1b[1mcaf? ???? ? ??\x1b[m');
		expect(cellWidth(fitted)).toBe(cellWidth(article));
	});

	it('keeps what Latin-1 has (é, ·) and replaces only the rest', () => {
		expect(fitCharset('café · ›中', 'latin1')).toBe('café · >??');
	});

	it("shows a feed item's list marker as * where the charset has no bullet", () => {
		expect(fitCharset('• item', 'ascii')).toBe('* item');
		expect(fitCharset('• item', 'latin1')).toBe('* item');
		// The menu's pointer before unsubscribing says which answer Enter gives: never a `?`.
		expect(fitCharset('❯ No, keep it', 'ascii')).toBe('> No, keep it');
	});
});
