/**
 * How dates show in lists and in an article's header, as config.toml's `date_format` asks: the
 * built-in forms, `relative` ("3 days ago"), `iso` (2016-09-04 13:32), or a pattern of `%` tokens.
 */
import {formatDate, formatDateTime, formatShortDate, relativeTime} from './dates.js';
import type {LocalDateTime} from './types.js';

/** `default`, `relative`, `iso`, or a pattern such as `%d %b %Y` (checked by core/config). */
export type DateFormat = string;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Each token and what it becomes; every one has a fixed width, so a pattern's column is straight. */
const TOKENS: Readonly<Record<string, (iso: LocalDateTime) => string>> = {
	Y: iso => iso.slice(0, 4),
	m: iso => iso.slice(5, 7),
	d: iso => iso.slice(8, 10),
	H: iso => iso.slice(11, 13) || '00',
	M: iso => iso.slice(14, 16) || '00',
	b: iso => MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? '???',
	a: iso => DAY_NAMES[new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).getUTCDay()] ?? '???',
	'%': () => '%',
};

/** The tokens a pattern may use, for config.toml's messages. */
export const DATE_TOKENS: readonly string[] = Object.keys(TOKENS).map(token => `%${token}`);

/** A pattern's tokens that newsterm does not know (`%q`), or a lone `%` at the end. */
export function unknownDateTokens(pattern: string): readonly string[] {
	return [...pattern.matchAll(/%(.?)/g)].filter(match => TOKENS[match[1] ?? ''] === undefined).map(match => match[0]);
}

/** A date by a pattern's tokens; text around them is kept as written. */
function byPattern(iso: LocalDateTime, pattern: string): string {
	return pattern.replace(/%(.)/g, (whole, token: string) => TOKENS[token]?.(iso) ?? whole);
}

/** `3 days ago` in at most eight cells, for a list's date column: `3d ago`, `11mo ago`, `now`. */
function compactRelative(iso: LocalDateTime, now: number): string {
	const words = relativeTime(iso, now);
	const match = /^(?:in )?(\d+) (year|month|week|day|hour|minute)s?( ago)?$/.exec(words);
	if (!match) return 'now';
	const unit = {year: 'y', month: 'mo', week: 'w', day: 'd', hour: 'h', minute: 'm'}[match[2] as 'year'];
	return match[3] ? `${match[1]}${unit} ago` : `in ${match[1]}${unit}`;
}

/**
 * A list's date column, `wide` from 60 columns: the built-in `2016-09-04` (`   4 Sep` narrow),
 * `relative` as `3d ago`, a pattern as written while it fits the column (8 cells narrow, 16 wide),
 * else the built-in form.
 */
export function listDate(iso: LocalDateTime, format: DateFormat, wide: boolean, now: number): string {
	if (format === 'relative') return compactRelative(iso, now).padStart(8);
	if (format !== 'default' && format !== 'iso') {
		const text = byPattern(iso, format);
		if (text.length <= (wide ? 16 : 8)) return text;
	}
	return wide ? formatDate(iso) : formatShortDate(iso, now);
}

/** The width of a list's date column for this format, so a row without a date lines up. */
export function listDateWidth(format: DateFormat, wide: boolean): number {
	return listDate('2016-09-04T13:32', format, wide, 0).length;
}

/** An article header's date parts: built-in `2016-09-04 13:32` and `10 years ago`, or the one form asked for. */
export function headerDate(iso: LocalDateTime, format: DateFormat, now: number): readonly string[] {
	if (format === 'relative') return [relativeTime(iso, now)];
	if (format === 'iso') return [formatDateTime(iso)];
	if (format === 'default') return [formatDateTime(iso), relativeTime(iso, now)];
	return [byPattern(iso, format)];
}
