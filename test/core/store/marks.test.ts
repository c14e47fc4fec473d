import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {encodeMarks, forEachMark, type Stamp} from '../../../src/core/store/marks.js';

/** A folder string's marks as a list, with the count of entries that could not be read. */
function decodeMarks(text: string): {entries: [string, Stamp][]; bad: number} {
	const entries: [string, Stamp][] = [];
	const bad = forEachMark(text, (name, stamp) => entries.push([name, stamp]));
	return {entries, bad};
}

describe('encodeMarks / decodeMarks', () => {
	it('writes time-sorted base-36 deltas, tombstones with "!"', () => {
		const text = encodeMarks([
			['b', 1_700_000_100],
			['a', 1_700_000_000],
			['c', -1_700_000_136],
		]);
		expect(text).toBe(`a:${(1_700_000_000).toString(36)},b:2s,c!10`);
		expect(decodeMarks(text)).toEqual({
			entries: [
				['a', 1_700_000_000],
				['b', 1_700_000_100],
				['c', -1_700_000_136],
			],
			bad: 0,
		});
	});

	it('escapes the separators inside names', () => {
		const text = encodeMarks([['x,y:z!w%25', 5]]);
		expect(text).toBe('x%2Cy%3Az%21w%2525:5');
		expect(decodeMarks(text).entries).toEqual([['x,y:z!w%25', 5]]);
	});

	it('drops a malformed entry and keeps the others', () => {
		expect(decodeMarks('a:5,garbage,b:%zz:1,c:2,d:-4,e:1')).toEqual({
			entries: [
				['a', 5],
				['c', 7],
				['e', 8],
			],
			bad: 3,
		});
		expect(decodeMarks('')).toEqual({entries: [], bad: 0});
		expect(decodeMarks('zero:0').bad).toBe(1);
	});

	it('round-trips any names and stamps', () => {
		const stamp = fc.integer({min: 1, max: 2 ** 40}).chain(t => fc.constantFrom(t, -t));
		fc.assert(
			fc.property(fc.uniqueArray(fc.tuple(fc.string(), stamp), {selector: ([name]) => name}), entries => {
				const decoded = decodeMarks(encodeMarks(entries));
				expect(decoded.bad).toBe(0);
				const sort = (list: readonly (readonly [string, number])[]): string[] => list.map(e => JSON.stringify(e)).sort();
				expect(sort(decoded.entries)).toEqual(sort(entries));
			}),
		);
	});
});

const UNESCAPES: Record<string, string> = {'%25': '%', '%2C': ',', '%3A': ':', '%21': '!'};

/** `%` starts one of four escapes; anything else after a `%` makes the name unreadable. */
function unescapeByTable(name: string): string | null {
	let valid = true;
	const out = name.replace(/%(?:..)?/g, seq => {
		const plain = UNESCAPES[seq];
		if (plain === undefined) valid = false;
		return plain ?? seq;
	});
	return valid ? out : null;
}

/**
 * The grammar as it was first written, with a regular expression: `name:delta` or `name!delta`, the
 * name free of `:` and `!`, the delta 1 to 11 base-36 digits. The scanner must read every text the same.
 */
function decodeByPattern(text: string): {entries: [string, number][]; bad: number} {
	const entries: [string, number][] = [];
	let bad = 0;
	let time = 0;
	if (text === '') return {entries, bad};
	for (const part of text.split(',')) {
		const match = /^([^:!]*)([:!])([0-9a-z]{1,11})$/.exec(part);
		const delta = match ? Number.parseInt(match[3]!, 36) : Number.NaN;
		if (!match || !Number.isSafeInteger(time + delta)) {
			bad++;
			continue;
		}
		time += delta;
		const name = unescapeByTable(match[1]!);
		if (name === null || time === 0) {
			bad++;
			continue;
		}
		entries.push([name, match[2] === ':' ? time : -time]);
	}
	return {entries, bad};
}

describe('decodeMarks reads what the pattern reads', () => {
	it("for any text over the format's characters", () => {
		const text = fc.stringMatching(/^[a-c0-9:!,%A-Z-]{0,40}$/);
		fc.assert(
			fc.property(text, t => {
				expect(decodeMarks(t)).toEqual(decodeByPattern(t));
			}),
			{numRuns: 2000},
		);
	});

	it('for long and huge deltas, and names with escapes', () => {
		for (const t of ['a:zzzzzzzzzzz', 'a:zzzzzzzzzz,b:1', 'a:1,b:0000000000001', 'a%2C:5,b%zz:1,c:2', 'x:1,,y:2,', ',', ':1', 'a:', 'a:B1']) {
			expect(decodeMarks(t)).toEqual(decodeByPattern(t));
		}
	});
});
