/**
 * Feed dates: RFC 822 (RSS: `Sun, 04 Sep 2016 13:32:00 +0200`, `GMT`, `EST`, two-digit years) and
 * RFC 3339 (Atom, JSON Feed: `2016-09-04T13:32:00Z`, `+02:00`, fractions), turned into the local
 * `YYYY-MM-DDTHH:MM` every article date uses. Written out rather than `Date.parse`, which reads
 * almost anything (`"1"` is a date to V8) and whose legacy formats differ between engines.
 */
import type {LocalDateTime} from '../article/index.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822's named zones (section 5.1) and the common extras, as minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
	UT: 0,
	UTC: 0,
	GMT: 0,
	Z: 0,
	EST: -300,
	EDT: -240,
	CST: -360,
	CDT: -300,
	MST: -420,
	MDT: -360,
	PST: -480,
	PDT: -420,
	CET: 60,
	CEST: 120,
	BST: 60,
};

const RFC822 = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/;

/** Minutes east of UTC for `+0200`, `-05:00`, `Z` or a named zone; an unknown name reads as UTC. */
function zoneOffset(zone: string | undefined): number {
	if (zone === undefined) return 0;
	const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
	if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
	return ZONES[zone.toUpperCase()] ?? 0;
}

/** Epoch ms for the fields, or null when any is out of range (31 February, 25:00). */
function toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): number | null {
	if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
	return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
}

/**
 * Reads an RFC 822 or RFC 3339 date as epoch milliseconds; null when it is neither. A date without
 * a zone (both RFCs require one) reads as UTC, as does an unknown zone name; a date alone is midnight.
 * @internal Tests use it; the program does not.
 */
export function feedDateEpoch(text: string): number | null {
	const trimmed = text.trim();
	const iso = RFC3339.exec(trimmed);
	if (iso) {
		const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
		return toEpoch(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), zoneOffset(zone));
	}
	const rfc = RFC822.exec(trimmed);
	if (!rfc) return null;
	const [, d, monthName = '', y = '', h, mi, s = '0', zone] = rfc;
	const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
	if (month === 0) return null;
	// RFC 822 allowed two-digit years; RFC 2822 reads 00-49 as 20xx and 50-99 as 19xx.
	const year = y.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y);
	return toEpoch(year, month, Number(d), Number(h), Number(mi), Number(s), zoneOffset(zone));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Epoch milliseconds as local `YYYY-MM-DDTHH:MM`.
 * @internal Tests use it; the program does not.
 */
export function toLocalDateTime(epoch: number): LocalDateTime {
	const date = new Date(epoch);
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How far ahead of `now` a date may be before it is taken for a mistake: a day covers any zone slip. */
const FUTURE_SLACK = 24 * 3600e3;

/**
 * A feed's date as local time, or null when missing or unreadable. A date more than a day after
 * `now` is clamped to `now`: a feed that dates an item next year would otherwise keep it at the
 * top of a newest-first list for a year, and dropping the date would sink a new item to the bottom.
 */
export function feedDate(text: string | undefined, now: number): {readonly epoch: number; readonly local: LocalDateTime} | null {
	if (text === undefined) return null;
	const epoch = feedDateEpoch(text);
	if (epoch === null) return null;
	const kept = epoch > now + FUTURE_SLACK ? now : epoch;
	return {epoch: kept, local: toLocalDateTime(kept)};
}
