import {describe, expect, it} from 'vitest';
import {formatDate, formatDateTime, formatShortDate, localToEpoch, parseLongDate, parseNumericDate, relativeTime} from '../../../src/core/article/dates.js';
import {parseArticle} from '../../../src/core/article/parse.js';
import {NOW} from '../../helpers/bundled.js';

describe('parseNumericDate: DD/MM or MM/DD', () => {
	it.each([
		['the seed: 4 Sep 2016 is a Sunday, 9 Apr is not', 'Sun, 04/09/2016 - 13:32', '2016-09-04T13:32', false],
		['the same digits on a Saturday mean 9 April', 'Sat, 04/09/2016 - 13:32', '2016-04-09T13:32', false],
		['the MM/DD article: 11 March 2025 is a Tuesday', 'Tue, 03/11/2025 - 08:45', '2025-03-11T08:45', false],
		['the same digits on a Monday mean 3 November', 'Mon, 03/11/2025 - 08:45', '2025-11-03T08:45', false],
		['a full weekday name', 'Sunday, 04/09/2016 - 13:32', '2016-09-04T13:32', false],
		['day over 12: only DD/MM is a date', '25/12/2020 - 08:00', '2020-12-25T08:00', false],
		['day over 12: only MM/DD is a date', '12/25/2020 - 08:00', '2020-12-25T08:00', false],
		['only one reading valid, weekday not needed', 'Fri, 12/25/2020', '2020-12-25T00:00', false],
		['day and month equal', '04/04/2016 - 09:05', '2016-04-04T09:05', false],
		['leap day', '29/02/2020', '2020-02-29T00:00', false],
		['comma before the time, no weekday', '04/09/2016, 13:32', '2016-09-04T13:32', true],
		['en dash before the time', 'Sun, 04/09/2016 – 7:05', '2016-09-04T07:05', false],
	])('%s', (_name, text, iso, ambiguous) => {
		expect(parseNumericDate(text)).toMatchObject({iso, ambiguous});
	});

	it('without a weekday, two valid readings give DD/MM, marked ambiguous', () => {
		expect(parseNumericDate('05/07/2023 - 10:00')).toEqual({
			iso: '2023-07-05T10:00',
			ambiguous: true,
			problem: 'day and month order is ambiguous; read as DD/MM',
		});
	});

	it('a weekday that fits neither reading gives DD/MM, marked ambiguous', () => {
		// 4 Sep 2016 was a Sunday and 9 Apr 2016 a Saturday.
		expect(parseNumericDate('Wed, 04/09/2016 - 13:32')).toEqual({
			iso: '2016-09-04T13:32',
			ambiguous: true,
			problem: 'weekday "Wed" fits neither DD/MM nor MM/DD; read as DD/MM',
		});
	});

	it('a weekday that fits both readings cannot decide either, and says so', () => {
		// 1 June 2016 and 6 January 2016 were both Wednesdays.
		expect(parseNumericDate('Wed, 01/06/2016')).toEqual({
			iso: '2016-06-01T00:00',
			ambiguous: true,
			problem: 'weekday "Wed" fits both DD/MM and MM/DD; read as DD/MM',
		});
	});

	it.each([
		['31/02 is no date either way', '31/02/2020'],
		['30/02', '30/02/2020 - 10:00'],
		['29/02 outside a leap year', '29/02/2021'],
		['day zero', '00/05/2020'],
		['13/13', '13/13/2020'],
		['hour 24', '04/09/2016 - 24:00'],
		['minute 60', '04/09/2016 - 23:60'],
		['ISO form', '2016-09-04'],
		['words', 'yesterday'],
		['empty', ''],
	])('rejects %s', (_name, text) => {
		expect(parseNumericDate(text)).toBeNull();
	});

	it('the parser carries dateAmbiguous through', () => {
		const article = parseArticle('T\n\nBody.\n\nLast update: 05/07/2023 - 10:00', {id: 't'});
		expect(article).toMatchObject({updated: '2023-07-05T10:00', dateAmbiguous: true});
		expect(parseArticle('T\n\nBody.\n\nLast update: Wed, 05/07/2023 - 10:00', {id: 't'})).toMatchObject({updated: '2023-07-05T10:00', dateAmbiguous: false});
	});
});

describe('parseLongDate', () => {
	it.each([
		['Saturday, September 10, 2016 - 00:57', '2016-09-10T00:57'],
		['Tuesday, March 5, 2024 - 09:15', '2024-03-05T09:15'],
		['September 10, 2016', '2016-09-10T00:00'],
		['Sept. 10, 2016', '2016-09-10T00:00'],
		['10 September 2016', '2016-09-10T00:00'],
		['Saturday, 10 September 2016 - 00:57', '2016-09-10T00:57'],
	])('%s', (text, iso) => {
		expect(parseLongDate(text)).toBe(iso);
	});

	it.each(['February 30, 2020', 'Feb 29, 2021', 'Smarch 3, 2020', 'September 10, 2016 - 25:00', '04/09/2016', ''])('rejects %j', text => {
		expect(parseLongDate(text)).toBeNull();
	});
});

describe('formatting and relative time', () => {
	it('formats for display', () => {
		expect(formatDateTime('2016-09-04T13:32')).toBe('2016-09-04 13:32');
		expect(formatDate('2016-09-04T13:32')).toBe('2016-09-04');
		// Eight cells, with a month name: no order to guess, as there was in `16-09-04`; the year
		// when it is not the current one, so a list newest first does not look out of order.
		const in2016 = new Date(2016, 11, 31, 12).getTime();
		expect(formatShortDate('2016-09-04T13:32', in2016)).toBe('   4 Sep');
		expect(formatShortDate('2016-12-25T08:00', in2016)).toBe('  25 Dec');
		expect(formatShortDate('2015-12-25T08:00', in2016)).toBe('Dec 2015');
		expect(formatShortDate('2016-09-04T13:32', new Date(2017, 0, 1, 12).getTime())).toBe('Sep 2016');
		expect(localToEpoch('2016-09-04T13:32')).toBe(new Date(2016, 8, 4, 13, 32).getTime());
	});

	it.each([
		['2026-11-26T00:00', 'just now'],
		['2026-11-25T23:59', '1 minute ago'],
		['2026-11-25T23:15', '45 minutes ago'],
		['2026-11-25T22:00', '2 hours ago'],
		['2026-11-25T00:00', '1 day ago'],
		['2026-11-20T00:00', '6 days ago'],
		['2026-11-12T00:00', '2 weeks ago'],
		['2026-10-27T00:00', '1 month ago'],
		['2016-09-04T13:32', '10 years ago'],
		['2026-11-26T01:00', 'in 1 hour'],
		['2026-11-29T00:00', 'in 3 days'],
	])('%s relative to 2026-11-26 00:00 is %j', (iso, expected) => {
		expect(relativeTime(iso, NOW)).toBe(expected);
	});

	it('less than a minute either way is just now', () => {
		expect(relativeTime('2026-11-26T00:00', NOW + 59_000)).toBe('just now');
		expect(relativeTime('2026-11-26T00:00', NOW - 59_000)).toBe('just now');
	});
});
