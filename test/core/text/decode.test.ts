import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeHeadTail, trimUtf8End, trimUtf8Start} from '../../../src/core/text/decode-parts.js';
import {decodeText, decodeUtf16, looksLatin1} from '../../../src/core/text/decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap(part => [...part]));

function utf16(text: string, bigEndian: boolean): Uint8Array {
	const out = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		out[i * 2] = bigEndian ? unit >> 8 : unit & 0xff;
		out[i * 2 + 1] = bigEndian ? unit & 0xff : unit >> 8;
	}
	return out;
}

const sample = 'Café — “quoted” 𝄞 naïve';

describe('decodeText', () => {
	it('reads an empty file as empty UTF-8 text', () => {
		expect(decodeText(new Uint8Array())).toEqual({ok: true, text: '', encoding: 'utf8'});
	});

	it('takes valid UTF-8 as it is', () => {
		expect(decodeText(utf8(sample))).toEqual({ok: true, text: sample, encoding: 'utf8'});
	});

	it('strips a UTF-8 byte-order mark', () => {
		expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8(sample)))).toEqual({ok: true, text: sample, encoding: 'utf8-bom'});
	});

	it('decodes UTF-16 in either byte order when a BOM says which', () => {
		expect(decodeText(concat(bytes(0xff, 0xfe), utf16(sample, false)))).toEqual({ok: true, text: sample, encoding: 'utf16le'});
		expect(decodeText(concat(bytes(0xfe, 0xff), utf16(sample, true)))).toEqual({ok: true, text: sample, encoding: 'utf16be'});
	});

	it('marks an odd trailing byte of UTF-16 as a replacement character', () => {
		expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x00))).toEqual({ok: true, text: 'A\uFFFD', encoding: 'utf16be'});
		expect(decodeUtf16(bytes(0x41, 0x00, 0x42), false)).toBe('A\uFFFD');
	});

	it('refuses UTF-32 instead of decoding it as UTF-16 full of NULs', () => {
		expect(decodeText(bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0))).toEqual({ok: false, reason: 'UTF-32 text is not supported'});
	});

	it('calls bytes with NUL a binary file', () => {
		expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toEqual({ok: false, reason: 'binary file'});
		expect(decodeText(concat(utf8('plain text'), bytes(0)))).toEqual({ok: false, reason: 'binary file'});
	});

	it('reads ISO-8859-1 text as Latin-1', () => {
		expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ok: true, text: 'café', encoding: 'latin1'});
		expect(decodeText(bytes(0xa9, 0x20, 0x32, 0x30, 0x32, 0x34, 0x20, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e))).toEqual({
			ok: true,
			text: '© 2024 München',
			encoding: 'latin1',
		});
	});

	it('uses U+FFFD for invalid UTF-8 holding bytes 0x80-0x9F (C1 controls in Latin-1)', () => {
		// Windows-1252 curly quotes: 0x93 and 0x94.
		expect(decodeText(bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0xe9))).toEqual({ok: true, text: '\uFFFDHi\uFFFD \uFFFD', encoding: 'utf8-lossy'});
	});

	it('keeps a UTF-8 file with one damaged byte as UTF-8 rather than turning every "é" into "Ã©"', () => {
		const damaged = concat(utf8('Café, résumé, naïve '), bytes(0xe9), utf8(' end'));
		expect(decodeText(damaged)).toEqual({ok: true, text: 'Café, résumé, naïve \uFFFD end', encoding: 'utf8-lossy'});
		expect(looksLatin1(damaged)).toBe(false);
	});
});

describe('decodeHeadTail', () => {
	it('drops a multi-byte character split by the tail cut', () => {
		const file = utf8('Title\n\nBody — text\nLast update: 5 May 2024 €');
		const cut = file.indexOf(0xe2) + 1; // inside the em dash
		const result = decodeHeadTail(file.subarray(0, 5), file.subarray(cut), cut);
		expect(result).toEqual({ok: true, head: 'Title', tail: ' text\nLast update: 5 May 2024 €', encoding: 'utf8'});
	});

	it('drops a multi-byte character split by the head cut', () => {
		const file = utf8('Tëst 𝄞 more body text here');
		const end = file.indexOf(0xf0) + 2; // half the clef
		const result = decodeHeadTail(file.subarray(0, end), file.subarray(file.length - 4), file.length - 4);
		expect(result).toEqual({ok: true, head: 'Tëst ', tail: 'here', encoding: 'utf8'});
	});

	it('realigns UTF-16 to code units and drops a split surrogate pair', () => {
		const file = concat(bytes(0xff, 0xfe), utf16('ab𝄞cd𝄞ef', false));
		// Tail from an odd offset inside the second clef; head ends after the first high surrogate.
		const tailAt = 2 + 2 * 6 + 1;
		const result = decodeHeadTail(file.subarray(0, 2 + 2 * 3), file.subarray(tailAt), tailAt);
		expect(result).toEqual({ok: true, head: 'ab', tail: 'ef', encoding: 'utf16le'});
	});

	it('applies the whole-file rules: binary, Latin-1, lossy', () => {
		expect(decodeHeadTail(utf8('Title'), bytes(0x41, 0), 100)).toEqual({ok: false, reason: 'binary file'});
		// Once the parts are Latin-1 they are decoded uncut: "©" at the tail cut is not a UTF-8 fragment.
		expect(decodeHeadTail(bytes(0x43, 0x61, 0x66, 0xe9, 0x21), bytes(0xa9, 0x20, 0x41), 100)).toEqual({
			ok: true,
			head: 'Café!',
			tail: '© A',
			encoding: 'latin1',
		});
		expect(decodeHeadTail(bytes(0x93, 0x41), bytes(0x42), 100)).toEqual({ok: true, head: '\uFFFDA', tail: 'B', encoding: 'utf8-lossy'});
		expect(decodeHeadTail(concat(bytes(0xef, 0xbb, 0xbf), utf8('Tï')), utf8('x'), 100)).toEqual({ok: true, head: 'Tï', tail: 'x', encoding: 'utf8-bom'});
	});

	it('never yields garbage: at any cuts, head is a prefix and tail a suffix of the text', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.nat(), fc.nat(), (text, a, b) => {
				const file = utf8(text);
				const head = a % (file.length + 1);
				const tailAt = head + (b % (file.length - head + 1));
				const result = decodeHeadTail(file.subarray(0, head), file.subarray(tailAt), tailAt);
				if (!result.ok) return text.includes('\0');
				return text.startsWith(result.head) && text.endsWith(result.tail);
			}),
		);
	});

	it('never yields garbage in UTF-16 either, in both byte orders', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 30}), fc.boolean(), fc.nat(), fc.nat(), (text, bigEndian, a, b) => {
				// FF FE 00 00 is the UTF-32LE mark, so UTF-16LE text cannot start with U+0000.
				fc.pre(!text.startsWith('\0'));
				const file = concat(bigEndian ? bytes(0xfe, 0xff) : bytes(0xff, 0xfe), utf16(text, bigEndian));
				const head = 2 + (a % (file.length - 1));
				const tailAt = head + (b % (file.length - head + 1));
				const result = decodeHeadTail(file.subarray(0, head), file.subarray(tailAt), tailAt);
				return result.ok && text.startsWith(result.head) && text.endsWith(result.tail);
			}),
		);
	});

	it('trims only incomplete sequences at the cuts', () => {
		expect(trimUtf8End(utf8('a€'))).toEqual(utf8('a€'));
		expect(trimUtf8End(utf8('a€').subarray(0, 3))).toEqual(utf8('a'));
		expect(trimUtf8Start(utf8('€b').subarray(1))).toEqual(utf8('b'));
		expect(trimUtf8Start(utf8('plain'))).toEqual(utf8('plain'));
	});
});
