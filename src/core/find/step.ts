/**
 * Moving between matches as less and vim do: Enter goes to the first match at or after the top line,
 * `n` and `N` to the next and previous, wrapping round the ends with a notice.
 */
import type {FindMatch} from './matches.js';

/** Where a move landed: the match's index, and whether it went round an end of the article. */
interface MatchStep {
	readonly index: number;
	readonly wrapped: boolean;
}

/**
 * The first match on line `line` or below it, else the first of all (wrapped). Null when there are none.
 * @internal Tests use it; the program does not.
 */
export function firstFrom(matches: readonly FindMatch[], line: number): MatchStep | null {
	if (matches.length === 0) return null;
	const index = matches.findIndex(match => match.line >= line);
	return index === -1 ? {index: 0, wrapped: true} : {index, wrapped: false};
}

/**
 * The match after (1) or before (-1) match `current`, going round the ends; with no current match,
 * the first at or after `line` (forward) or the last before it (back).
 * @internal Tests use it; the program does not.
 */
export function stepFrom(matches: readonly FindMatch[], current: number | null, line: number, delta: 1 | -1): MatchStep | null {
	const count = matches.length;
	if (count === 0) return null;
	if (current === null || current >= count) {
		if (delta === 1) return firstFrom(matches, line);
		let index = -1;
		for (const [i, match] of matches.entries()) if (match.line < line) index = i;
		return index === -1 ? {index: count - 1, wrapped: true} : {index, wrapped: false};
	}
	const next = current + delta;
	if (next >= count) return {index: 0, wrapped: true};
	if (next < 0) return {index: count - 1, wrapped: true};
	return {index: next, wrapped: false};
}

/**
 * What the footer says when a move went round an end, in vim's words.
 * @internal Tests use it; the program does not.
 */
export function wrapNotice(delta: 1 | -1): string {
	return delta === 1 ? 'search hit BOTTOM, continuing at TOP' : 'search hit TOP, continuing at BOTTOM';
}

/**
 * The top line that shows a match: the same scroll when its line is already in the window (vim),
 * else the match's line at the top (less).
 * @internal Tests use it; the program does not.
 */
export function scrollFor(match: FindMatch, scroll: number, height: number): number {
	const last = match.pieces[match.pieces.length - 1]?.line ?? match.line;
	return match.line >= scroll && last < scroll + height ? scroll : match.line;
}

/** Where a find moved to: the find with its current match, the scroll that shows it, and a notice if it went round. */
export interface FindMove {
	readonly index: number;
	readonly scroll: number;
	readonly notice: string | null;
}

/**
 * Enter (`first`: the first match at or after the top line), `n` (1) or `N` (-1) from the match
 * `current`, with the text at `scroll` in a window `height` rows high. Null when nothing matches.
 */
export function moveToMatch(matches: readonly FindMatch[], current: number | null, scroll: number, height: number, how: 'first' | 1 | -1): FindMove | null {
	const step = how === 'first' ? firstFrom(matches, scroll) : stepFrom(matches, current, scroll, how);
	const match = step ? matches[step.index] : undefined;
	if (!step || !match) return null;
	return {index: step.index, scroll: scrollFor(match, scroll, height), notice: step.wrapped ? wrapNotice(how === -1 ? -1 : 1) : null};
}
