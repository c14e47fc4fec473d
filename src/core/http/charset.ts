/**
 * Which charset a fetched body is in, and its text. The order: a byte-order mark (as WHATWG and
 * every browser do: a BOM outweighs a header that says otherwise), the Content-Type `charset=`,
 * the `<?xml encoding="...">` declaration, an HTML `<meta charset>` in the first 1024 bytes, else
 * UTF-8. Decoding is lossy: bytes that are wrong for the charset become U+FFFD, never a throw.
 */

/** WHATWG windows-1252 for 0x80-0x9F; the five holes stay C1 controls, which the sanitizer strips. */
const WINDOWS_1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
	0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** How many bytes the declarations are looked for in (the HTML spec's prescan window). */
const PRESCAN = 1024;

/**
 * The `charset=` parameter of a Content-Type, lower-cased, or null.
 * @internal Tests use it; the program does not.
 */
export function charsetParam(contentType: string | null): string | null {
	const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
	const label = (match?.[1] ?? match?.[2] ?? '').trim().toLowerCase();
	return label === '' ? null : label;
}

/**
 * The label declared inside the first bytes: the XML declaration's encoding, else an HTML meta.
 * @internal Tests use it; the program does not.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
	// Latin-1 keeps every byte one character, so ASCII markup reads the same in any ASCII-based charset.
	const head = String.fromCharCode(...bytes.subarray(0, PRESCAN));
	const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
	if (xml) return xml[1]!.trim().toLowerCase();
	const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	if (!meta) return null;
	const label = meta[1]!.toLowerCase();
	// A page cannot say it is UTF-16 in ASCII bytes; the HTML spec reads such a meta as UTF-8.
	return label.startsWith('utf-16') ? 'utf-8' : label;
}

/** The encoding a BOM at the start names, and the BOM's length. */
function bomOf(bytes: Uint8Array): {readonly encoding: string; readonly length: number} | null {
	const [a, b, c] = bytes;
	if (a === 0xef && b === 0xbb && c === 0xbf) return {encoding: 'utf-8', length: 3};
	if (a === 0xff && b === 0xfe) return {encoding: 'utf-16le', length: 2};
	if (a === 0xfe && b === 0xff) return {encoding: 'utf-16be', length: 2};
	return null;
}

/** A lossy decoder for `label`, or null for a label TextDecoder does not know. */
function decoderFor(label: string): TextDecoder | null {
	try {
		return new TextDecoder(label, {fatal: false, ignoreBOM: true});
	} catch {
		return null;
	}
}

/** The body's text, in the charset its BOM, header or markup names (see the module comment). */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
	const bom = bomOf(bytes);
	if (bom) return new TextDecoder(bom.encoding, {ignoreBOM: true}).decode(bytes.subarray(bom.length));
	const label = charsetParam(contentType) ?? declaredCharset(bytes) ?? 'utf-8';
	const decoder = decoderFor(label) ?? decoderFor('utf-8')!;
	// WHATWG maps latin1, iso-8859-1 and ascii to windows-1252 too; Node's ICU decodes 0x80-0x9F as C1.
	if (decoder.encoding === 'windows-1252') return windows1252(bytes);
	return decoder.decode(bytes);
}

/** windows-1252 by table: each byte its own code point, except the 32 in 0x80-0x9F. */
function windows1252(bytes: Uint8Array): string {
	let text = '';
	const chunk = 8192;
	for (let start = 0; start < bytes.length; start += chunk) {
		const codes = Array.from(bytes.subarray(start, start + chunk), byte => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte));
		text += String.fromCharCode(...codes);
	}
	return text;
}
