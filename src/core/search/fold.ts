/**
 * Words as the search compares them: the text sanitized as everything shown is, then folded so
 * `Café`, `CAFE` and `cafe` are one word (lower case, accents dropped through NFD), and split on
 * anything that is not a letter or a digit.
 */
import {sanitizeText} from '../text/index.js';

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 unit past ASCII: 0 not asked yet, 1 part of a word, 2 a separator (a curly quote, a dash, a no-break space). */
const wordish = new Uint8Array(0x10000);

function inWord(c: number): boolean {
	if (c >= 0xd800 && c <= 0xdfff) return true;
	let known = wordish[c] ?? 0;
	if (known === 0) wordish[c] = known = WORDISH.test(String.fromCharCode(c)) ? 1 : 2;
	return known === 1;
}
// Lower case before NFD: some capitals (İ) lower into a letter and a combining mark that NFD then drops.

/**
 * Folds a run that holds a character past ASCII: the Unicode way, slow but rare in English text.
 * Lower case before NFD: some capitals (İ) lower into a letter and a combining mark that NFD then drops.
 */
function foldRun(run: string, out: string[]): void {
	for (const word of run.toLowerCase().normalize('NFD').replace(MARKS, '').match(WORD) ?? []) out.push(word);
}

/**
 * The folded words of a text, in order, repeats kept. ASCII letters and digits are split and
 * lowered by hand: the Unicode regular expressions over a whole body were most of the time an
 * index build took (docs/performance.md#search); a run with anything past ASCII goes the Unicode way.
 */
export function foldWords(text: string): string[] {
	const clean = sanitizeText(text);
	const out: string[] = [];
	let start = -1;
	let ascii = true;
	for (let i = 0; i <= clean.length; i++) {
		const c = i < clean.length ? clean.charCodeAt(i) : 32;
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0x80 && inWord(c))) {
			if (start < 0) {
				start = i;
				ascii = true;
			}
			if (c >= 0x80) ascii = false;
			continue;
		}
		if (start < 0) continue;
		const run = clean.slice(start, i);
		if (ascii) out.push(run.toLowerCase());
		else foldRun(run, out);
		start = -1;
	}
	return out;
}

/** What a typed query asks for: every word must match; the last one may be a prefix of a word. */
export interface ParsedQuery {
	readonly words: readonly string[];
	/** True while the last word is still being typed (the query does not end in a space). */
	readonly lastIsPrefix: boolean;
}

/** Reads a query as the index and the naive scan both use it. */
export function parseQuery(query: string): ParsedQuery {
	const words = foldWords(query);
	return {words, lastIsPrefix: words.length > 0 && !/\s$/u.test(query)};
}

/**
 * A copy of a word that holds no reference to the text it was cut from: V8 keeps a slice of 13 or
 * more characters as a view of its parent, and a term kept by the index would keep a whole body.
 */
export function ownCopy(word: string): string {
	return word.length < 13 ? word : [...word].join('');
}
