/**
 * Which code points `sanitizeText` replaces, and with what. Kept apart from the scanning loop so
 * each decision sits beside its reason.
 */

/**
 * Tab stops depend on the column, which is unknown until layout, and string-width counts a tab
 * as 0 cells while the terminal jumps to its next stop (skipping, not erasing, stale cells).
 * A fixed 4 spaces keeps measured width equal to drawn width, reads as an indent, and leaves
 * room at 40 columns, where 8 would take a fifth of the line.
 */
const TAB_SPACES = '    ';

/**
 * Every BMP code point that is replaced (surrogates are handled by the scanner), as inclusive ranges:
 * - C0 except LF, DEL and C1 (U+0080-U+009F includes the 8-bit CSI/OSC/DCS introducers).
 * - Bidi marks U+061C, U+200E, U+200F; embeddings and overrides U+202A-U+202E; isolates
 *   U+2066-U+2069 (Trojan Source reorders text with these).
 * - Invisible characters that can hide text: U+180E, U+200B, U+2060-U+2065 (word joiner,
 *   invisible operators, the reserved default-ignorable U+2065), U+206A-U+206F (deprecated
 *   format controls), U+FEFF, U+FFF9-U+FFFB (interlinear annotation).
 * Deliberately kept, because legitimate text needs them: ZWJ U+200D (emoji families, Indic
 * conjuncts) and ZWNJ U+200C (Persian and Indic shaping); variation selectors U+FE00-U+FE0F and
 * U+E0100-U+E01EF (emoji or text style, ideograph variants); soft hyphen U+00AD (a break hint:
 * it shows as a hyphen or nothing and cannot reorder or overwrite); NBSP and other spaces (the
 * parser handles them); Hebrew and Arabic letters (their direction comes from the letters, only
 * explicit controls are dangerous); U+2028/U+2029 (terminals draw a glyph, the cursor stays).
 */
const REPLACED_RANGES: readonly (readonly [number, number])[] = [
	[0x00, 0x09],
	[0x0b, 0x1f],
	[0x7f, 0x9f],
	[0x061c, 0x061c],
	[0x180e, 0x180e],
	[0x200b, 0x200b],
	[0x200e, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x206f],
	[0xfeff, 0xfeff],
	[0xfff9, 0xfffb],
];

/** Per BMP code unit: 0 keep, 1 replace, 2 surrogate (the scanner decides). */
export const KIND = new Uint8Array(0x10000);
for (const [from, to] of REPLACED_RANGES) KIND.fill(1, from, to + 1);
KIND.fill(2, 0xd800, 0xe000);

/**
 * The fast path's one regex: a match means the scanner must run. The tag block U+E0000-U+E007F
 * is `\uDB40[\uDC00-\uDC7F]`; lone surrogates are left to `isWellFormed`, which is native and
 * cheaper than lookarounds. No `u` flag: it makes the scan several times slower
 * (docs/performance.md#sanitize-no-u).
 */
export const NEEDS_WORK = /[\0-\x09\x0B-\x1F\x7F-\x9F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/;

/** `<U+202E>` style: readable, pure ASCII, and never itself replaced, so sanitizing is idempotent. */
export function codePlaceholder(code: number): string {
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function placeholderOf(code: number): string {
	if (code === 0x09) return TAB_SPACES;
	// VT, FF and CR are line structure; as LF they can never overwrite ("safe\rEVIL").
	if (code === 0x0b || code === 0x0c || code === 0x0d) return '\n';
	// Control Pictures: ESC -> ␛, so the rest of any escape sequence stays as inert visible text.
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return codePlaceholder(code);
}

const placeholders = new Map<number, string>();

/** The replacement for a BMP code point whose KIND is 1, memoised (control-heavy input repeats). */
export function replacementFor(code: number): string {
	let text = placeholders.get(code);
	if (text === undefined) {
		text = placeholderOf(code);
		placeholders.set(code, text);
	}
	return text;
}
