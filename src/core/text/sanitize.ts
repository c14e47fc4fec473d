/**
 * The one sanitizer for untrusted text. Every string that comes from an article file or a feed
 * passes through `sanitizeText` exactly once, after decoding and before parsing or rendering.
 *
 * Ink's `<Text>` strips cursor moves and clears but passes OSC (OSC 52 writes the clipboard,
 * OSC 0/2 retitle the window, OSC 8 makes deceptive links), bidi overrides, zero-width characters,
 * CR and BEL, and drops all text after an unterminated OSC (docs/terminal-facts.md#ink-text). The
 * same class of bug: newsbeuter CVE-2017-12904, less CVE-2022-46663, git CVE-2024-52005, kubectl
 * CVE-2021-25743, Trojan Source.
 *
 * Nothing is deleted: a control becomes a visible placeholder, so `ESC ] 52 ; ...` shows as
 * `␛]52;...`. Every escape sequence (CSI, OSC, DCS, APC, PM, SOS, 7- or 8-bit, terminated or
 * not) is left as inert plain text, and no text after an unterminated sequence can be lost.
 * The classes and the reason for each are in `sanitize-classes.ts`.
 */
import {KIND, NEEDS_WORK, codePlaceholder, replacementFor} from './sanitize-classes.js';

/** `isWellFormed` is ES2024 (Node 20 has it); the project's lib is ES2022. */
type WellFormedString = string & {isWellFormed(): boolean};

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * A subdivision flag is U+1F3F4, a tag spec, then CANCEL TAG U+E007F (England: `gbeng` in tag
 * letters). UTS #51 requires the spec to be a CLDR subdivision id (a region of 2 letters or 3
 * digits, then 1 to 4 letters or digits: 3 to 7 in all, lowercase). Only that exact shape is kept, so a flag cannot carry a long run of invisible tag text
 * ("ASCII smuggling"); every other tag character becomes a placeholder.
 * Returns the index after the sequence when a valid one starts at the tag at `at`, else -1.
 */
function flagTagsEnd(text: string, at: number): number {
	if (text.charCodeAt(at - 2) !== 0xd83c || text.charCodeAt(at - 1) !== 0xdff4) return -1;
	let i = at;
	let count = 0;
	while (text.charCodeAt(i) === 0xdb40) {
		const low = text.charCodeAt(i + 1);
		if (low === 0xdc7f) return count >= 3 ? i + 2 : -1;
		const spec = (low >= 0xdc30 && low <= 0xdc39) || (low >= 0xdc61 && low <= 0xdc7a);
		if (!spec || ++count > 7) return -1;
		i += 2;
	}
	return -1;
}

/** The slow path: copy unchanged runs by slice, replace what KIND marks. */
function scan(text: string): string {
	let out = '';
	let kept = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const kind = KIND[unit];
		if (kind === 0) continue;
		let replacement = '\uFFFD';
		let width = 1;
		if (kind === 1) {
			replacement = replacementFor(unit);
			// CRLF is one line break, not two.
			if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) width = 2;
		} else if (unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			// A paired surrogate: only the tag block U+E0000-U+E007F (high half 0xDB40) is replaced.
			if (unit !== 0xdb40 || text.charCodeAt(i + 1) > 0xdc7f) {
				i++;
				continue;
			}
			const flagEnd = flagTagsEnd(text, i);
			if (flagEnd > 0) {
				i = flagEnd - 1;
				continue;
			}
			replacement = codePlaceholder(text.codePointAt(i) ?? 0);
			width = 2;
		}
		if (i > kept) out += text.slice(kept, i);
		out += replacement;
		kept = i + width;
		i = kept - 1;
	}
	return kept < text.length ? out + text.slice(kept) : out;
}

/**
 * Make untrusted text safe to put on a terminal. C0 (but LF) and DEL become Control Pictures
 * (ESC -> `␛`, BEL -> `␇`); C1, bidi controls and invisible characters become `<U+XXXX>`; lone
 * surrogates U+FFFD; a tab 4 spaces; CR, CRLF, VT and FF one LF. A single leading U+FEFF is
 * dropped as the byte-order mark `readFile(path, 'utf8')` leaves in; elsewhere it is a
 * placeholder. All other text survives, in order. Idempotent. Text with nothing to replace
 * costs one regex test and one native well-formedness check, and is returned as is.
 */
export function sanitizeText(input: string): string {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	if (!NEEDS_WORK.test(text) && (text as WellFormedString).isWellFormed()) return text;
	return scan(text);
}

/**
 * True when `sanitizeText` would return `text` unchanged: for assertions at render boundaries.
 * @internal Tests use it; the program does not.
 */
export function isSafeText(text: string): boolean {
	return sanitizeText(text) === text;
}
