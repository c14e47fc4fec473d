import {isNarrow} from './narrow.js';
import {cellWidth, graphemes} from './wrap.js';

/** Cuts text to at most `width` cells, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (cellWidth(text) <= width) return text;
	// One cell per character: no segmenting (most titles, and every row drawn on a key press).
	if (isNarrow(text)) return `${text.slice(0, width - 1)}…`;
	let out = '';
	let used = 0;
	for (const {segment} of graphemes(text)) {
		const w = cellWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
}

/** Pads text with spaces to exactly `width` cells (cutting it first when too wide). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** Places `left` and `right` on one line of `width` cells; `left` gives way when space is short. */
export function spread(left: string, right: string, width: number): string {
	const rightWidth = cellWidth(right);
	if (rightWidth >= width) return truncate(right, width);
	return `${fit(left, width - rightWidth - 1)} ${right}`;
}
