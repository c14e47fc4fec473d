import {describe, expect, it} from 'vitest';
import {headerDate, listDate, listDateWidth, unknownDateTokens} from '../../../src/core/article/index.js';
import {localToEpoch} from '../../../src/core/article/dates.js';
import {headlineRowText, layoutArticle, textWidth} from '../../../src/core/layout/index.js';
import {makeArticle} from '../../helpers/session.js';

const ISO = '2016-09-04T13:32';
const THREE_DAYS_LATER = localToEpoch('2016-09-07T15:00');

describe('date_format in lists', () => {
	it.each([
		['default', true, '2016-09-04'],
		['default', false, '   4 Sep'],
		['iso', true, '2016-09-04'],
		['relative', true, '  3d ago'],
		['relative', false, '  3d ago'],
		['%d %b %Y', true, '04 Sep 2016'],
		// Too wide for a narrow column: the built-in short form.
		['%d %b %Y', false, '   4 Sep'],
		['%d/%m', false, '04/09'],
		['%a %H:%M', true, 'Sun 13:32'],
		['%Y%%', true, '2016%'],
	])('%s, wide %s: %s', (format, wide, expected) => {
		expect(listDate(ISO, format, wide, THREE_DAYS_LATER)).toBe(expected);
	});

	it('writes relative dates in at most eight cells, in the past and the future', () => {
		const cases = [
			['2016-09-07T14:59', '1m ago'],
			['2016-09-07T10:00', '5h ago'],
			['2015-01-01T00:00', '1y ago'],
			['2016-07-01T00:00', '2mo ago'],
			['2016-09-10T15:00', 'in 3d'],
			['2016-09-07T15:00', 'now'],
		] as const;
		for (const [iso, text] of cases) expect(listDate(iso, 'relative', true, THREE_DAYS_LATER)).toBe(text.padStart(8));
	});

	it('keeps a row without a date in line with the dated ones', () => {
		for (const format of ['default', 'relative', '%d %b %Y', '%d/%m']) {
			for (const width of [40, 80]) {
				const dated = headlineRowText('A title', ISO, '', width, THREE_DAYS_LATER, format);
				const undated = headlineRowText('A title', null, '', width, THREE_DAYS_LATER, format);
				expect(undated.indexOf('A title'), `${format} at ${width}`).toBe(dated.indexOf('A title'));
				expect(listDateWidth(format, width >= 60)).toBe(listDate(ISO, format, width >= 60, THREE_DAYS_LATER).length);
			}
		}
	});
});

describe('date_format in the article header', () => {
	it.each([
		['default', '2016-09-04 13:32 · 3 days ago'],
		['iso', '2016-09-04 13:32'],
		['relative', '3 days ago'],
		['%a %d %b %Y, %H:%M', 'Sun 04 Sep 2016, 13:32'],
	])('%s', (format, expected) => {
		expect(headerDate(ISO, format, THREE_DAYS_LATER).join(' · ')).toBe(expected);
		const article = {...makeArticle('world/a', 'World', 4), updated: ISO};
		const lines = layoutArticle(article, 60, THREE_DAYS_LATER, format).lines.map(line => line.map(segment => segment.text).join(''));
		expect(lines.find(line => line.startsWith('World'))).toBe(`World · ${expected}`);
	});

	it('finds the tokens a pattern may not use', () => {
		expect(unknownDateTokens('%Y-%m-%d %H:%M %b %a %%')).toEqual([]);
		expect(unknownDateTokens('%y %e %')).toEqual(['%y', '%e', '%']);
	});
});

describe('text_width', () => {
	it.each([
		[200, 80, 80],
		[200, 120, 120],
		[100, 120, 98],
		[200, 0, 198],
		[40, 20, 20],
		[12, 20, 10],
	])('a %i-column terminal with text_width %i lays text out %i wide', (columns, max, expected) => {
		expect(textWidth(columns, max)).toBe(expected);
	});
});
