import {describe, expect, it} from 'vitest';
import {charsetParam, declaredCharset, decodeBody} from '../../../src/core/http/charset.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): Uint8Array => Uint8Array.from(text, c => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap(part => [...part]));

describe('charsetParam', () => {
	it.each([
		['text/xml; charset=ISO-8859-1', 'iso-8859-1'],
		['text/html;charset="utf-8"', 'utf-8'],
		['application/rss+xml; type=x; Charset = KOI8-R', 'koi8-r'],
		['text/html', null],
		['text/html; charset=', null],
		[null, null],
	])('%s -> %s', (contentType, label) => {
		expect(charsetParam(contentType)).toBe(label);
	});
});

describe('declaredCharset', () => {
	it('reads the XML declaration, then an HTML meta, in the first 1024 bytes only', () => {
		expect(declaredCharset(ascii(`<?xml version="1.0" encoding='Windows-1251'?><rss/>`))).toBe('windows-1251');
		expect(declaredCharset(ascii('<html><head><meta charset="shift_jis"></head>'))).toBe('shift_jis');
		expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">'))).toBe('euc-jp');
		expect(declaredCharset(ascii(`${' '.repeat(1030)}<meta charset="gbk">`))).toBeNull();
		expect(declaredCharset(ascii('<rss version="2.0"></rss>'))).toBeNull();
	});

	it('reads a meta claiming UTF-16 (impossible in ASCII bytes) as UTF-8', () => {
		expect(declaredCharset(ascii('<meta charset="utf-16le">'))).toBe('utf-8');
	});
});

describe('decodeBody', () => {
	it('decodes windows-1252 smart quotes, dashes and the euro sign, not C1 controls', () => {
		const body = concat(ascii('price '), bytes(0x93, 0x80, 0x35, 0x94, 0x20, 0x96, 0x20, 0x85, 0x99));
		expect(decodeBody(body, 'text/plain; charset=windows-1252')).toBe('price \u201c\u20ac5\u201d \u2013 \u2026\u2122');
	});

	it('treats latin1, iso-8859-1 and ascii labels as windows-1252, as WHATWG does', () => {
		for (const label of ['latin1', 'iso-8859-1', 'us-ascii']) {
			expect(decodeBody(bytes(0x80, 0xe9), `text/xml; charset=${label}`)).toBe('\u20ac\u00e9');
		}
	});

	it('leaves the five undefined windows-1252 bytes as C1 controls for the sanitizer to strip', () => {
		expect(decodeBody(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d), 'text/plain; charset=windows-1252')).toBe('\u0081\u008d\u008f\u0090\u009d');
	});

	it('takes the charset from the XML declaration when the header names none', () => {
		const body = concat(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf'), bytes(0xe9), ascii('</t>'));
		expect(decodeBody(body, 'application/rss+xml')).toContain('<t>caf\u00e9</t>');
	});

	it('prefers the header to the declaration', () => {
		const body = concat(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), bytes(0xc3, 0xa9));
		expect(decodeBody(body, 'text/xml; charset=utf-8')).toContain('<t>\u00e9');
	});

	it('decodes CJK and Cyrillic charsets by label', () => {
		expect(decodeBody(bytes(0x82, 0xa0), 'text/html; charset=shift_jis')).toBe('\u3042');
		expect(decodeBody(bytes(0xcf, 0xf0, 0xe8), 'text/html; charset=windows-1251')).toBe('\u041f\u0440\u0438');
	});

	it('turns bytes that are not UTF-8 into U+FFFD when the header says UTF-8, without throwing', () => {
		expect(decodeBody(concat(ascii('caf'), bytes(0xe9, 0x21)), 'text/xml; charset=utf-8')).toBe('caf\ufffd!');
	});

	it('falls back to UTF-8 for an unknown label or none at all', () => {
		expect(decodeBody(bytes(0xc3, 0xa9), 'text/xml; charset=no-such-charset')).toBe('\u00e9');
		expect(decodeBody(bytes(0xc3, 0xa9), null)).toBe('\u00e9');
	});

	it('lets a byte-order mark outweigh the header, and drops it', () => {
		expect(decodeBody(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), 'text/xml; charset=iso-8859-1')).toBe('\u00e9');
		expect(decodeBody(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00), null)).toBe('A\u00e9');
		expect(decodeBody(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9), null)).toBe('A\u00e9');
	});

	it('decodes a large windows-1252 body in full', () => {
		const body = new Uint8Array(50_000).fill(0x80);
		const text = decodeBody(body, 'text/plain; charset=cp1252');
		expect(text.length).toBe(50_000);
		expect(new Set(text)).toEqual(new Set(['\u20ac']));
	});
});
