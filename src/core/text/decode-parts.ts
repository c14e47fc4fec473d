/**
 * Decoding the first and last bytes of a file without the middle, so a list can show the title
 * and the `Last update:` footer without reading bodies. The cuts fall anywhere: a character split
 * by a cut is dropped rather than shown as U+FFFD, and both parts are decoded with one encoding,
 * chosen by the same rules as a whole file (see `decodeText`).
 */
import {BINARY_REASON, bomOf, decodeUtf16, latin1Text, looksLatin1, lossyUtf8Text, strictUtf8OrNull, type TextEncoding} from './decode.js';

/** Head and tail text and their shared encoding, or why the bytes are not text. */
export type PartsResult =
	| {readonly ok: true; readonly head: string; readonly tail: string; readonly encoding: TextEncoding}
	| {readonly ok: false; readonly reason: string};

function isContinuation(byte: number | undefined): boolean {
	return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * Drops a UTF-8 sequence left incomplete by a cut at the end.
 * @internal Tests use it; the program does not.
 */
export function trimUtf8End(bytes: Uint8Array): Uint8Array {
	let lead = bytes.length - 1;
	while (lead >= 0 && lead > bytes.length - 4 && isContinuation(bytes[lead])) lead--;
	const byte = bytes[lead];
	if (byte === undefined || byte < 0xc0) return bytes;
	const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
	return lead + length > bytes.length ? bytes.subarray(0, lead) : bytes;
}

/**
 * Drops the continuation bytes of a UTF-8 sequence whose lead byte fell before the cut.
 * @internal Tests use it; the program does not.
 */
export function trimUtf8Start(bytes: Uint8Array): Uint8Array {
	let start = 0;
	while (start < 3 && isContinuation(bytes[start])) start++;
	return bytes.subarray(start);
}

function unitAt(bytes: Uint8Array, at: number, bigEndian: boolean): number {
	const a = bytes[at] ?? 0;
	const b = bytes[at + 1] ?? 0;
	return bigEndian ? (a << 8) | b : (b << 8) | a;
}

function utf16Parts(head: Uint8Array, tail: Uint8Array, tailOffset: number, bigEndian: boolean): PartsResult {
	let body = head.subarray(2, head.length - (head.length % 2));
	const last = unitAt(body, body.length - 2, bigEndian);
	if (body.length >= 2 && last >= 0xd800 && last <= 0xdbff) body = body.subarray(0, body.length - 2);
	// Code units sit at even offsets from the file start (the BOM is one unit).
	let end = tail.subarray(tailOffset % 2);
	const first = unitAt(end, 0, bigEndian);
	if (end.length >= 2 && first >= 0xdc00 && first <= 0xdfff) end = end.subarray(2);
	const encoding = bigEndian ? 'utf16be' : 'utf16le';
	return {ok: true, head: decodeUtf16(body, bigEndian), tail: decodeUtf16(end, bigEndian), encoding};
}

/**
 * Decodes `head` (bytes from offset 0) and `tail` (bytes from `tailOffset` to the end of the file),
 * which must not overlap: a file small enough to overlap should be read whole with `decodeText`.
 * NUL in either part means binary; a NUL only in the unread middle goes unnoticed.
 */
export function decodeHeadTail(head: Uint8Array, tail: Uint8Array, tailOffset: number): PartsResult {
	const bom = bomOf(head);
	if (bom === 'utf32') return {ok: false, reason: 'UTF-32 text is not supported'};
	if (bom === 'utf16le' || bom === 'utf16be') return utf16Parts(head, tail, tailOffset, bom === 'utf16be');
	const start = trimUtf8Start(tail);
	if (bom === 'utf8') {
		const body = trimUtf8End(head.subarray(3));
		return {ok: true, head: lossyUtf8Text(body), tail: lossyUtf8Text(start), encoding: 'utf8-bom'};
	}
	if (head.indexOf(0) !== -1 || tail.indexOf(0) !== -1) return {ok: false, reason: BINARY_REASON};
	const body = trimUtf8End(head);
	const strictHead = strictUtf8OrNull(body);
	const strictTail = strictHead === null ? null : strictUtf8OrNull(start);
	if (strictHead !== null && strictTail !== null) return {ok: true, head: strictHead, tail: strictTail, encoding: 'utf8'};
	// Latin-1 has no multi-byte characters, so its parts are decoded uncut.
	if (looksLatin1(body, start)) return {ok: true, head: latin1Text(head), tail: latin1Text(tail), encoding: 'latin1'};
	return {ok: true, head: lossyUtf8Text(body), tail: lossyUtf8Text(start), encoding: 'utf8-lossy'};
}
