/**
 * Lines of a rendered frame as the terminal will see them. The frame differ assumes it knows exactly
 * what each screen row holds, so every line is first made "screen-safe": only SGR styling and OSC 8
 * links survive, and nothing may be wider than the terminal (a too-wide line would wrap and shift
 * every row below it, leaving the differ's model of the screen wrong).
 */
import {cachedCellWidth, graphemes, isNarrow} from '../text/index.js';

// CSI (with its parameters), OSC (ended by BEL or ST), or any other two-byte escape.
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\s\S]?)/g;
const SGR = /^\x1b\[[0-9;:]*m$/;
const OSC8 = /^\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)$/;
const LINK_URI = /\x1b\]8;[^;\x07\x1b]*;([^\x07\x1b]*)/g;
// C0 and C1 controls and DEL: each one would move the cursor or change terminal state.
const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;
const HAS_CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** A terminal size in cells. */
export interface FrameSize {
	readonly rows: number;
	readonly cols: number;
}

/** Splits an Ink frame into exactly `rows` lines: extra lines are cut, missing ones are blank. */
export function splitFrame(frame: string, rows: number): string[] {
	const lines = frame === '' ? [] : frame.split('\n');
	const out = lines.slice(0, Math.max(0, rows));
	while (out.length < rows) out.push('');
	return out;
}

/** Width of a line in cells, ignoring escape sequences. */
export function lineWidth(line: string): number {
	if (isNarrow(line)) return line.length;
	const plain = line.includes('\x1b') ? line.replace(ESCAPE, '') : line;
	return isNarrow(plain) ? plain.length : cachedCellWidth(plain);
}

/**
 * What must follow a line so nothing it starts bleeds into the next write: an SGR reset when it is
 * styled, and a link end when its last OSC 8 opened a link.
 */
export function lineEnd(line: string): string {
	if (!line.includes('\x1b')) return '';
	const links = [...line.matchAll(LINK_URI)];
	const open = links.length > 0 && links[links.length - 1]?.[1] !== '';
	return open ? '\x1b[m\x1b]8;;\x1b\\' : '\x1b[m';
}

/** Bytes a string takes in UTF-8, without Buffer so this module stays pure. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** Whether every escape in the line is SGR or OSC 8 and no other control character is left. */
function isClean(line: string): boolean {
	for (const match of line.matchAll(ESCAPE)) if (!SGR.test(match[0]) && !OSC8.test(match[0])) return false;
	return !HAS_CONTROL.test(line.replace(ESCAPE, ''));
}

/**
 * Makes a line safe to print on one row of `cols` cells: keeps SGR and OSC 8, drops every other escape
 * sequence and control character, and cuts whatever would not fit (a wide character that would
 * straddle the edge is dropped whole).
 */
export function screenLine(line: string, cols: number): string {
	if (isNarrow(line)) return line.length <= cols ? line : line.slice(0, Math.max(0, cols));
	// Most lines (Ink's output of sanitised text) are already safe: check before rebuilding them.
	if (isClean(line) && lineWidth(line) <= cols) return line;
	let out = '';
	let used = 0;
	let last = 0;
	let full = false;
	const addText = (raw: string): void => {
		if (full) return;
		const text = raw.replace(CONTROLS, '');
		const width = lineWidth(text);
		if (used + width <= cols) {
			out += text;
			used += width;
			return;
		}
		if (isNarrow(text)) {
			out += text.slice(0, cols - used);
			full = true;
			return;
		}
		for (const {segment} of graphemes(text)) {
			const cell = segment.length === 1 && segment < '\x7f' ? 1 : cachedCellWidth(segment);
			if (used + cell > cols) {
				full = true;
				return;
			}
			out += segment;
			used += cell;
		}
	};
	for (const match of line.matchAll(ESCAPE)) {
		addText(line.slice(last, match.index));
		last = match.index + match[0].length;
		// Styling after the cut still matters: a closing SGR or link end keeps the reset cheap and exact.
		if (SGR.test(match[0]) || OSC8.test(match[0])) out += match[0];
	}
	addText(line.slice(last));
	return out;
}
