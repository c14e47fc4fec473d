/**
 * What the terminal's character set can show, from the locale, and text made to fit it. Under a C or
 * Latin-1 locale the terminal reads each byte as one character, so UTF-8 would show as two or three
 * wrong ones and shift the rest of the row (docs/terminal-facts.md#charset).
 */
import {cellWidth, graphemes} from '../text/index.js';

/** The character sets newsterm writes: UTF-8, ISO-8859-1 (one byte per character), or ASCII. */
export type Charset = 'utf8' | 'latin1' | 'ascii';

/**
 * The charset the locale names, as less and newsboat read it: the first of LC_ALL, LC_CTYPE, LANG
 * that is set and not empty. UTF-8 when it names UTF-8; Latin-1 when it names ISO-8859-1; ASCII for
 * anything else (C, POSIX, other codesets, a locale without a codeset). With none set, UTF-8: that is
 * POSIX's C locale, but it is what Windows consoles, containers and bare SSH sessions give while the
 * terminal itself speaks UTF-8, and it keeps what newsterm did before.
 */
export function localeCharset(env: Readonly<Record<string, string | undefined>>): Charset {
	const value = [env['LC_ALL'], env['LC_CTYPE'], env['LANG']].find(name => name !== undefined && name !== '');
	if (value === undefined) return 'utf8';
	const codeset = value.toLowerCase().replace(/[-_]/g, '');
	if (/\butf8\b|\.utf8/.test(codeset)) return 'utf8';
	if (/iso88591(?!\d)|latin1(?!\d)/.test(codeset)) return 'latin1';
	return 'ascii';
}

// Look-alikes of the same width for the reader's own marks; anything else that does not fit is `?`.
const LOOK_ALIKES = new Map([
	['›', '>'],
	['●', '*'],
	['◐', 'o'],
	['★', '*'],
	// A feed item's list marker (core/html): without it a bulleted list shows `?` on every item.
	['•', '*'],
	// ink-select-input's pointer (the Yes/No question before unsubscribing).
	['❯', '>'],
	['…', '.'],
	['·', '-'],
]);

const OUTSIDE = {latin1: /[^\x00-\xff]/, ascii: /[^\x00-\x7f]/} as const;

/**
 * `text` with every character `charset` cannot encode replaced, cell for cell: a look-alike for the
 * reader's marks, `?` per cell otherwise (`??` for a wide character), nothing for a zero-width one.
 * Escape sequences are ASCII and pass unchanged; UTF-8 text is returned as it is.
 * @internal The program writes through `terminalBytes`; tests check the fitting on its own.
 */
export function fitCharset(text: string, charset: Charset): string {
	if (charset === 'utf8' || !OUTSIDE[charset].test(text)) return text;
	let out = '';
	for (const {segment} of graphemes(text)) {
		if (!OUTSIDE[charset].test(segment)) out += segment;
		else out += LOOK_ALIKES.get(segment) ?? '?'.repeat(cellWidth(segment));
	}
	return out;
}

/**
 * `text` as the terminal's charset needs it written: fitted (`fitCharset`), and for Latin-1 one byte
 * per character, where writing the string would send UTF-8.
 */
export function terminalBytes(text: string, charset: Charset): string | Uint8Array {
	const fitted = fitCharset(text, charset);
	if (charset !== 'latin1') return fitted;
	const bytes = new Uint8Array(fitted.length);
	for (let i = 0; i < fitted.length; i++) bytes[i] = fitted.charCodeAt(i);
	return bytes;
}
