/**
 * The bytes that turn the terminal from one frame into the next, ncurses-style: only changed rows are
 * rewritten, and a block of rows that merely moved is scrolled by the terminal (DECSTBM + line feeds or reverse indexes) so only
 * the exposed rows are drawn (docs/performance.md#frame-diff). Every line ends with the SGR back at
 * default, which is what lets any row be rewritten, erased or scrolled without styles leaking
 * between rows.
 */
import {lineEnd, lineWidth, screenLine, utf8Length, type FrameSize} from './frame-lines.js';
import {patchRow} from './frame-patch.js';
import {planScroll, type ScrollPlan} from './frame-scroll.js';

export type {FrameSize} from './frame-lines.js';

const CSI = '\x1b[';
/** Scrolls per frame: one covers a scrolled article or list, a second one a split view. */
const MAX_SCROLLS = 2;

const moveTo = (row: number): string => (row === 0 ? `${CSI}H` : `${CSI}${row + 1}H`);

/** The exact rows the terminal will show for `lines`: screen-safe and exactly `size.rows` of them. */
export function screenLines(lines: readonly string[], size: FrameSize): string[] {
	const out: string[] = [];
	for (let row = 0; row < size.rows; row++) out.push(screenLine(lines[row] ?? '', size.cols));
	return out;
}

/** Clears the screen and draws every row: for the first frame and after a resize. */
export function fullRepaint(next: readonly string[], size: FrameSize): string {
	const rows = screenLines(next, size);
	let out = `${CSI}m${CSI}H${CSI}2J`;
	let at = 0;
	let wrote = false;
	rows.forEach((line, row) => {
		if (line === '') return;
		wrote = true;
		// Walking down with CR LF is cheaper than addressing the row when the gap is small.
		const gap = row - at;
		if (gap > 0) out += Math.min(2 * gap, moveTo(row).length) === 2 * gap ? '\r\n'.repeat(gap) : moveTo(row);
		out += line + lineEnd(line);
		at = row;
	});
	return wrote ? `${out}${CSI}H` : out;
}

/**
 * The bytes for a scroll, in what every terminfo entry with `csr` also has (the Linux console, vt100,
 * vt220 have no SU/SD, `indn`/`rin`): the region (DECSTBM), then a line feed at its bottom margin per
 * line up (`ind`) or a reverse index (ESC M, `ri`) at its top margin per line down. The region is reset
 * after it, which also homes the cursor, so later rows can be addressed freely.
 * @internal Tests use it; the program does not.
 */
export function scrollSequence(plan: ScrollPlan, rows: number): string {
	const count = Math.abs(plan.shift);
	const whole = plan.top === 0 && plan.bottom === rows - 1;
	// DECSTBM homes the cursor, so a region starting on the top row needs no move to its top margin.
	const margin = plan.shift > 0 ? plan.bottom : plan.top;
	const move = whole || margin !== 0 ? moveTo(margin) : '';
	const lines = (plan.shift > 0 ? '\n' : '\x1bM').repeat(count);
	if (whole) return move + lines;
	return `${CSI}${plan.top + 1};${plan.bottom + 1}r${move}${lines}${CSI}r`;
}

/** Bytes a scroll puts on the wire: the tty's output processing (ONLCR, kept in raw mode) sends each LF as CR LF. */
const scrollCost = (plan: ScrollPlan, rows: number): number => scrollSequence(plan, rows).length + Math.max(plan.shift, 0);

/** Per-line facts for one diff, each computed once per distinct line (widths are the costly part). */
function lineFacts(): {id(line: string): number; width(line: string): number; rewriteCost(row: number, line: string, old: string): number} {
	const ids = new Map<string, number>([['', 0]]);
	const widths = new Map<string, number>([['', 0]]);
	const lengths = new Map<string, number>([['', 0]]);
	const width = (line: string): number => {
		let value = widths.get(line);
		if (value === undefined) widths.set(line, (value = lineWidth(line)));
		return value;
	};
	return {
		id(line) {
			let value = ids.get(line);
			if (value === undefined) ids.set(line, (value = ids.size));
			return value;
		},
		width,
		// Bytes to write `line` on `row` over `old`, with the erase only when the old text reaches further.
		rewriteCost(row, line, old) {
			if (line === old) return 0;
			let length = lengths.get(line);
			if (length === undefined) lengths.set(line, (length = utf8Length(line) + lineEnd(line).length));
			return moveTo(row).length + length + (width(line) < width(old) ? 3 : 0);
		},
	};
}

/**
 * The bytes that turn `prev` (what the terminal shows now, one string per row) into `next`. Without
 * `prev`, or when its row count differs, the result is a full repaint. The cursor is left at the top
 * left, where stray output can do the least harm (no pending wrap, no scroll).
 */
export function diffFrames(prev: readonly string[] | undefined, next: readonly string[], size: FrameSize): string {
	if (!prev || prev.length !== size.rows) return fullRepaint(next, size);
	const screen = screenLines(prev, size);
	const target = screenLines(next, size);
	const facts = lineFacts();
	const targetIds = target.map(facts.id);
	const blankCost = target.map((line, row) => facts.rewriteCost(row, line, ''));
	let out = '';
	for (let round = 0; round < MAX_SCROLLS; round++) {
		const plan = planScroll({
			screen: screen.map(facts.id),
			next: targetIds,
			rewriteCost: target.map((line, row) => facts.rewriteCost(row, line, screen[row] ?? '')),
			blankCost,
			overhead: candidate => scrollCost(candidate, size.rows),
		});
		if (!plan) break;
		out += scrollSequence(plan, size.rows);
		applyScroll(screen, plan);
	}
	// The row whose end the cursor sits at; unknown (never adjacent to a row) until a line is written.
	let at = -2;
	target.forEach((line, row) => {
		const old = screen[row] ?? '';
		if (line === old) return;
		const whole = (at === row - 1 ? '\r\n' : moveTo(row)) + line + lineEnd(line) + (facts.width(line) < facts.width(old) ? `${CSI}K` : '');
		const patch = patchRow(row, old, line);
		// Rows that differ only in invisible styling need nothing, and the cursor stays where it was.
		if (patch === '') return;
		out += patch !== null && utf8Length(patch) < utf8Length(whole) ? patch : whole;
		at = row;
	});
	return out === '' ? '' : `${out}${CSI}H`;
}

/** What a scroll does to the rows: the block moves and the rows it leaves behind come up blank. */
function applyScroll(screen: string[], plan: ScrollPlan): void {
	const block = screen.slice(plan.top, plan.bottom + 1);
	const count = Math.min(Math.abs(plan.shift), block.length);
	const moved =
		plan.shift > 0 ? [...block.slice(count), ...Array<string>(count).fill('')] : [...Array<string>(count).fill(''), ...block.slice(0, block.length - count)];
	screen.splice(plan.top, moved.length, ...moved);
}
