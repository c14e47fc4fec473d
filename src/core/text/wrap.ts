import stringWidth from 'string-width';
import {memoize} from './memo.js';
import {isNarrow, narrowWidth} from './narrow.js';
import {LazySegmenter, type SegmentsLike} from './segmenter.js';

/** One wrapped line as offsets into the source text (end exclusive). */
export interface LineRange {
	readonly start: number;
	readonly end: number;
}

// Ideographs, kana and hangul may break between any two characters, as in CJK typesetting.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
const segmenter = new LazySegmenter();

/** The grapheme clusters of `text`; Latin text is split without ICU (see segmenter.ts). */
export function graphemes(text: string): SegmentsLike {
	return segmenter.segment(text);
}

/** Width of text in terminal cells (CJK and emoji count two), as string-width counts it. */
export function cellWidth(text: string): number {
	return narrowWidth(text) ?? stringWidth(text);
}

/** `cellWidth`, remembered: for the frame differ and Ink's measuring, which see the same rows every frame. */
export const cachedCellWidth = memoize(cellWidth, 8192);

interface Token {
	readonly start: number;
	readonly end: number;
	readonly width: number;
	/** Cells of space before the token; a line break may replace them. A token with no gap follows a CJK one. */
	readonly gap: number;
}

/** Narrow text needs no grapheme segmentation: one cell per character, breaks only at spaces. */
function tokenizeNarrow(text: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = 0;
	for (const match of text.matchAll(/[^ ]+/g)) {
		const start = match.index;
		tokens.push({start, end: start + match[0].length, width: match[0].length, gap: start - previousEnd});
		previousEnd = start + match[0].length;
	}
	return tokens;
}

function tokenize(text: string): Token[] {
	if (isNarrow(text)) return tokenizeNarrow(text);
	const tokens: Token[] = [];
	let gap = 0;
	let wordStart = -1;
	let wordWidth = 0;
	const flush = (end: number): void => {
		if (wordStart === -1) return;
		tokens.push({start: wordStart, end, width: wordWidth, gap});
		wordStart = -1;
		wordWidth = 0;
		gap = 0;
	};
	for (const {segment, index} of graphemes(text)) {
		if (segment === ' ') {
			flush(index);
			gap += 1;
			continue;
		}
		const cjk = CJK.test(segment);
		if (cjk) flush(index);
		if (wordStart === -1) wordStart = index;
		wordWidth += cellWidth(segment);
		if (cjk) flush(index + segment.length);
	}
	flush(text.length);
	return tokens;
}

/** Splits a token wider than the line into pieces of at most `width` cells, at grapheme boundaries. */
function hardSplit(text: string, token: Token, width: number): LineRange[] {
	const pieces: LineRange[] = [];
	let start = token.start;
	let used = 0;
	for (const {segment, index} of graphemes(text.slice(token.start, token.end))) {
		const w = cellWidth(segment);
		const at = token.start + index;
		if (used + w > width && at > start) {
			pieces.push({start, end: at});
			start = at;
			used = 0;
		}
		used += w;
	}
	pieces.push({start, end: token.end});
	return pieces;
}

// A web address: it breaks after its own punctuation before it is cut mid-word (`urlSplit`).
const URL_START = /[a-z]:\/\/|^www\./i;
const URL_BREAK = /[/?&=.-]/;

/**
 * Splits a URL wider than the line after `/ ? & = - .`: each piece ends at the last such character
 * that still fits, so a reader sees whole path parts; a stretch with none is cut as `hardSplit` cuts.
 * A break character never starts a piece when the one before it could end with it.
 */
function urlSplit(text: string, token: Token, width: number): LineRange[] {
	const pieces: LineRange[] = [];
	let start = token.start;
	let used = 0;
	// The last offset (exclusive) after a break character in the current piece, and the cells up to it.
	let lastBreak = -1;
	let usedAtBreak = 0;
	for (const {segment, index} of graphemes(text.slice(token.start, token.end))) {
		const w = cellWidth(segment);
		const at = token.start + index;
		if (used + w > width && at > start) {
			// A wide character after the break could still overflow the next piece: then cut here.
			const cut = lastBreak > start && used - usedAtBreak + w <= width ? lastBreak : at;
			pieces.push({start, end: cut});
			used = cut === at ? 0 : used - usedAtBreak;
			start = cut;
			lastBreak = -1;
		}
		used += w;
		if (URL_BREAK.test(segment)) {
			lastBreak = at + segment.length;
			usedAtBreak = used;
		}
	}
	pieces.push({start, end: token.end});
	return pieces;
}

/** A token wider than the line in pieces: a URL at its punctuation, anything else at graphemes. */
function splitWide(text: string, token: Token, width: number): LineRange[] {
	return URL_START.test(text.slice(token.start, token.end)) ? urlSplit(text, token, width) : hardSplit(text, token, width);
}

/**
 * Wraps text to `width` cells. Lines break at spaces (the spaces at a break are dropped) and between
 * CJK characters; a word wider than the line is split at grapheme boundaries, except a URL, which
 * breaks after `/ ? & = - .` first (`urlSplit`). No line is wider than `width` unless a single
 * grapheme is. Every non-space character stays, in order.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
	const limit = Math.max(1, Math.floor(width));
	const lines: LineRange[] = [];
	let line: {start: number; end: number; width: number} | null = null;
	for (const token of tokenize(text)) {
		const joined = line ? line.width + token.gap + token.width : token.width;
		if (line && joined <= limit) {
			line.end = token.end;
			line.width = joined;
			continue;
		}
		if (line) lines.push({start: line.start, end: line.end});
		line = null;
		const pieces = token.width > limit ? splitWide(text, token, limit) : [{start: token.start, end: token.end}];
		const last = pieces.pop();
		// A loop: a 5 MB word splits into more pieces than push(...) takes as arguments.
		for (const piece of pieces) lines.push(piece);
		if (last) line = {start: last.start, end: last.end, width: cellWidth(text.slice(last.start, last.end))};
	}
	if (line) lines.push({start: line.start, end: line.end});
	return lines;
}

/** Wraps and returns the lines' text. */
export function wrapText(text: string, width: number): string[] {
	return wrapRanges(text, width).map(({start, end}) => text.slice(start, end));
}
