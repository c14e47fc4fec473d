/**
 * The redirect rules: which statuses redirect, which are permanent, and where a Location leads.
 * Only http and https targets are followed: a feed must not send the reader to file:, data: or
 * javascript:. Loops need no detection of their own: the redirect count ends them.
 */

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Whether `status` is a redirect newsterm follows (300 and 305 are not). */
export function isRedirect(status: number): boolean {
	return REDIRECTS.has(status);
}

/** Whether a redirect says the resource moved for good, so the subscription should move too. */
export function isPermanent(status: number): boolean {
	return status === 301 || status === 308;
}

/** Whether a URL is one newsterm fetches. */
export function isWebUrl(url: URL): boolean {
	return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The next URL from a Location header, resolved against the current one, or why it cannot be followed. */
export function nextHop(location: string | null, current: string): {readonly ok: true; readonly url: URL} | {readonly ok: false; readonly reason: string} {
	if (location === null || location.trim() === '') return {ok: false, reason: 'redirect without a Location'};
	let url: URL;
	try {
		url = new URL(location.trim(), current);
	} catch {
		return {ok: false, reason: 'redirect to an invalid URL'};
	}
	return isWebUrl(url) ? {ok: true, url} : {ok: false, reason: 'redirect to a non-http URL'};
}
