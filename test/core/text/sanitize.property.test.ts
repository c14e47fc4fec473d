import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitizeText} from '../../../src/core/text/sanitize.js';

const RUNS = 10_000;

/** The replaced classes, written from the rules rather than taken from the implementation. */
function isReplaced(cp: number): boolean {
	if (cp < 0x20) return cp !== 0x0a;
	if (cp >= 0x7f && cp <= 0x9f) return true;
	if (cp === 0x061c || cp === 0x180e || cp === 0x200b || cp === 0x200e || cp === 0x200f) return true;
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f)) return true; // U+2065 is reserved default-ignorable
	if (cp === 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb)) return true;
	return (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe0000 && cp <= 0xe007f);
}

const isTagSpec = (ch: string | undefined): boolean => ch !== undefined && /^[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]$/u.test(ch);

/** A naive per-code-point reference: the optimised scanner must agree with it exactly. */
function reference(input: string): string {
	const chars = [...(input.startsWith('\uFEFF') ? input.slice(1) : input)];
	let out = '';
	for (let k = 0; k < chars.length; k++) {
		const ch = chars[k] ?? '';
		const cp = ch.codePointAt(0) ?? 0;
		if (cp === 0x1f3f4) {
			let end = k + 1;
			while (isTagSpec(chars[end])) end++;
			if (chars[end] === '\u{E007F}' && end - k - 1 >= 3 && end - k - 1 <= 7) {
				out += chars.slice(k, end + 1).join('');
				k = end;
				continue;
			}
		}
		if (ch === '\r' && chars[k + 1] === '\n') k++;
		if (!isReplaced(cp)) out += ch;
		else if (cp === 0x09) out += '    ';
		else if (cp === 0x0b || cp === 0x0c || cp === 0x0d) out += '\n';
		else if (cp < 0x20) out += String.fromCharCode(0x2400 + cp);
		else if (cp === 0x7f) out += '\u2421';
		else if (cp >= 0xd800 && cp <= 0xdfff) out += '\uFFFD';
		else out += `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
	}
	return out;
}

const controlHeavy = fc.constantFrom(
	'\u001b',
	'\u0007',
	'\r',
	'\n',
	'\r\n',
	'\t',
	'\b',
	'\u0000',
	'\u000b',
	'\u000c',
	'\u007f',
	'\u009b',
	'\u009c',
	'\u009d',
	'\u0085',
	'[',
	']',
	';',
	'\\',
	'P',
	'2J',
	'\u202e',
	'\u2066',
	'\u2069',
	'\u061c',
	'\u200b',
	'\u200c',
	'\u200d',
	'\u200e',
	'\u2060',
	'\ufeff',
	'\u00ad',
	'\u00a0',
	'\ufe0f',
	'\u{E0100}',
	'\u{1F3F4}',
	'\u{E0067}',
	'\u{E007F}',
	'\u{E0001}',
	'ש',
	'م',
	'日',
	'👍',
	'🏽',
	'<',
	'U',
	'+',
	'>',
	'␛',
);
// fromCodePoint of U+D800-U+DFFF gives a lone half, so arbitrary code points include them.
const anyCodePoint = fc.integer({min: 0, max: 0x10ffff}).map(cp => String.fromCodePoint(cp));
const loneHalf = fc.integer({min: 0xd800, max: 0xdfff}).map(unit => String.fromCharCode(unit));
const tagChar = fc
	.oneof(fc.integer({min: 0xe0030, max: 0xe0039}), fc.integer({min: 0xe0061, max: 0xe007a}), fc.integer({min: 0xe0000, max: 0xe007f}))
	.map(cp => String.fromCodePoint(cp));
const flagLike = fc
	.tuple(fc.array(tagChar, {minLength: 0, maxLength: 9}), fc.boolean())
	.map(([tags, cancel]) => `\u{1F3F4}${tags.join('')}${cancel ? '\u{E007F}' : ''}`);
const mixed = fc.string({
	unit: fc.oneof(
		{arbitrary: controlHeavy, weight: 5},
		{arbitrary: anyCodePoint, weight: 3},
		{arbitrary: loneHalf, weight: 1},
		{arbitrary: flagLike, weight: 1},
	),
	maxLength: 40,
});

const UNSAFE_OUTPUT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/u;
const VALID_FLAG = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{3,7}\u{E007F}/gu;

describe('sanitizeText properties', () => {
	it('replaces exactly the listed classes, checked for every BMP code point', () => {
		const wrong: string[] = [];
		for (let cp = 0; cp <= 0xffff; cp++) {
			const input = `a${String.fromCharCode(cp)}b`;
			if ((sanitizeText(input) !== input) !== isReplaced(cp)) wrong.push(cp.toString(16));
		}
		expect(wrong).toEqual([]);
	});

	it('(a) leaves no C0 but LF, no DEL, C1, ESC, bidi or invisible control, no lone surrogate', () => {
		fc.assert(
			fc.property(mixed, input => {
				const out = sanitizeText(input);
				expect(out).not.toMatch(UNSAFE_OUTPUT);
				expect(out.replace(VALID_FLAG, '')).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
				expect(/[\uD800-\uDFFF]/u.test(out)).toBe(false);
			}),
			{numRuns: RUNS},
		);
	});

	it('(b) keeps every printable input character, in order', () => {
		fc.assert(
			fc.property(mixed, input => {
				const out = [...sanitizeText(input)];
				let at = 0;
				for (const ch of input) {
					if (isReplaced(ch.codePointAt(0) ?? 0)) continue;
					while (at < out.length && out[at] !== ch) at++;
					expect(at, `missing ${JSON.stringify(ch)}`).toBeLessThan(out.length);
					at++;
				}
			}),
			{numRuns: RUNS},
		);
	});

	it('(c) is idempotent', () => {
		fc.assert(
			fc.property(mixed, input => {
				const once = sanitizeText(input);
				expect(sanitizeText(once)).toBe(once);
			}),
			{numRuns: RUNS},
		);
	});

	it('(d) agrees exactly with a naive per-code-point reference', () => {
		fc.assert(
			fc.property(mixed, input => {
				expect(sanitizeText(input)).toBe(reference(input));
			}),
			{numRuns: RUNS},
		);
	});
});
