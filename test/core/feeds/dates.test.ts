import {describe, expect, it} from 'vitest';
import {feedDateEpoch, toLocalDateTime} from '../../../src/core/feeds/dates.js';

// Local time is the point of these dates: pin a zone with summer time (CEST +2 in September, CET +1 in winter).
process.env['TZ'] = 'Europe/Paris';

const local = (text: string): string | null => {
	const epoch = feedDateEpoch(text);
	return epoch === null ? null : toLocalDateTime(epoch);
};

describe('feed dates become local YYYY-MM-DDTHH:MM', () => {
	it.each([
		['RFC 822 with a numeric offset', 'Sun, 04 Sep 2016 13:32:00 +0200', '2016-09-04T13:32'],
		['RFC 822 in GMT', 'Sun, 04 Sep 2016 13:32:00 GMT', '2016-09-04T15:32'],
		['RFC 822 in UT', 'Sun, 04 Sep 2016 13:32:00 UT', '2016-09-04T15:32'],
		['RFC 822 in EST', 'Sun, 04 Sep 2016 13:32:00 EST', '2016-09-04T20:32'],
		['RFC 822 in PDT, lower case', 'Sun, 04 Sep 2016 13:32:00 pdt', '2016-09-04T22:32'],
		['RFC 822 with a negative offset crossing midnight', 'Sun, 04 Sep 2016 23:30:00 -0500', '2016-09-05T06:30'],
		['RFC 822 without weekday or seconds', '4 Sep 2016 13:32 +0000', '2016-09-04T15:32'],
		['RFC 822 with a full month and weekday name', 'Sunday, 04 September 2016 13:32:00 +0000', '2016-09-04T15:32'],
		['RFC 822 with a two-digit year', 'Sun, 04 Sep 16 13:32:00 +0000', '2016-09-04T15:32'],
		['RFC 822 with no zone reads as UTC', 'Sun, 04 Sep 2016 13:32:00', '2016-09-04T15:32'],
		['RFC 822 in winter (CET, +1)', 'Tue, 10 Jan 2017 08:00:00 GMT', '2017-01-10T09:00'],
		['RFC 3339 in UTC', '2016-09-04T13:32:00Z', '2016-09-04T15:32'],
		['RFC 3339 with an offset', '2016-09-04T13:32:00+02:00', '2016-09-04T13:32'],
		['RFC 3339 with a negative offset', '2016-09-04T13:32:00-05:00', '2016-09-04T20:32'],
		['RFC 3339 with a fraction', '2016-09-04T13:32:00.123456Z', '2016-09-04T15:32'],
		['RFC 3339 with a space and lower-case z', '2016-09-04 13:32:00z', '2016-09-04T15:32'],
		['RFC 3339 date only', '2016-09-04', '2016-09-04T02:00'],
		['white space around', '  2016-09-04T13:32:00Z\n', '2016-09-04T15:32'],
		['a leap second', '2016-12-31T23:59:60Z', '2017-01-01T00:59'],
	])('%s: %s', (_name, text, expected) => {
		expect(local(text)).toBe(expected);
	});

	it.each([
		['empty', ''],
		['words', 'yesterday-ish'],
		['a bare number, which Date.parse would take', '1'],
		['31 February', '2016-02-31T10:00:00Z'],
		['hour 25', 'Sun, 04 Sep 2016 25:00:00 GMT'],
		['an unknown month', 'Sun, 04 Foo 2016 13:32:00 GMT'],
		['a US-style date', '09/04/2016 13:32'],
	])('%s is not a date', (_name, text) => {
		expect(feedDateEpoch(text)).toBeNull();
	});
});
