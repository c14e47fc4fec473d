/**
 * Checks on what the terminal shows and on the raw bytes the app sent, shared by the e2e tests.
 * Each returns the problems it found (empty when all is well), so a failure names every bad row.
 */
import stringWidth from 'string-width';
import type {PtyProcess} from '../helpers/pty.js';

/** Rows that overflowed: xterm marks a row `isWrapped` when the text before it ran past the edge. */
export function overflowingRows(p: PtyProcess): string[] {
	const buffer = p.terminal.buffer.active;
	const problems: string[] = [];
	for (let y = 0; y < p.terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		const text = line?.translateToString(true) ?? '';
		if (line?.isWrapped) problems.push(`row ${y} continues row ${y - 1}: ${text}`);
		if (stringWidth(text) > p.terminal.cols) problems.push(`row ${y} is ${stringWidth(text)} wide: ${text}`);
	}
	return problems;
}

// CUP with a row (ESC[H, ESC[5H, ESC[5;1H), a line feed, and DECSTBM (set or reset) regions.
const MOVES = /\x1b\[(\d*)(?:;\d*)?H|\n|\x1b\[(?:(\d+);(\d+))?r/g;

/**
 * Follows the cursor's row through the raw output and reports anything that would draw past the last
 * row: an address beyond it, a scroll region beyond it, or text run off it with a line feed (which
 * scrolls the screen). A line feed right after the cursor was put on the bottom margin, with no text
 * between (a CR from the tty's ONLCR aside), is a deliberate scroll (`ind`, as the differ scrolls), and
 * at a region's bottom margin the cursor stays. Rows are only known after the first cursor address, as
 * at start the cursor is wherever the shell left it.
 */
export function drawsPastLastRow(raw: string, rows: number): string[] {
	const problems: string[] = [];
	let row: number | undefined;
	let margin = rows;
	let moveEnd = -1;
	for (const match of raw.matchAll(MOVES)) {
		const [text, cup, top, bottom] = match;
		const deliberate = moveEnd >= 0 && /^\r*$/.test(raw.slice(moveEnd, match.index));
		moveEnd = match.index + text.length;
		if (text === '\n') {
			if (row === undefined) continue;
			if (row === margin && deliberate) continue;
			if (row >= rows) problems.push(`line feed on the last row at byte ${match.index}`);
			if (row !== margin) row++;
		} else if (text.endsWith('r')) {
			if (Number(bottom ?? rows) > rows || Number(top ?? 1) < 1) problems.push(`scroll region ${top};${bottom} outside ${rows} rows`);
			margin = Number(bottom ?? rows);
			row = 1; // DECSTBM homes the cursor
		} else {
			row = cup === '' || cup === undefined ? 1 : Number(cup);
			if (row > rows) problems.push(`cursor addressed to row ${row} of ${rows}`);
		}
	}
	return problems;
}
