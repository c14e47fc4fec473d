/**
 * Styled lines and the builder that makes them block by block, keeping for every line its place in
 * the block model (`Anchor`), so a reading place survives a change of width.
 */
import type {QuoteSpan} from '../article/index.js';
import {cellWidth, type wrapRanges} from '../text/index.js';
import type {Href} from './hrefs.js';

/** What a piece of text is; the theme in src/ui maps each to colours and attributes. */
export type Style = 'title' | 'meta' | 'body' | 'quote' | 'heading' | 'link' | 'missing' | 'teaser' | 'number';

/**
 * A run of text in one style; `link` is the 1-based link number the run belongs to, `href` the web
 * address it shows or names (drawn as an OSC 8 link where the terminal takes them).
 */
export interface Segment {
	readonly text: string;
	readonly style: Style;
	readonly link?: number;
	readonly href?: Href;
}

/** One screen row of an article. */
export type StyledLine = readonly Segment[];

/**
 * A place in an article that does not depend on the width: a block (the title, the meta line, a
 * paragraph, a heading, a link's title or its note, numbered in the order they are laid out) and a
 * character offset in that block's text.
 */
export interface Anchor {
	readonly block: number;
	readonly offset: number;
}

/** A line's stretch of its block's text, as `wrapRanges` gives them. */
type Range = ReturnType<typeof wrapRanges>[number];

/** Lines with their places in the block model, built block by block. */
export class Builder {
	readonly lines: StyledLine[] = [];
	readonly starts: Anchor[] = [];
	private block = -1;
	private length = 0;
	private hrefs = 0;

	/** A new link id, unique in this layout: the pieces of one wrapped link share it. */
	hrefId(): number {
		return ++this.hrefs;
	}

	/** Adds one block: `text` cut into `ranges` (wrapped lines, or a pre block's lines), each drawn by `draw`. */
	add(text: string, ranges: readonly Range[], draw: (start: number, end: number, first: boolean) => StyledLine): void {
		this.block++;
		this.length = text.length;
		for (const [i, {start, end}] of ranges.entries()) {
			this.lines.push(draw(start, end, i === 0));
			this.starts.push({block: this.block, offset: start});
		}
	}

	/** A line outside the text (a blank line): it keeps the place of the end of the block before it. */
	blank(): void {
		this.lines.push([]);
		this.starts.push({block: Math.max(0, this.block), offset: this.length});
	}
}

/** Splits one wrapped line of a block into `style` and quote runs. */
export function styleRange(text: string, start: number, end: number, quotes: readonly QuoteSpan[], style: Style = 'body'): Segment[] {
	const segments: Segment[] = [];
	let at = start;
	for (const quote of quotes) {
		if (quote.end <= at || quote.start >= end) continue;
		if (quote.start > at) segments.push({text: text.slice(at, quote.start), style});
		const stop = Math.min(end, quote.end);
		segments.push({text: text.slice(Math.max(at, quote.start), stop), style: 'quote'});
		at = stop;
	}
	if (at < end) segments.push({text: text.slice(at, end), style});
	return segments;
}

/**
 * Prefixes each line of a block: `first` on its first line, `rest` (the same width) on the others,
 * so the text hangs. `wrap` cuts the text for the width left beside the prefix.
 */
export function prefixed(
	out: Builder,
	text: string,
	width: number,
	prefix: {readonly first: Segment; readonly rest: Segment},
	wrap: (text: string, width: number) => readonly Range[],
	draw: (start: number, end: number) => Segment[],
): void {
	const indent = cellWidth(prefix.first.text);
	out.add(text, wrap(text, Math.max(1, width - indent)), (start, end, first) => [first ? prefix.first : prefix.rest, ...draw(start, end)]);
}
