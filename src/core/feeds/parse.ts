/**
 * Feed text to the one model, or a short reason it is not a feed. feedsmith detects the format
 * (RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1) and parses it; what it throws is
 * turned into words a reader can act on.
 */
import {type AnyFeed, DetectError, MalformedError, parseFeed} from 'feedsmith';
import {rawFeed} from './formats.js';
import {normalizeFeed} from './normalize.js';
import type {FeedResult} from './types.js';

/** A page a server sent instead of its feed (a login wall, an error page, the site's home). */
const HTML_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** Why text that feedsmith refused is not a feed, in a few words. */
function refusal(text: string, error: unknown): string {
	const trimmed = text.trim();
	if (trimmed === '') return 'empty';
	if (HTML_PAGE.test(trimmed)) return 'not a feed: a web page (HTML)';
	const json = trimmed.startsWith('{') || trimmed.startsWith('[');
	if (error instanceof MalformedError) {
		if (json) return 'malformed JSON';
		// A download cut short ends inside an element: the last thing is not a closing `>`.
		return trimmed.endsWith('>') ? 'malformed XML' : 'truncated XML';
	}
	if (error instanceof DetectError) {
		if (json) {
			try {
				JSON.parse(trimmed);
			} catch {
				return 'malformed JSON';
			}
		}
		return 'not a feed';
	}
	return `not a feed (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Parses the text of a feed fetched from `feedUrl` (relative links resolve against it) into a
 * `FeedDoc`, with `now` (epoch ms) as the limit for future dates. Never throws: text that is not
 * a feed gives `{ok: false, reason}` with a reason such as `empty`, `not a feed` or `truncated XML`.
 */
export function parseFeedText(text: string, feedUrl: string, now: number): FeedResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return {ok: false, reason: 'empty'};
	let parsed: AnyFeed;
	try {
		parsed = parseFeed<string>(body);
	} catch (error) {
		return {ok: false, reason: refusal(body, error)};
	}
	return {ok: true, feed: normalizeFeed(rawFeed(parsed, feedUrl), feedUrl, now)};
}
