/** Article text never gets wider than this, however wide the terminal: lines of prose past ~80 columns are hard to follow. */
const MAX_TEXT_WIDTH = 80;

/**
 * The text width for a terminal width: one column of margin each side, at most `max` (config.toml's
 * `text_width`; 0 is the whole terminal).
 */
export function textWidth(columns: number, max = MAX_TEXT_WIDTH): number {
	return Math.max(10, Math.min(max === 0 ? Number.POSITIVE_INFINITY : max, columns - 2));
}
