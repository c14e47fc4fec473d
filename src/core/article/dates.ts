import {plural} from '../text/index.js';
import type {LocalDateTime, ParsedDate} from './types.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

interface Ymd {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDate({year, month, day}: Ymd): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth;
}

/** Day of week, 0 = Sunday; computed in UTC so the local zone cannot shift it. */
function weekdayOf({year, month, day}: Ymd): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function weekdayIndex(name: string): number | null {
	const index = WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase() as (typeof WEEKDAYS)[number]);
	return index === -1 ? null : index;
}

function toIso(date: Ymd, hour: number, minute: number): LocalDateTime {
	return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}`;
}

function parseTime(text: string | undefined): readonly [number, number] | null {
	if (text === undefined) return [0, 0];
	const hour = Number(text.slice(0, text.indexOf(':')));
	const minute = Number(text.slice(text.indexOf(':') + 1));
	return hour <= 23 && minute <= 59 ? [hour, minute] : null;
}

/** The outcome of reading a numeric date, with a reason when the day/month order was a guess. */
export interface NumericDateResult extends ParsedDate {
	readonly problem: string | null;
}

const NUMERIC = /^(?:([A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-–,]?\s*(\d{1,2}:\d{2}))?$/;

/**
 * Reads `Sun, 04/09/2016 - 13:32` (weekday and time optional). Both DD/MM and MM/DD are tried:
 * when only one is a real date it wins; when both are, the weekday decides; when the weekday is
 * missing or fits neither or both, DD/MM (the source's convention) is taken and the result is `ambiguous`.
 */
export function parseNumericDate(text: string): NumericDateResult | null {
	const match = NUMERIC.exec(text.trim());
	if (!match) return null;
	const [, weekdayName, first, second, yearText, timeText] = match;
	const time = parseTime(timeText);
	if (!time) return null;
	const year = Number(yearText);
	const dayFirst: Ymd = {year, month: Number(second), day: Number(first)};
	const monthFirst: Ymd = {year, month: Number(first), day: Number(second)};
	const candidates = [dayFirst, monthFirst].filter(isValidDate);
	const [hour, minute] = time;
	const chosen = (date: Ymd, ambiguous: boolean, problem: string | null): NumericDateResult => ({
		iso: toIso(date, hour, minute),
		ambiguous,
		problem,
	});
	const [only] = candidates;
	if (!only) return null;
	if (candidates.length === 1 || first === second) return chosen(only, false, null);
	const weekday = weekdayName === undefined ? null : weekdayIndex(weekdayName);
	if (weekday === null) {
		return chosen(dayFirst, true, 'day and month order is ambiguous; read as DD/MM');
	}
	const fitting = candidates.filter(date => weekdayOf(date) === weekday);
	if (fitting.length === 1 && fitting[0]) return chosen(fitting[0], false, null);
	const fit = fitting.length === 0 ? 'fits neither DD/MM nor MM/DD' : 'fits both DD/MM and MM/DD';
	return chosen(dayFirst, true, `weekday "${weekdayName}" ${fit}; read as DD/MM`);
}

const LONG = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s*[-–,]?\s*(\d{1,2}:\d{2}))?$/;
const LONG_DAY_FIRST = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:\s*[-–,]?\s*(\d{1,2}:\d{2}))?$/;

function monthIndex(name: string): number | null {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
	return index === -1 ? null : index + 1;
}

/** Reads a long-form date: `Saturday, September 10, 2016 - 00:57` or `10 September 2016`. */
export function parseLongDate(text: string): LocalDateTime | null {
	const trimmed = text.trim();
	const monthFirst = LONG.exec(trimmed);
	const dayFirst = monthFirst ? null : LONG_DAY_FIRST.exec(trimmed);
	const monthName = monthFirst?.[1] ?? dayFirst?.[2];
	const dayText = monthFirst?.[2] ?? dayFirst?.[1];
	const yearText = monthFirst?.[3] ?? dayFirst?.[3];
	if (monthName === undefined || dayText === undefined || yearText === undefined) return null;
	const month = monthIndex(monthName);
	const time = parseTime(monthFirst?.[4] ?? dayFirst?.[4]);
	if (month === null || !time) return null;
	const date: Ymd = {year: Number(yearText), month, day: Number(dayText)};
	return isValidDate(date) ? toIso(date, time[0], time[1]) : null;
}

/** `2016-09-04T13:32` as `2016-09-04 13:32` for display. */
export function formatDateTime(iso: LocalDateTime): string {
	return iso.replace('T', ' ');
}

/** `2016-09-04T13:32` as `2016-09-04`, for lists. */
export function formatDate(iso: LocalDateTime): string {
	return iso.slice(0, 10);
}

/**
 * A date in eight cells for narrow lists: `   4 Sep` in the year of `now`, `Sep 2016` in another.
 * Cutting the century (`16-09-04`) read as either day or year first; a month name cannot be misread,
 * and a list sorted newest first that shows no year looked out of order across years.
 */
export function formatShortDate(iso: LocalDateTime, now: number): string {
	const name = MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
	const month = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
	const year = iso.slice(0, 4);
	if (year !== String(new Date(now).getFullYear())) return `${month} ${year}`;
	return `${Number(iso.slice(8, 10))} ${month}`.padStart(8);
}

/**
 * Local date-time text to epoch milliseconds in the local zone (articles carry no zone).
 * @internal Tests use it; the program does not.
 */
export function localToEpoch(iso: LocalDateTime): number {
	const [date = '', time = '00:00'] = iso.split('T');
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	const [hh = 0, mm = 0] = time.split(':').map(Number);
	return new Date(y, m - 1, d, hh, mm).getTime();
}

const UNITS = [
	['year', 365 * 24 * 3600e3],
	['month', 30 * 24 * 3600e3],
	['week', 7 * 24 * 3600e3],
	['day', 24 * 3600e3],
	['hour', 3600e3],
	['minute', 60e3],
] as const;

/** "10 years ago", "in 3 days", "just now": whole units, rounded down, relative to `now`. */
export function relativeTime(iso: LocalDateTime, now: number): string {
	const delta = now - localToEpoch(iso);
	const size = Math.abs(delta);
	for (const [unit, ms] of UNITS) {
		const count = Math.floor(size / ms);
		if (count >= 1) {
			const phrase = plural(count, unit);
			return delta >= 0 ? `${phrase} ago` : `in ${phrase}`;
		}
	}
	return 'just now';
}
