import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {isNarrow, narrowWidth} from '../../../src/core/text/narrow.js';

// Marks, format and control characters, unassigned ones and surrogates: they could join or vanish.
const JOINING = /[\p{M}\p{Cc}\p{Cf}\p{Cn}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Regional_Indicator}]/u;

// Every BMP code point the narrow set accepts, found by asking it, so the test covers the set as written.
const members: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) {
	const ch = String.fromCharCode(cp);
	if (isNarrow(ch)) members.push(ch);
}

describe('narrow text', () => {
	it('accepts only code points that string-width counts as one cell and that never join a grapheme', () => {
		expect(members.length).toBeGreaterThan(1500);
		const joiners = members.filter(ch => JOINING.test(ch));
		expect(joiners.map(ch => ch.charCodeAt(0).toString(16))).toEqual([]);
		const wide = members.filter(ch => stringWidth(ch) !== 1);
		expect(wide.map(ch => ch.charCodeAt(0).toString(16))).toEqual([]);
	});

	it('includes what the reader draws and news prose holds, and not emoji or CJK', () => {
		for (const ch of ['›', '●', '★', '—', '…', '“', '”', '‘', '’', '\u00a0', 'é', 'ß', 'Ж', 'λ', '€', '│']) expect(isNarrow(ch), ch).toBe(true);
		for (const ch of ['漢', '😀', '◽', '\u00ad', '\u0301', '\u200b', '\u200d', '\t', '\x1b']) expect(isNarrow(ch), JSON.stringify(ch)).toBe(false);
	});

	it('measures as string-width does, with colour sequences or without', () => {
		const sgr = fc.constantFrom('\x1b[1m', '\x1b[22m', '\x1b[38;5;208m', '\x1b[0m', '\x1b[m');
		const piece = fc.oneof(
			{weight: 6, arbitrary: fc.constantFrom(...members)},
			{weight: 2, arbitrary: sgr},
			{weight: 1, arbitrary: fc.constantFrom('漢', '😀', 'e\u0301', '\x1b]8;;x\x07', '\t')},
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 30}), parts => {
				const text = parts.join('');
				const width = narrowWidth(text);
				if (width !== null) expect(width).toBe(stringWidth(text));
			}),
			{numRuns: 3000},
		);
	});

	it('leaves text with other escapes, wide or joining characters to string-width', () => {
		expect(narrowWidth('a\x1b]8;;http://x\x07b')).toBeNull();
		expect(narrowWidth('e\u0301')).toBeNull();
		expect(narrowWidth('\x1b[1m漢\x1b[22m')).toBeNull();
		expect(narrowWidth('\x1b[1m›●★ Title\x1b[22m')).toBe(9);
	});
});
