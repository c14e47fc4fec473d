/**
 * Finding a pattern in an article as it is laid out: plain text (never a regular expression),
 * case-insensitive unless the pattern has a capital (vim's smartcase, less -i), over the lines at the
 * current width. The lines of one block are searched as one run of text joined by a space, so a
 * phrase that wraps onto the next line is still found.
 */
import type {StyledLine} from '../layout/index.js';

/** A block's place, as the layout keeps one for each line. */
interface Start {
	readonly block: number;
}

/** A piece of a match on one line: character offsets into the line's text (its segments joined). */
interface MatchPiece {
	readonly line: number;
	readonly start: number;
	readonly end: number;
}

/** One match: a piece per line it covers (two when it wraps), the first piece first. */
export interface FindMatch {
	readonly line: number;
	readonly pieces: readonly MatchPiece[];
}

/**
 * Whether the pattern is matched with case (it has a capital letter), as vim's smartcase decides.
 * @internal Tests use it; the program does not.
 */
export function caseSensitive(pattern: string): boolean {
	return pattern !== pattern.toLowerCase();
}

/** Lowers case one UTF-16 unit at a time, so offsets in the folded text are offsets in the original. */
function fold(text: string): string {
	const whole = text.toLowerCase();
	// Almost always the same length, so the same offsets; one letter that lowers to two (İ) takes the slow way.
	if (whole.length === text.length) return whole;
	let out = '';
	for (const char of text) {
		const lower = char.toLowerCase();
		out += lower.length === char.length ? lower : char;
	}
	return out;
}

/** The searched text and, for each of its characters, the line and offset it came from (-1: a joiner). */
interface Haystack {
	readonly text: string;
	readonly lines: Int32Array;
	readonly offsets: Int32Array;
}

function haystack(lines: readonly StyledLine[], starts: readonly Start[]): Haystack {
	const parts: string[] = [];
	const lineOf: number[] = [];
	const offsetOf: number[] = [];
	for (const [i, line] of lines.entries()) {
		const text = line.map(segment => segment.text).join('');
		const continued = i > 0 && text !== '' && starts[i]?.block === starts[i - 1]?.block && lines[i - 1]?.length !== 0;
		// A wrapped line's hanging indent is not text: the break it continues is one space.
		const skip = continued ? text.length - text.trimStart().length : 0;
		const joiner = i === 0 ? '' : continued ? ' ' : '\n';
		if (joiner) {
			parts.push(joiner);
			lineOf.push(-1);
			offsetOf.push(-1);
		}
		parts.push(text.slice(skip));
		for (let at = skip; at < text.length; at++) {
			lineOf.push(i);
			offsetOf.push(at);
		}
	}
	return {text: parts.join(''), lines: Int32Array.from(lineOf), offsets: Int32Array.from(offsetOf)};
}

/** Cuts a match of the haystack into its pieces, one per line, leaving out the joiners. */
function pieces(hay: Haystack, from: number, to: number): MatchPiece[] {
	const out: MatchPiece[] = [];
	for (let at = from; at < to; at++) {
		const line = hay.lines[at] ?? -1;
		const offset = hay.offsets[at] ?? -1;
		if (line < 0) continue;
		const last = out[out.length - 1];
		if (last && last.line === line && last.end === offset) out[out.length - 1] = {...last, end: offset + 1};
		else out.push({line, start: offset, end: offset + 1});
	}
	return out;
}

/**
 * Every match of `pattern` in the lines, top to bottom, not overlapping. `starts` are the layout's
 * places of the lines (only their block numbers are read). An empty pattern matches nothing.
 * @internal Tests use it; the program does not.
 */
export function findMatches(lines: readonly StyledLine[], starts: readonly Start[], pattern: string): FindMatch[] {
	if (pattern === '') return [];
	const hay = haystack(lines, starts);
	const exact = caseSensitive(pattern);
	const text = exact ? hay.text : fold(hay.text);
	const needle = exact ? pattern : fold(pattern);
	const matches: FindMatch[] = [];
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
		const found = pieces(hay, at, at + needle.length);
		const first = found[0];
		if (first) matches.push({line: first.line, pieces: found});
	}
	return matches;
}

let memo: {lines: readonly StyledLine[]; pattern: string; matches: readonly FindMatch[]} | null = null;

/** `findMatches`, remembered for the last layout and pattern: every frame and key asks again. */
export function matchesIn(lines: readonly StyledLine[], starts: readonly Start[], pattern: string): readonly FindMatch[] {
	if (memo && memo.lines === lines && memo.pattern === pattern) return memo.matches;
	const matches = findMatches(lines, starts, pattern);
	memo = {lines, pattern, matches};
	return matches;
}
