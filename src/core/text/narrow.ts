/**
 * Text whose width needs no grapheme segmentation: every UTF-16 unit is its own grapheme of exactly
 * one cell. That is printable ASCII, Latin, Greek and Cyrillic letters, and the punctuation, arrows,
 * box drawing and shapes a terminal UI and news prose use (—, “”, …, ›, ●, ★), except the few that
 * string-width counts as two-cell emoji (◽◾). test/core/text/narrow.test.ts checks every code point here
 * against string-width.
 *
 * Why bother: string-width builds an Intl.Segmenter and an RGI_Emoji regex the first time it sees
 * non-ASCII text, a cost every first frame would pay (docs/performance.md#narrow-text), and every frame
 * of the reader holds a `›` or a `●`.
 */
/** The narrow code units, as the body of a regular-expression character class (segmenter.ts shares it). */
export const NARROW_CLASS =
	'\\x20-\\x7E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u0384-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03FF\\u0400-\\u0482\\u048A-\\u052F\\u2010-\\u2027\\u2030-\\u205E\\u20A0-\\u20C0\\u2100-\\u214F\\u2190-\\u22FF\\u2500-\\u25FC\\u2605\\u2606';
const NARROW = new RegExp(`^[${NARROW_CLASS}]*$`);
// Only colour and attribute sequences are stripped here; any other escape goes to string-width.
const SGR = /\x1b\[[0-9;]*m/g;

/** The cell width of `text` if it is narrow text (SGR sequences allowed), else null. */
export function narrowWidth(text: string): number | null {
	if (NARROW.test(text)) return text.length;
	if (!text.includes('\x1b')) return null;
	const plain = text.replace(SGR, '');
	return NARROW.test(plain) ? plain.length : null;
}

/** Whether `text` (no escapes) is narrow: one cell per UTF-16 unit, a break only where there is a space. */
export function isNarrow(text: string): boolean {
	return NARROW.test(text);
}
