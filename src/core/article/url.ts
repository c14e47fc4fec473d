/**
 * Links in articles and feeds are untrusted: before one is shown as openable or handed to the
 * platform opener, it must be a plain web address and nothing else.
 */

/**
 * Controls (C0, DEL, C1), every Unicode space and line separator, format characters (bidi
 * controls, zero-width characters, tags, soft hyphen) and lone surrogates. A URL needs none of
 * them, and each one can hide what a link really points at or split it into two arguments.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}\s]/u;

/**
 * Written out, not only parsed: the URL class also reads `https:example.com` and
 * `https:\\example.com` as absolute, forms a reader cannot check by eye.
 */
const WEB_PREFIX = /^https?:\/\//i;

/**
 * The normalised `href` when `value` is an absolute `http:`/`https:` URL that is safe to hand to
 * a browser, else `null`. Rejected: other schemes (`javascript:`, `file:`, `data:`, `ftp:`, ...),
 * relative references, anything starting with `-` (an opener would read it as an option, e.g.
 * `-oProxyCommand=...`), controls, whitespace and invisible characters anywhere, and URLs with
 * a user name or password (`https://bank.example@evil.example/` shows one host and opens another).
 */
export function safeExternalUrl(value: string): string | null {
	if (typeof value !== 'string' || value.startsWith('-')) return null;
	if (FORBIDDEN.test(value) || !WEB_PREFIX.test(value)) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
	// The serialiser percent-encodes what is left, so href has no spaces or quotes; re-check anyway,
	// because this string becomes a process argument.
	return url.href.startsWith('-') || FORBIDDEN.test(url.href) ? null : url.href;
}
