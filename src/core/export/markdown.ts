/**
 * An article as a Markdown file (`s`, `newsterm read --markdown`): `# title`, a line with its date,
 * author, feed and page, the body block by block (headings, lists, quotations as `>` blocks,
 * preformatted text fenced, the body's links as Markdown links), then the related headline and the
 * "More from" list. Every string from the article is sanitized again and escaped, so the file shows
 * the text as written and holds no control character (core/text's sanitizer).
 */
import {type Article, type BlockKind, formatDateTime, safeExternalUrl} from '../article/index.js';
import {sanitizeText} from '../text/index.js';
import {escapeInline, escapeLineStarts, escapeLinkText, escapeText, escapeUrl, fenceFor} from './escape.js';
import {type LinkRange, placeLinks} from './links.js';

/** Text that must stay on one line (a heading, a list item): its line breaks as spaces. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** A heading's text with a `#` at its end escaped: it would be read as the closing sequence. */
const closed = (text: string): string => text.replace(/#$/, '\\#');

/** A link as Markdown, or its words alone when its address is not a web address. */
function link(text: string, url: string): string {
	const safe = safeExternalUrl(sanitizeText(url));
	const words = sanitizeText(text).trim();
	if (safe === null) return escapeInline(words);
	return words === '' || words === safe ? `<${escapeUrl(safe)}>` : `[${escapeLinkText(words)}](${escapeUrl(safe)})`;
}

/** A block's text with its links, escaped: inline specials everywhere, block markers at line starts. */
function inline(text: string, ranges: readonly LinkRange[]): string {
	let out = '';
	let at = 0;
	for (const range of ranges) {
		out += escapeInline(sanitizeText(text.slice(at, range.start)));
		out += link(text.slice(range.start, range.end), range.url);
		at = range.end;
	}
	return escapeLineStarts(out + escapeInline(sanitizeText(text.slice(at))));
}

/** The line under the title: date, author, feed (or the folder's section), page. */
function metaLine(article: Article): string {
	const parts: string[] = [];
	if (article.updated) parts.push(escapeText(formatDateTime(sanitizeText(article.updated))));
	const origin = article.origin;
	if (origin?.author) parts.push(`by ${escapeInline(sanitizeText(origin.author))}`);
	parts.push(escapeInline(sanitizeText(origin ? origin.feed : article.section)));
	const url = origin?.url ? safeExternalUrl(sanitizeText(origin.url)) : null;
	if (url) parts.push(`<${escapeUrl(url)}>`);
	return escapeLineStarts(parts.filter(part => part !== '').join(' · '));
}

/** One block as Markdown; `listDepth` is the depth of the list item just before, or -1. */
function block(text: string, kind: BlockKind, ranges: readonly LinkRange[], listDepth: number): string {
	switch (kind.kind) {
		case 'heading':
			return `## ${closed(oneLine(inline(text, ranges)))}`;
		case 'quote':
			return inline(text, ranges)
				.split('\n')
				.map(line => (line === '' ? '>' : `> ${line}`))
				.join('\n');
		case 'item': {
			// Nested no deeper than one past the item before: four spaces with no list above make a code block.
			const depth = Math.min(kind.depth, listDepth + 1);
			const marker = /^\d+[.)]$/.test(kind.marker) ? kind.marker : '-';
			return `${'    '.repeat(depth)}${marker} ${oneLine(inline(text, ranges))}`;
		}
		case 'pre': {
			const clean = sanitizeText(text);
			const fence = fenceFor(clean);
			return `${fence}\n${clean}\n${fence}`;
		}
		default:
			return inline(text, ranges);
	}
}

/** The related headline and the "More from" list, as the reader shows them at the foot. */
function foot(article: Article, unplaced: readonly {readonly text: string; readonly url: string}[]): string[] {
	const parts: string[] = [];
	if (unplaced.length > 0) parts.push(['## Links', '', ...unplaced.map(each => `- ${escapeLineStarts(link(each.text, each.url))}`)].join('\n'));
	const related = article.related;
	if (related) {
		const date = related.date ? ` (${escapeText(formatDateTime(sanitizeText(related.date)))})` : '';
		parts.push(`Related: ${escapeInline(oneLine(sanitizeText(related.title)))}${date}`);
	}
	const more = article.more;
	if (more && more.items.length > 0) {
		const items = more.items.map(item => {
			const teaser = oneLine(sanitizeText(item.teaser));
			return `- ${escapeText(oneLine(sanitizeText(item.title)))}${teaser ? ` — ${escapeInline(teaser)}` : ''}`;
		});
		parts.push([`## More from ${escapeInline(sanitizeText(more.section))}`, '', ...items].join('\n'));
	}
	return parts;
}

/** The whole article as Markdown, ending in one line break. */
export function articleMarkdown(article: Article): string {
	const title = closed(escapeText(oneLine(sanitizeText(article.title))));
	const parts = [`# ${title || 'Untitled'}`];
	const meta = metaLine(article);
	if (meta !== '') parts.push(meta);
	const {inBlock, unplaced} = placeLinks(article);
	let listDepth = -1;
	let previous = '';
	for (const [b, text] of article.paragraphs.entries()) {
		const kind = article.blocks?.[b] ?? {kind: 'paragraph'};
		const markdown = block(text, kind, inBlock.get(b) ?? [], listDepth);
		listDepth = kind.kind === 'item' ? Math.min(kind.depth, listDepth + 1) : -1;
		if (markdown.trim() === '') continue;
		// Items of one list go on consecutive lines (a tight list); every other block stands apart.
		if (kind.kind === 'item' && previous === 'item') parts[parts.length - 1] += `\n${markdown}`;
		else parts.push(markdown);
		previous = kind.kind;
	}
	parts.push(...foot(article, unplaced));
	return `${parts.join('\n\n')}\n`;
}
