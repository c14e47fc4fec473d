/** Article text never gets wider than this, however wide the terminal: lines of prose past ~80 columns are hard to follow. */
const MAX_TEXT_WIDTH = 80;

/** The text width for a terminal width: one column of margin each side, at most MAX_TEXT_WIDTH. */
export function textWidth(columns: number): number {
	return Math.max(10, Math.min(MAX_TEXT_WIDTH, columns - 2));
}
