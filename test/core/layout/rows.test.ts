import {describe, expect, it} from 'vitest';
import {headlineRowText, sectionRowText, unreadRowText} from '../../../src/core/layout/rows.js';
import {headerLine} from '../../../src/core/reader/header.js';
import {cellWidth} from '../../../src/core/text/index.js';

const NOW = new Date(2026, 5, 1).getTime();
const WIDTHS = Array.from({length: 100}, (_, i) => i + 4);

// The rows' look at 20/40/80 columns is in test/ui/screens/narrow-rows.test.tsx; here, that every
// width gets a row of exactly its width (the highlighted row's bar spans it, and nothing may wrap).
describe('fitted rows are exactly as wide as the terminal', () => {
	it.each(WIDTHS)('%i columns', width => {
		expect(cellWidth(sectionRowText('Entertainment 灯会', 12, 140, width))).toBe(width - 1);
		expect(cellWidth(unreadRowText(1234, width))).toBe(width - 1);
		expect(cellWidth(headlineRowText('Lantern festival 灯会 lights up the old town 🏮', '2026-02-15T22:10', ' · Culture', width, NOW))).toBe(width - 3);
		expect(cellWidth(headlineRowText('Short', null, '', width, NOW))).toBe(width - 3);
		expect(cellWidth(headerLine('newsterm › Bookmarks', '12/140', width))).toBe(width);
	});
});

describe('a section row', () => {
	it.each([
		[3, 4, 80, / 3 of 4 unread $/],
		[0, 4, 80, / all 4 read $/],
		[0, 0, 80, /^ Tech ! HTTP 404 Not Found +no items $/],
		[0, 0, 20, /^ Tech ! HTTP 40… 0 $/],
	])('with %i unread of %i at %i columns reads %s', (unread, total, width, shape) => {
		expect(sectionRowText(total === 0 ? 'Tech ! HTTP 404 Not Found' : 'Tech', unread, total, width)).toMatch(shape);
	});
});

describe('the Unread row', () => {
	it.each([
		[80, /^ Unread {2,}1234 unread $/],
		[40, /^ Unread {2,}1234 unread $/],
		[14, /^ Unread +1234 $/],
	] as const)('at %i columns it says how many, shorter when narrow', (width, shape) => {
		expect(unreadRowText(1234, width)).toMatch(shape);
	});
});
