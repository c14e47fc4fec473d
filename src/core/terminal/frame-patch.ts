/**
 * Rewriting part of a row instead of all of it. When a list cursor moves, the header's `1/40` becomes
 * `2/40`: one cell changes, yet a whole-row rewrite sends the full width of styled padding. Here a row
 * is split into cells that each carry the SGR state in force, the unchanged leading cells are skipped
 * with a cursor move, and the rest is written from there with the state restored
 * (docs/performance.md#row-patch).
 */
import {cellWidth, graphemes, isNarrow} from '../text/index.js';

const CSI = '\x1b[';
// SGR (its parameters), an OSC 8 link (its parameters and URI: empty ends the link), any other escape, text.
const TOKEN = /\x1b\[([0-9;:]*)m|\x1b\]8;([^\x07\x1b]*)(?:\x07|\x1b\\)|\x1b[^\x1b]*|[^\x1b]+/g;
const LINK_END = '\x1b]8;;\x1b\\';

/**
 * One terminal cell (or a wide character's two) with the SGR sequences in force since the last reset
 * and the OSC 8 link it belongs to ('' for none).
 */
interface Cell {
	readonly text: string;
	readonly width: number;
	readonly sgr: string;
	readonly link: string;
}

/** A row as cells, or null when it holds an escape other than SGR and OSC 8 (rewrite it whole). */
function cells(line: string): Cell[] | null {
	const out: Cell[] = [];
	let sgr = '';
	let link = '';
	for (const match of line.matchAll(TOKEN)) {
		const token = match[0];
		if (token.startsWith('\x1b')) {
			if (match[2] !== undefined) {
				// `8;params;` with an empty URI ends the link.
				link = match[2].slice(match[2].indexOf(';') + 1) === '' ? '' : token;
				continue;
			}
			if (match[1] === undefined) return null;
			sgr = match[1] === '' || match[1] === '0' ? '' : sgr + token;
			continue;
		}
		if (isNarrow(token)) {
			for (const ch of token) out.push({text: ch, width: 1, sgr, link});
			continue;
		}
		for (const {segment} of graphemes(token)) out.push({text: segment, width: cellWidth(segment), sgr, link});
	}
	return out;
}

/**
 * Bytes that turn row `row` (0-based) from `old` into `line`, writing only from the first cell that
 * differs, or null when a whole-row rewrite is the way (nothing in common, or escapes other than SGR
 * and OSC 8). The result ends with SGR reset and no link open, as every row write must.
 */
export function patchRow(row: number, old: string, line: string): string | null {
	const before = cells(old);
	const after = cells(line);
	if (!before || !after) return null;
	let first = 0;
	let column = 0;
	while (first < after.length && first < before.length) {
		const a = after[first];
		const b = before[first];
		if (!a || !b || a.text !== b.text || a.sgr !== b.sgr || a.width !== b.width || a.link !== b.link) break;
		column += a.width;
		first++;
	}
	if (first === 0) return null;
	const oldWidth = before.reduce((sum, cell) => sum + cell.width, 0);
	const newWidth = after.reduce((sum, cell) => sum + cell.width, 0);
	if (first === after.length && first === before.length) return '';
	let out = `${CSI}${row + 1};${column + 1}H`;
	let state = '';
	// A link is opened again for the patched run, so the cells written from the middle of it stay one link.
	let link = '';
	for (const cell of after.slice(first)) {
		if (cell.link !== link) {
			out += cell.link === '' ? LINK_END : cell.link;
			link = cell.link;
		}
		if (cell.sgr !== state) {
			out += cell.sgr.startsWith(state) ? cell.sgr.slice(state.length) : `${CSI}m${cell.sgr}`;
			state = cell.sgr;
		}
		out += cell.text;
	}
	if (state !== '') out += `${CSI}m`;
	if (link !== '') out += LINK_END;
	if (newWidth < oldWidth) out += `${CSI}K`;
	return out;
}
