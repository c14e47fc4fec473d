/**
 * Turning the bytes of an article file into text. Article folders come from anywhere: editors
 * on Windows write UTF-16 with a BOM or UTF-8 with a BOM, old files are ISO-8859-1, and a stray
 * binary file must not reach the parser as pages of garbage. Pure: takes bytes, no fs.
 */

/** How a file's bytes were turned into text. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'latin1' | 'utf8-lossy';

/** Decoded text and how it was decoded, or why the bytes are not text. */
export type DecodeResult = {readonly ok: true; readonly text: string; readonly encoding: TextEncoding} | {readonly ok: false; readonly reason: string};

/** The reason given for bytes that hold NUL outside a UTF-16 file. */
export const BINARY_REASON = 'binary file';

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const lossyUtf8 = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true});
const utf16le = new TextDecoder('utf-16le', {fatal: false, ignoreBOM: true});

/** The byte-order mark a buffer starts with, if any. UTF-32 is named only to refuse it. */
export function bomOf(bytes: Uint8Array): 'utf8' | 'utf16le' | 'utf16be' | 'utf32' | null {
	const [a, b, c, d] = bytes;
	if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf8';
	// FF FE 00 00 is the UTF-32LE mark; as UTF-16 it would decode to text full of NULs.
	if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'utf32' : 'utf16le';
	if (a === 0xfe && b === 0xff) return 'utf16be';
	if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf32';
	return null;
}

/** UTF-16LE text; big-endian input is byte-swapped first, so no ICU encoding table is needed. */
export function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
	if (!bigEndian) return utf16le.decode(bytes);
	const swapped = new Uint8Array(bytes.length);
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		swapped[i] = bytes[i + 1]!;
		swapped[i + 1] = bytes[i]!;
	}
	// An odd trailing byte stays last, so the decoder marks it with U+FFFD as it would for LE.
	if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
	return utf16le.decode(swapped);
}

/** The text, or null when the bytes are not valid UTF-8. */
export function strictUtf8OrNull(bytes: Uint8Array): string | null {
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return null;
	}
}

/** UTF-8 with U+FFFD for every invalid sequence. */
export function lossyUtf8Text(bytes: Uint8Array): string {
	return lossyUtf8.decode(bytes);
}

/** ISO-8859-1 maps each byte to the code point of the same value. */
export function latin1Text(bytes: Uint8Array): string {
	let text = '';
	// Chunked so the argument list stays far below the engine's limit.
	for (let i = 0; i < bytes.length; i += 8192) {
		text += String.fromCharCode(...bytes.subarray(i, i + 8192));
	}
	return text;
}

/** What the high bytes of a buffer look like, for telling Latin-1 from damaged UTF-8. */
interface HighByteShape {
	/** A byte in 0x80-0x9F: a C1 control in Latin-1, never in real text. */
	readonly c1: boolean;
	/** Well-formed multi-byte UTF-8 sequences. */
	readonly wellFormed: number;
	/** High bytes that start no well-formed sequence. */
	readonly broken: number;
}

/** Counts how the bytes at or above 0x80 group into UTF-8 sequences; stops early at a C1 byte. */
function highByteShape(bytes: Uint8Array): HighByteShape {
	let wellFormed = 0;
	let broken = 0;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i]!;
		if (byte < 0x80) continue;
		if (byte <= 0x9f) return {c1: true, wellFormed, broken};
		const need = byte >= 0xf0 && byte <= 0xf4 ? 3 : byte >= 0xe0 ? (byte <= 0xef ? 2 : 0) : byte >= 0xc2 ? 1 : 0;
		let ok = need > 0;
		for (let k = 1; ok && k <= need; k++) {
			const next = bytes[i + k];
			ok = next !== undefined && next >= 0x80 && next <= 0xbf;
		}
		if (ok) {
			wellFormed++;
			i += need;
		} else broken++;
	}
	return {c1: false, wellFormed, broken};
}

/**
 * Whether invalid UTF-8 reads as ISO-8859-1 text: no C1 byte, and fewer well-formed multi-byte
 * UTF-8 sequences than broken ones. The second test keeps a UTF-8 file with one damaged byte from
 * turning every "é" into "Ã©": Latin-1 text almost never holds a lead byte followed by the right
 * number of continuation bytes.
 */
export function looksLatin1(...parts: readonly Uint8Array[]): boolean {
	let wellFormed = 0;
	let broken = 0;
	for (const part of parts) {
		const shape = highByteShape(part);
		if (shape.c1) return false;
		wellFormed += shape.wellFormed;
		broken += shape.broken;
	}
	return wellFormed < broken;
}

/**
 * Decodes a whole file. A UTF-8 BOM is stripped, UTF-16 with a BOM is decoded, then NUL bytes mean
 * binary; valid UTF-8 is taken as is; invalid UTF-8 is read as Latin-1 when it looks like Latin-1,
 * else as UTF-8 with U+FFFD. An empty buffer is empty text.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
	const bom = bomOf(bytes);
	if (bom === 'utf32') return {ok: false, reason: 'UTF-32 text is not supported'};
	if (bom === 'utf8') return {ok: true, text: lossyUtf8Text(bytes.subarray(3)), encoding: 'utf8-bom'};
	if (bom === 'utf16le') return {ok: true, text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf16le'};
	if (bom === 'utf16be') return {ok: true, text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf16be'};
	if (bytes.indexOf(0) !== -1) return {ok: false, reason: BINARY_REASON};
	const strict = strictUtf8OrNull(bytes);
	if (strict !== null) return {ok: true, text: strict, encoding: 'utf8'};
	if (looksLatin1(bytes)) return {ok: true, text: latin1Text(bytes), encoding: 'latin1'};
	return {ok: true, text: lossyUtf8Text(bytes), encoding: 'utf8-lossy'};
}
