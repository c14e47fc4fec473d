/**
 * Alphabetical order for names a person reads in a list (sections, titles), without ICU. A
 * `localeCompare` loads ICU's collator, 10-30 ms on this machine, and the sections screen sorted with
 * it before every first frame. Names compare by a folded key: lower case, and for non-ASCII names
 * accents removed (É sorts with E), then by their exact text so the order is total. ASCII names, all
 * of the bundled ones, never touch ICU; the key does not depend on the other names, so adding one
 * accented section does not reorder the rest.
 */
import {memoize} from './memo.js';

const ASCII = /^[\x00-\x7F]*$/;

const foldKey = memoize(
	(name: string): string => (ASCII.test(name) ? name.toLowerCase() : name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()),
	4096,
);

/** Sort comparator: alphabetical ignoring case and accents, then by exact text. */
export function compareNames(a: string, b: string): number {
	const ka = foldKey(a);
	const kb = foldKey(b);
	if (ka !== kb) return ka < kb ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}
