/**
 * Alphabetical order for names a person reads in a list (sections, titles), without ICU. A
 * `localeCompare` loads ICU's collator (docs/performance.md#compare-names), and the sections screen
 * sorted with it before every first frame. Names compare by a folded key: lower case, and for
 * non-ASCII names accents removed (É sorts with E), then by their exact text so the order is total.
 * ASCII names, all of the bundled ones, never touch ICU; the key does not depend on the other names,
 * so adding one accented section does not reorder the rest. Numbers compare by value, as a person
 * counts: Section 2 comes before Section 10.
 */
import {memoize} from '../text/index.js';

const ASCII = /^[\x00-\x7F]*$/;

const foldKey = memoize((name: string): string => (ASCII.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()), 4096);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The end of the run of ASCII digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
	let end = from;
	while (end < text.length && isDigit(text.charCodeAt(end))) end++;
	return end;
}

/**
 * Compares two keys code unit by code unit, except that runs of digits compare by their value (leading
 * zeros aside: `01` and `1` are equal here). No other character falls between `0` and `9`, so a digit
 * run sorts against any other character the same way its first digit would.
 */
function compareNatural(a: string, b: string): number {
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const ca = a.charCodeAt(i);
		const cb = b.charCodeAt(j);
		if (!isDigit(ca) || !isDigit(cb)) {
			if (ca !== cb) return ca - cb;
			i++;
			j++;
			continue;
		}
		const endA = digitsEnd(a, i);
		const endB = digitsEnd(b, j);
		while (i < endA - 1 && a.charCodeAt(i) === 48) i++;
		while (j < endB - 1 && b.charCodeAt(j) === 48) j++;
		// Without leading zeros, the longer run is the larger number; runs of one length compare as text.
		if (endA - i !== endB - j) return endA - i - (endB - j);
		for (; i < endA; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) - b.charCodeAt(j);
	}
	return a.length - i - (b.length - j);
}

/** Sort comparator: alphabetical ignoring case and accents, numbers by value, then by exact text. */
export function compareNames(a: string, b: string): number {
	const ka = foldKey(a);
	const kb = foldKey(b);
	const byKey = ka === kb ? 0 : compareNatural(ka, kb);
	if (byKey !== 0) return byKey;
	return a < b ? -1 : a > b ? 1 : 0;
}
