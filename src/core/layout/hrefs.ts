/**
 * Where the web addresses are in an article's text, so the view can make them OSC 8 links: the words
 * of each body link (found in order, as the HTML gave them) and every bare http(s) URL. A span's
 * pieces on several lines share one id, so a wrapped URL stays one link.
 */
import {safeExternalUrl, type WebLink} from '../article/index.js';
import type {Segment} from './builder.js';

/** A run's link target: `id` is the same for every piece of one link. */
export interface Href {
	readonly id: number;
	readonly url: string;
}

/** A stretch of a block's text that links to `url`. */
export interface HrefSpan {
	readonly start: number;
	readonly end: number;
	readonly url: string;
}

// A bare address up to the next space or character that cannot be in one; closing punctuation after
// it belongs to the sentence (`see https://a.example/x.` links `https://a.example/x`).
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
const TRAILING = /[.,;:!?)\]'"’”»]+$/;

/**
 * The bare URLs in `text` that are plain web addresses.
 * @internal Tests use it; the program does not.
 */
export function bareUrlSpans(text: string): HrefSpan[] {
	const spans: HrefSpan[] = [];
	for (const match of text.matchAll(BARE_URL)) {
		const raw = match[0].replace(TRAILING, '');
		const url = safeExternalUrl(raw);
		if (url !== null) spans.push({start: match.index, end: match.index + raw.length, url});
	}
	return spans;
}

/**
 * The spans of each paragraph: the body links' words, looked for in order from where the previous one
 * was found (the HTML gave them in reading order), and the bare URLs that do not overlap them.
 */
export function bodyHrefSpans(paragraphs: readonly string[], links: readonly WebLink[]): HrefSpan[][] {
	const spans: HrefSpan[][] = paragraphs.map(() => []);
	let p = 0;
	let from = 0;
	for (const link of links) {
		if (link.text === '' || link.text === link.url) continue;
		for (let q = p; q < paragraphs.length; q++) {
			const at = (paragraphs[q] ?? '').indexOf(link.text, q === p ? from : 0);
			if (at === -1) continue;
			spans[q]?.push({start: at, end: at + link.text.length, url: link.url});
			p = q;
			from = at + link.text.length;
			break;
		}
	}
	return spans.map((words, q) => {
		const bare = bareUrlSpans(paragraphs[q] ?? '').filter(url => !words.some(span => span.start < url.end && url.start < span.end));
		return [...words, ...bare].sort((a, b) => a.start - b.start);
	});
}

/**
 * The segments drawn for `text[start, end)` (consecutive slices of it, as styleRange gives them) split
 * where a span begins or ends, each piece inside a span carrying its href. `ids` are the spans' ids.
 */
export function withHrefs(segments: readonly Segment[], start: number, spans: readonly HrefSpan[], ids: readonly number[]): Segment[] {
	if (spans.length === 0) return [...segments];
	const out: Segment[] = [];
	let at = start;
	for (const segment of segments) {
		const end = at + segment.text.length;
		let cut = at;
		for (const [i, span] of spans.entries()) {
			if (span.end <= cut || span.start >= end) continue;
			if (span.start > cut) out.push({...segment, text: segment.text.slice(cut - at, span.start - at)});
			const stop = Math.min(end, span.end);
			out.push({...segment, text: segment.text.slice(Math.max(cut, span.start) - at, stop - at), href: {id: ids[i] ?? 0, url: span.url}});
			cut = stop;
		}
		if (cut < end) out.push({...segment, text: segment.text.slice(cut - at)});
		at = end;
	}
	return out;
}

/**
 * Where `url` lies in rows that wrapped a message ending with it (the footer's): per row, the stretch
 * of the URL on it, or null. The URL starts on the first row holding a start of it that runs to the
 * row's end, and goes on over the rows after it for as long as they continue it (a last row cut with
 * `…` links up to the cut).
 */
export function urlPieces(rows: readonly string[], url: string): ({readonly start: number; readonly end: number} | null)[] {
	let rest: string | null = null;
	return rows.map(row => {
		if (rest === null) {
			for (let at = row.indexOf(url.slice(0, 8)); at !== -1; at = row.indexOf(url.slice(0, 8), at + 1)) {
				if (!url.startsWith(row.slice(at))) continue;
				rest = url.slice(row.length - at);
				return {start: at, end: row.length};
			}
			return null;
		}
		const from = row.length - row.trimStart().length;
		let end = from;
		while (end < row.length && row[end] === rest[end - from]) end++;
		if (end === from) return null;
		rest = rest.slice(end - from);
		return {start: from, end};
	});
}
