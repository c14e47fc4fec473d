import {describe, expect, it} from 'vitest';
import {isSafeText, sanitizeText} from '../../../src/core/text/sanitize.js';

const ESC = '\u001b';
const ST = `${ESC}\\`;
// England: U+1F3F4, the tag letters g b e n g, CANCEL TAG.
const ENGLAND = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
const TEN_KB = 'x'.repeat(4096) + ' unterminated OSC must not swallow this. '.repeat(150);

/** [name, input, exact expected output] */
const CASES: readonly (readonly [string, string, string])[] = [
	['OSC 52 clipboard write, BEL-terminated', `a${ESC}]52;c;ZXZpbA==\u0007b`, 'a␛]52;c;ZXZpbA==␇b'],
	['OSC 52 clipboard write, ST-terminated', `${ESC}]52;c;ZXZpbA==${ST}b`, '␛]52;c;ZXZpbA==␛\\b'],
	['OSC 0 title', `${ESC}]0;pwned\u0007News`, '␛]0;pwned␇News'],
	['OSC 2 title', `${ESC}]2;pwned${ST}`, '␛]2;pwned␛\\'],
	[
		'OSC 8 deceptive link',
		`${ESC}]8;;https://evil.example/${ST}https://bank.example/${ESC}]8;;${ST}`,
		'␛]8;;https://evil.example/␛\\https://bank.example/␛]8;;␛\\',
	],
	['CSI 2J clear screen', `${ESC}[2J${ESC}[3Jgone?`, '␛[2J␛[3Jgone?'],
	['CSI 6n cursor position query', `${ESC}[6n`, '␛[6n'],
	['DCS DECRQSS', `${ESC}P$qm${ST}`, '␛P$qm␛\\'],
	['APC', `${ESC}_payload${ST}after`, '␛_payload␛\\after'],
	['PM', `${ESC}^privacy${ST}`, '␛^privacy␛\\'],
	['SOS', `${ESC}Xstring${ST}`, '␛Xstring␛\\'],
	['8-bit CSI', '\u009b2Jx', '<U+009B>2Jx'],
	['8-bit OSC with 8-bit ST', '\u009d52;c;eA==\u009c', '<U+009D>52;c;eA==<U+009C>'],
	['other C1 (NEL, DCS)', '\u0085\u0090\u0080\u009f', '<U+0085><U+0090><U+0080><U+009F>'],
	[
		'Trojan Source override and isolates',
		'if (admin) {\u202E } \u2066// ok\u2069 \u2067\u2068\u202A\u202B\u202C\u202D',
		'if (admin) {<U+202E> } <U+2066>// ok<U+2069> <U+2067><U+2068><U+202A><U+202B><U+202C><U+202D>',
	],
	['bidi marks', 'a\u200Eb\u200Fc\u061Cd', 'a<U+200E>b<U+200F>c<U+061C>d'],
	['zero-width and invisible', 'pay\u200Bpal\u2060\u2062\u180E\uFEFF\uFFF9\u206A', 'pay<U+200B>pal<U+2060><U+2062><U+180E><U+FEFF><U+FFF9><U+206A>'],
	['CR overwrite', 'safe\rEVIL', 'safe\nEVIL'],
	['CRLF and CR CRLF', 'a\r\nb\r\r\nc', 'a\nb\n\nc'],
	['BEL', 'ding\u0007', 'ding␇'],
	['BS overstrike', 'abc\b\b\bxyz', 'abc␈␈␈xyz'],
	['tab', 'a\tb\t', 'a    b    '],
	['VT and FF', 'a\u000Bb\u000Cc', 'a\nb\nc'],
	['NUL and DEL', 'a\u0000b\u007F', 'a␀b␡'],
	['unterminated OSC keeps all that follows', `${ESC}]0;${TEN_KB}`, `␛]0;${TEN_KB}`],
	['lone surrogates', 'a\uD800b\uDC00c\uDBFF', 'a\uFFFDb\uFFFDc\uFFFD'],
	['reversed surrogate pair', '\uDC00\uD800', '\uFFFD\uFFFD'],
	['tag characters smuggling ASCII', 'hi\u{E0069}\u{E0067}\u{E0001}', 'hi<U+E0069><U+E0067><U+E0001>'],
	['tags with no black flag before them', `x${ENGLAND.slice(2)}`, 'x<U+E0067><U+E0062><U+E0065><U+E006E><U+E0067><U+E007F>'],
	['flag with too long a tag run', `\u{1F3F4}${'\u{E0061}'.repeat(8)}\u{E007F}`, `\u{1F3F4}${'<U+E0061>'.repeat(8)}<U+E007F>`],
	['flag with no cancel tag', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}', '\u{1F3F4}<U+E0067><U+E0062><U+E0065>'],
	['leading byte-order mark dropped', '\uFEFFTitle', 'Title'],
	['only the first byte-order mark is a BOM', '\uFEFF\uFEFFx', '<U+FEFF>x'],
];

const UNCHANGED: readonly (readonly [string, string])[] = [
	['Hebrew', 'שלום עולם, זה מבחן'],
	['Arabic', 'مرحبا بالعالم ١٢٣'],
	['emoji ZWJ family, skin tone, VS16', '👨\u200D👩\u200D👧\u200D👦 👋🏽 ❤\uFE0F 🏳\uFE0F\u200D🌈'],
	['subdivision flags', `${ENGLAND} and Scotland \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}`],
	['CJK', '日本語のテキスト、中文字符，한국어'],
	['NBSP, soft hyphen, ZWNJ, ideographic variation', 'a\u00A0b co\u00ADop می\u200Cخواهم \u845B\u{E0100}'],
	['plain ASCII with LF', 'Title\n\nFirst paragraph.\n'],
	['empty', ''],
];

describe('sanitizeText', () => {
	it.each(CASES)('%s', (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
		expect(isSafeText(expected)).toBe(true);
	});

	it.each(UNCHANGED)('%s is unchanged', (_name, input) => {
		expect(sanitizeText(input)).toBe(input);
		expect(isSafeText(input)).toBe(true);
	});

	it('keeps all 10 KB after an unterminated OSC, in full', () => {
		const out = sanitizeText(`before ${ESC}]52;c;${TEN_KB}`);
		expect(TEN_KB.length).toBeGreaterThanOrEqual(10_240);
		expect(out.endsWith(TEN_KB)).toBe(true);
		expect(out).toBe(`before ␛]52;c;${TEN_KB}`);
	});

	it('reports unsafe text as unsafe', () => {
		expect(isSafeText(`${ESC}[2J`)).toBe(false);
		expect(isSafeText('a\r\nb')).toBe(false);
		expect(isSafeText('\uFEFFx')).toBe(false);
		expect(isSafeText('\uD800')).toBe(false);
	});
});
