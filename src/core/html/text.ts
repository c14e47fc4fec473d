/**
 * Text as it leaves the HTML for a block: flowing text with its white space collapsed, preformatted
 * text with its lines kept, an image's words. Each passes `sanitizeText`, so no control, escape
 * sequence or bidi override from a feed or page reaches the terminal.
 */
import {safeExternalUrl} from '../article/index.js';
import {sanitizeText} from '../text/index.js';

const NBSP = /[\u00A0\u2007\u202F]/g;
/** HTML's white space; after `sanitizeText` only spaces and line feeds are left of it. */
const RUN = /[\t\n\f\r ]+/g;
/** Columns between tab stops when a `<pre>` block's tabs are expanded. */
const TAB = 4;

/**
 * Flowing text: non-breaking spaces made plain (as for text files, so the wrapper can break there),
 * sanitized, then runs of white space made one space and the ends trimmed. Sanitizing first, so a
 * vertical tab or form feed it turns into a line break is collapsed too.
 */
export function flowText(raw: string): string {
	return sanitizeText(raw.replace(NBSP, ' ')).replace(RUN, ' ').trim();
}

/** One line's tabs as spaces to the next tab stop, so columns line up as the author set them. */
function expandTabs(line: string): string {
	if (!line.includes('\t')) return line;
	let out = '';
	for (const ch of line) out += ch === '\t' ? ' '.repeat(TAB - (out.length % TAB)) : ch;
	return out;
}

/**
 * Preformatted text: line breaks kept, tabs expanded, trailing spaces and the blank lines at either
 * end dropped (HTML drops the newline right after `<pre>` too).
 */
export function preText(raw: string): string {
	const lines = raw
		.replace(/\r\n?/g, '\n')
		.replace(NBSP, ' ')
		.split('\n')
		.map(line => sanitizeText(expandTabs(line)).replace(/[ \n]+$/, ''));
	while (lines.length > 0 && lines[0] === '') lines.shift();
	while (lines.length > 0 && lines.at(-1) === '') lines.pop();
	// sanitizeText turns a lone CR, VT or FF into a line feed: each is a line of its own then.
	return lines.join('\n');
}

/** An image as words: `[image: alt]`, or `[image]` when it has no alt text. */
export function imageText(alt: string | undefined): string {
	const words = flowText(alt ?? '');
	return words === '' ? '[image]' : `[image: ${words}]`;
}

/**
 * A 1×1 (or 0×0) image is a tracking pixel, not part of the text: feeds add one to every item.
 */
export function isPixel(attributes: Readonly<Record<string, string>>): boolean {
	const tiny = (value: string | undefined): boolean => value !== undefined && /^\s*[01](?:px)?\s*$/i.test(value);
	return tiny(attributes['width']) && tiny(attributes['height']);
}

/** `href` resolved against `base`, kept only when it is a plain http(s) address a browser may open. */
export function resolveLink(href: string | undefined, base: string): string | null {
	if (href === undefined) return null;
	const trimmed = href.trim();
	if (trimmed === '' || trimmed.startsWith('#')) return null;
	return safeExternalUrl(absolute(trimmed, base) ?? '');
}

/** `href` against `base`; an absolute `href` stands even when `base` is not a URL. */
function absolute(href: string, base: string): string | null {
	for (const attempt of [() => new URL(href, base), () => new URL(href)]) {
		try {
			return attempt().href;
		} catch {
			// Try the next reading.
		}
	}
	return null;
}
