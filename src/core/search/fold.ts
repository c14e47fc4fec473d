/**
 * Words as the search compares them: the text sanitized as everything shown is, then folded so
 * `Café`, `CAFE` and `cafe` are one word (lower case, accents dropped through NFD), and split on
 * anything that is not a letter or a digit.
 */
import {sanitizeText} from '../text/index.js';

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Text folded for comparing: lower case, decomposed, combining marks dropped. */
export function foldText(text: string): string {
	// Lower case first: some capitals (İ) lower into a letter and a combining mark that NFD then drops.
	return sanitizeText(text).toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** The folded words of a text, in order, repeats kept. */
export function foldWords(text: string): string[] {
	return foldText(text).match(WORD) ?? [];
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
