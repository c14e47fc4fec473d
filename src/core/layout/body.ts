/**
 * An article's body for a width, block by block: paragraphs with their quotations, and for a feed
 * item's HTML also headings, block quotes behind a gutter, list items with their markers, pre
 * blocks cut (never wrapped) at the width, images, and the body's links listed with their URLs.
 */
import type {Article, BlockKind, QuoteSpan} from '../article/index.js';
import {cellWidth, graphemes, isNarrow, wrapRanges} from '../text/index.js';
import type {LayoutLink} from './article.js';
import {type Builder, prefixed, type Segment, styleRange} from './builder.js';
import {bodyHrefSpans, type HrefSpan, withHrefs} from './hrefs.js';

/** Before a quoted block's every line. ASCII, so every charset shows it (core/terminal's fitCharset). */
const GUTTER = '> ';
/** Shown in place of a pre line's last cell when the line is wider than the text. */
const CUT = '…';

/** A pre block's lines, each cut to `width` cells: `end` is where the cut falls. */
function preRanges(text: string, width: number): {start: number; end: number}[] {
	const ranges: {start: number; end: number}[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		ranges.push({start, end: start + cutAt(line, width)});
		start += line.length + 1;
	}
	return ranges;
}

/** How many UTF-16 units of `line` fit in `width` cells (all of it when it fits). */
function cutAt(line: string, width: number): number {
	if (isNarrow(line)) return Math.min(line.length, width);
	let used = 0;
	for (const {segment, index} of graphemes(line)) {
		used += cellWidth(segment);
		if (used > width) return index;
	}
	return line.length;
}

/** One pre line, with `…` for its last cell when the line goes on past the width. */
function preLine(text: string, start: number, end: number, width: number): Segment[] {
	const lineEnd = text.indexOf('\n', start);
	const cut = end < (lineEnd === -1 ? text.length : lineEnd);
	if (start === end) return [];
	if (!cut) return [{text: text.slice(start, end), style: 'body'}];
	const shown = text.slice(start, end);
	return [{text: `${shown.slice(0, cutAt(shown, width - 1))}${CUT}`, style: 'body'}];
}

/** One block of the body; `spans` are its links, drawn with hrefs (not in pre blocks, which are cut, or images). */
function block(out: Builder, text: string, kind: BlockKind, quotes: readonly QuoteSpan[], width: number, spans: readonly HrefSpan[]): void {
	const ids = spans.map(() => out.hrefId());
	const linked = (draw: (start: number, end: number) => Segment[]) => (start: number, end: number) => withHrefs(draw(start, end), start, spans, ids);
	const plain = (style: Segment['style']) =>
		out.add(
			text,
			wrapRanges(text, width),
			linked((start, end) => [{text: text.slice(start, end), style}]),
		);
	switch (kind.kind) {
		case 'paragraph':
			out.add(
				text,
				wrapRanges(text, width),
				linked((start, end) => styleRange(text, start, end, quotes)),
			);
			return;
		case 'heading':
			plain('heading');
			return;
		case 'image':
			out.add(text, wrapRanges(text, width), (start, end) => [{text: text.slice(start, end), style: 'meta'}]);
			return;
		case 'pre':
			out.add(text, preRanges(text, width), (start, end) => preLine(text, start, end, width));
			return;
		case 'quote': {
			const gutter: Segment = {text: GUTTER, style: 'quote'};
			prefixed(
				out,
				text,
				width,
				{first: gutter, rest: gutter},
				wrapRanges,
				linked((start, end) => styleRange(text, start, end, quotes, 'quote')),
			);
			return;
		}
		case 'item': {
			// Deep lists give way before the text does: the indent never takes more than half the width.
			const indent = ' '.repeat(Math.min(kind.depth * 2, Math.floor(width / 2)));
			const first = `${indent}${kind.marker} `;
			const rest = ' '.repeat(cellWidth(first));
			prefixed(
				out,
				text,
				width,
				{first: {text: first, style: 'body'}, rest: {text: rest, style: 'body'}},
				wrapRanges,
				linked((start, end) => styleRange(text, start, end, quotes)),
			);
		}
	}
}

/** The body: every block after a blank line, but the items of a list stay together. */
export function layoutBody(out: Builder, article: Article, width: number): void {
	let previous: BlockKind['kind'] | null = null;
	const spans = bodyHrefSpans(article.paragraphs, article.links ?? []);
	for (const [p, text] of article.paragraphs.entries()) {
		const kind = article.blocks?.[p] ?? {kind: 'paragraph'};
		if (!(kind.kind === 'item' && previous === 'item')) out.blank();
		block(out, text, kind, article.quotes[p] ?? [], width, kind.kind === 'pre' || kind.kind === 'image' ? [] : (spans[p] ?? []));
		previous = kind.kind;
	}
}

/**
 * The body's links under a "Links" heading, one block each: its words, then its URL, which the
 * wrapper breaks after its punctuation when it is wider than the line (core/text's urlSplit). Each is a
 * selectable link numbered from `first`; its runs carry the number so the selection shows on them.
 */
export function layoutWebLinks(out: Builder, article: Article, width: number, first: number): LayoutLink[] {
	const links = article.links ?? [];
	if (links.length === 0) return [];
	out.blank();
	out.add('Links', wrapRanges('Links', width), (start, end) => [{text: 'Links'.slice(start, end), style: 'heading'}]);
	const laid: LayoutLink[] = [];
	for (const link of links) {
		const number = first + laid.length;
		const words = link.text === link.url ? '' : `${link.text}: `;
		const line = `${words}${link.url}`;
		const top = out.lines.length;
		// The words and the URL are one link: one id for every piece on every row.
		const href = {id: out.hrefId(), url: link.url};
		out.add(line, wrapRanges(line, width), (start, end) => {
			const split = Math.max(start, Math.min(end, words.length));
			const segments: Segment[] = [];
			if (split > start) segments.push({text: line.slice(start, split), style: 'teaser', link: number, href});
			if (end > split) segments.push({text: line.slice(split, end), style: 'link', link: number, href});
			return segments;
		});
		laid.push({number, title: link.text, teaser: '', id: null, line: top, end: out.lines.length, url: link.url});
	}
	return laid;
}
