import fc from 'fast-check';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {compareNames} from '../../../src/core/library/compare-names.js';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('compareNames', () => {
	it.each([
		[
			['World', 'business', 'Culture', 'arts'],
			['arts', 'business', 'Culture', 'World'],
		],
		[
			['Zeta', 'Économie', 'Ecology', 'eau'],
			['eau', 'Ecology', 'Économie', 'Zeta'],
		],
		[
			['Sport', 'sport', 'SPORT'],
			['SPORT', 'Sport', 'sport'],
		],
		[
			['Öl', 'Ol', 'Oz', 'Ža', 'Za'],
			['Ol', 'Öl', 'Oz', 'Za', 'Ža'],
		],
		[
			['Tech 2', 'Tech 10', 'Tech'],
			['Tech', 'Tech 2', 'Tech 10'],
		],
		[
			['Section 10', 'Section 9', 'Section 1', 'Section 20', 'Section 2'],
			['Section 1', 'Section 2', 'Section 9', 'Section 10', 'Section 20'],
		],
		[
			['a1', 'a01', 'a001b', 'a1a', 'a2'],
			['a01', 'a1', 'a1a', 'a001b', 'a2'],
		],
		[
			['x9y', 'x10', 'x9', 'x-1', 'x 1'],
			['x 1', 'x-1', 'x9', 'x9y', 'x10'],
		],
		[
			['2024 review', '99 problems', 'Zoo', '100 days'],
			['99 problems', '100 days', '2024 review', 'Zoo'],
		],
	])('sorts %j as %j', (names, sorted) => {
		expect([...names].sort(compareNames)).toEqual(sorted);
	});

	it('is a total order: the sorted result does not depend on the order names come in', () => {
		const name = fc.stringMatching(/^[A-Za-zÉéÖöŽž 0-9&-]{0,6}$/);
		// Digits are frequent, so runs of them (with leading zeros) meet each other often.
		fc.assert(
			fc.property(fc.uniqueArray(name, {maxLength: 12}), fc.infiniteStream(fc.nat()), (names, picks) => {
				const shuffled = [...names];
				for (let i = shuffled.length - 1; i > 0; i--) {
					const j = picks.next().value % (i + 1);
					[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
				}
				expect([...shuffled].sort(compareNames)).toEqual([...names].sort(compareNames));
				for (const a of names) for (const b of names) expect(Math.sign(compareNames(a, b))).toBe(-Math.sign(compareNames(b, a)) || 0);
			}),
		);
	});

	it('leaves ICU alone for ASCII names (no collator, no normaliser)', () => {
		const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
		const normalize = vi.spyOn(String.prototype, 'normalize');
		expect(['World', 'Business', 'Culture'].sort(compareNames)).toEqual(['Business', 'Culture', 'World']);
		expect(localeCompare).not.toHaveBeenCalled();
		expect(normalize).not.toHaveBeenCalled();
		expect(['Ñandú', 'Arts', 'Ocean'].sort(compareNames)).toEqual(['Arts', 'Ñandú', 'Ocean']);
		expect(normalize).toHaveBeenCalled();
	});
});
