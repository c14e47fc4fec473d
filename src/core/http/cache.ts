/**
 * When an answer goes stale, and when a refusing server wants to be asked again. Pure: header
 * values and a clock in, epoch milliseconds out, null when the headers say nothing usable.
 */

/** `max-age=N` (minus Age), else Expires; no-store and no-cache say nothing about freshness. */
export function freshUntil(cacheControl: string | null, expires: string | null, age: string | null, now: number): number | null {
	const directives = (cacheControl ?? '')
		.toLowerCase()
		.split(',')
		.map(part => part.trim());
	// A feed marked no-store or no-cache must be asked again each time: there is no fresh period.
	if (directives.some(d => d === 'no-store' || d === 'no-cache')) return null;
	for (const directive of directives) {
		const match = /^max-age\s*=\s*"?(\d+)"?$/.exec(directive);
		if (match) {
			const ageSeconds = age !== null && /^\d+$/.test(age.trim()) ? Number(age.trim()) : 0;
			return now + Math.max(0, Number(match[1]) - ageSeconds) * 1000;
		}
	}
	return httpDate(expires);
}

/** Retry-After as delay-seconds or an HTTP-date; a date in the past means now. */
export function retryAt(value: string | null, now: number): number | null {
	if (value === null) return null;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
	const date = httpDate(trimmed);
	return date === null ? null : Math.max(now, date);
}

/** An HTTP-date in epoch ms; only dates with a weekday or month name, so "0" or "-1" are not years. */
function httpDate(value: string | null): number | null {
	if (value === null || !/[a-z]{3}/i.test(value)) return null;
	const time = Date.parse(value);
	return Number.isNaN(time) ? null : time;
}
