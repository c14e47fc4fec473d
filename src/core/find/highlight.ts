/**
 * The matches on the lines in the window, and a line's segments cut at their edges, so the view
 * draws a match in reverse video through the styled-line component: the untrusted text is only ever
 * cut, never given escapes of its own.
 */
import type {StyledLine} from '../layout/index.js';
import type {FindMatch} from './matches.js';

/** A stretch of a line drawn as a match; `current` is the one Enter, `n` or `N` moved to. */
export interface LineMark {
	readonly start: number;
	readonly end: number;
	readonly current: boolean;
}

/** A segment of a line with the mark it is drawn with, if any. */
export type MarkedSegment = StyledLine[number] & {readonly mark?: 'match' | 'current'};

/** The marks on lines `from` to `to` (exclusive), by line. Binary search: a long article can have thousands of matches. */
export function marksIn(matches: readonly FindMatch[], current: number | null, from: number, to: number): Map<number, LineMark[]> {
	const marks = new Map<number, LineMark[]>();
	// A match starting one line above the window can wrap into it.
	let low = 0;
	let high = matches.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((matches[mid]?.line ?? 0) < from - 1) low = mid + 1;
		else high = mid;
	}
	for (let i = low; i < matches.length; i++) {
		const match = matches[i];
		if (!match || match.line >= to) break;
		for (const piece of match.pieces) {
			if (piece.line < from || piece.line >= to) continue;
			const list = marks.get(piece.line) ?? [];
			list.push({start: piece.start, end: piece.end, current: i === current});
			marks.set(piece.line, list);
		}
	}
	return marks;
}

/** Cuts a line's segments at the marks' edges; the pieces inside a mark carry it. */
export function markSegments(line: StyledLine, marks: readonly LineMark[]): MarkedSegment[] {
	if (marks.length === 0) return [...line];
	const out: MarkedSegment[] = [];
	let at = 0;
	for (const segment of line) {
		const end = at + segment.text.length;
		let cut = at;
		for (const mark of marks) {
			if (mark.end <= cut || mark.start >= end) continue;
			if (mark.start > cut) out.push({...segment, text: segment.text.slice(cut - at, mark.start - at)});
			const stop = Math.min(end, mark.end);
			out.push({...segment, text: segment.text.slice(Math.max(cut, mark.start) - at, stop - at), mark: mark.current ? 'current' : 'match'});
			cut = stop;
		}
		if (cut < end) out.push({...segment, text: segment.text.slice(cut - at)});
		at = end;
	}
	return out;
}
