import type {QuoteSpan} from './types.js';

/*
 * Quote detection: which quotation marks open and close a quotation, and which look-alikes do not.
 *
 * Accepted conventions
 * - Double quotations in straight `"…"` or curly `“…”` marks (a straight mark may close a curly one
 *   and the reverse: sources mix them). An opening mark stands at the start of the paragraph or after
 *   a space or opening punctuation and is followed by a non-space; a closing mark follows a non-space
 *   and is followed by the end, a space or punctuation.
 * - A quotation may run across paragraphs: the opening mark is repeated at the start of each new
 *   paragraph and the closing mark appears only at the end of the last one.
 * - A quotation inside a quotation (`“He said ‘wait’ and left”`, `"it was 'a miracle' on air"`) is part
 *   of the outer one; it is not reported separately.
 * - Single quotations in `‘…’` or `'…'` only when clearly a quotation: at the top level (not inside a
 *   double quotation), the opening mark after a space, start or opening punctuation and before a letter,
 *   the closing mark after a non-space and not followed by a letter or digit, in the same paragraph,
 *   and at least two letters between them.
 *
 * Rejected look-alikes
 * - Apostrophes inside or at the end of words: `We're`, `Syria's`, `Syria’s`, `players’`, `rock ’n’ roll`
 *   (the mark sits between letters, or cannot open because it follows a letter).
 * - Elided years and words: `'90s`, `’em` (an opening mark followed by a digit, or nothing closes it).
 * - Inch and foot marks: `5' 11"`, `12"` (a mark after a digit never opens; after `5' 11` it never closes).
 * - Unbalanced marks: an opening mark that nothing closes, and a closing mark with nothing open.
 * - A comparison or arrow such as `>=` is not a quote mark at all: only the marks above are considered.
 */

const OPEN_DOUBLE = new Set(['"', '“', '„']);
const CLOSE_DOUBLE = new Set(['"', '”']);
const OPENING_PUNCTUATION = new Set(['(', '[', '{', '—', '–', '-', '/', '«', '¿', '¡']);
const INCH_MARK = /\d+\s?['’′]\s?\d+$/;

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function canOpen(text: string, i: number): boolean {
	const before = text[i - 1];
	const after = text[i + 1];
	const leftOk = before === undefined || isSpace(before) || OPENING_PUNCTUATION.has(before);
	return leftOk && !isSpace(after);
}

function canClose(text: string, i: number): boolean {
	return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** A mark after digits such as `5' 11"` is an inch mark: it neither opens nor closes. */
function isInchMark(text: string, i: number): boolean {
	return text[i] === '"' && INCH_MARK.test(text.slice(Math.max(0, i - 12), i));
}

function startsWithOpeningDouble(paragraph: string): boolean {
	const first = paragraph[0];
	return first !== undefined && OPEN_DOUBLE.has(first) && canOpen(paragraph, 0);
}

/** Positions of the characters matching `marks` in [from, to): the loops visit marks, not every character. */
function* positions(text: string, marks: RegExp, from: number, to: number): Generator<number> {
	const re = new RegExp(marks.source, 'g');
	re.lastIndex = from;
	for (let match = re.exec(text); match && match.index < to; match = re.exec(text)) yield match.index;
}

const SINGLE_OPEN_MARKS = /['‘]/;
const SINGLE_CLOSE_MARKS = /['’]/;
const DOUBLE_MARKS = /["“”„]/;

/** Finds single-quoted quotations in the stretch [from, to) of `text`, outside any double quotation. */
function singleQuotes(text: string, from: number, to: number): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let after = from;
	for (const i of positions(text, SINGLE_OPEN_MARKS, from, to)) {
		if (i < after || !canOpen(text, i) || !/\p{L}/u.test(text[i + 1] ?? '')) continue;
		for (const j of positions(text, SINGLE_CLOSE_MARKS, i + 2, to)) {
			if (!canClose(text, j)) continue;
			const letters = text.slice(i + 1, j).match(/\p{L}/gu)?.length ?? 0;
			if (letters >= 2) spans.push({start: i, end: j + 1});
			after = j + 1;
			break;
		}
	}
	return spans;
}

/**
 * Finds the quotations in a run of paragraphs. Returns, for each paragraph, its spans (offsets in
 * UTF-16 code units, marks included, end exclusive), in order and never overlapping.
 */
export function findQuotes(paragraphs: readonly string[]): QuoteSpan[][] {
	const result: QuoteSpan[][] = paragraphs.map(() => []);
	// A quotation carried over from earlier paragraphs: where each of its pieces started.
	let pending: {readonly pieces: {paragraph: number; start: number}[]} | null = null;

	for (const [p, text] of paragraphs.entries()) {
		let open: number | null = null;
		let topLevelFrom = 0;
		const spans = result[p] ?? [];
		if (pending) {
			pending.pieces.push({paragraph: p, start: 0});
			open = 0;
		}
		for (const i of positions(text, DOUBLE_MARKS, pending ? 1 : 0, text.length)) {
			const ch = text[i] ?? '';
			if (isInchMark(text, i)) continue;
			if (open === null && OPEN_DOUBLE.has(ch) && canOpen(text, i)) {
				spans.push(...singleQuotes(text, topLevelFrom, i));
				open = i;
			} else if (open !== null && CLOSE_DOUBLE.has(ch) && canClose(text, i)) {
				if (pending) {
					for (const piece of pending.pieces.slice(0, -1)) {
						const whole = paragraphs[piece.paragraph] ?? '';
						result[piece.paragraph]?.push({start: piece.start, end: whole.length});
					}
					pending = null;
				}
				spans.push({start: open, end: i + 1});
				open = null;
				topLevelFrom = i + 1;
			}
		}
		if (open === null) {
			spans.push(...singleQuotes(text, topLevelFrom, text.length));
			continue;
		}
		const next = paragraphs[p + 1];
		if (next !== undefined && startsWithOpeningDouble(next)) {
			pending ??= {pieces: [{paragraph: p, start: open}]};
			continue;
		}
		// Nothing closes it: the opening mark was a stray; look for single quotations after it instead.
		pending = null;
		spans.push(...singleQuotes(text, topLevelFrom, text.length));
	}
	for (const spans of result) spans.sort((a, b) => a.start - b.start);
	return result;
}
