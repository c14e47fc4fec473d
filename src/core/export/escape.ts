/**
 * Markdown escaping for untrusted text: a backslash before the characters that would otherwise
 * start emphasis, code, links, HTML or, at the start of a line, a heading, a list, a quotation or a
 * rule. Characters that mean nothing where they stand (`_` inside a word, `>` mid-line) are left as
 * written, so a saved article still reads as plain text.
 */

/** Always meaningful inline: escapes, code spans, emphasis, links, HTML, GFM strikethrough and table cells. */
const INLINE = /[\\`*[\]<~|]/;
/** An entity reference (`&amp;`, `&#38;`) that a Markdown reader would decode. */
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const WORD = /[\p{L}\p{N}]/u;
/** What opens a block at the start of a line: heading, quotation, list bullet, setext underline. */
const LINE_START = /^[#>+=-]/;
/** An ordered list's marker: digits, then `.` or `)`. */
const ORDERED = /^(\d{1,9})([.)])/;

/** Escapes the inline specials of `text`; `_` only where it could open or close emphasis. */
export function escapeInline(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] ?? '';
		if (INLINE.test(ch)) out += `\\${ch}`;
		else if (ch === '_') out += WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '') ? ch : '\\_';
		else if (ch === '&' && ENTITY.test(text.slice(i))) out += '\\&';
		else out += ch;
	}
	return out;
}

/**
 * Lines whose inline specials are escaped already, each made to start as text: its leading blanks
 * dropped (four would make a code block), and a heading, quotation, list or rule marker escaped.
 */
export function escapeLineStarts(text: string): string {
	return text
		.split('\n')
		.map(line => {
			const trimmed = line.trimStart();
			return LINE_START.test(trimmed) ? `\\${trimmed}` : trimmed.replace(ORDERED, '$1\\$2');
		})
		.join('\n');
}

/** Plain text, every line of it, as Markdown that shows exactly that text. */
export function escapeText(text: string): string {
	return escapeLineStarts(escapeInline(text));
}

/** Escapes text inside a link's brackets, which sits mid-line: no line-start rules. */
export function escapeLinkText(text: string): string {
	return escapeInline(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * A URL as a Markdown link destination or autolink: spaces, angle brackets, parentheses and
 * backslashes percent-encoded, so the link ends where the URL does.
 */
export function escapeUrl(url: string): string {
	return url.replace(/[\s<>()\\`]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
export function fenceFor(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
	return '`'.repeat(Math.max(3, longest + 1));
}
