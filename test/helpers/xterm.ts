/**
 * A headless xterm as the reference terminal for tests: what a real terminal would show for some bytes,
 * as text and as per-cell attributes.
 */
import xterm from '@xterm/headless';

// A CommonJS bundle: the class is a property of the default export
// (docs/terminal-facts.md#xterm-headless).
const {Terminal} = xterm;

/** The headless terminal type. */
export type HeadlessTerminal = InstanceType<typeof Terminal>;

/** A terminal of the given size with no scrollback, so only the screen matters. */
export function createTerminal(cols: number, rows: number): HeadlessTerminal {
	return new Terminal({cols, rows, scrollback: 0, allowProposedApi: true});
}

/** Writes bytes and waits until the (asynchronous) parser has applied them. */
export function writeTerminal(term: HeadlessTerminal, data: string): Promise<void> {
	return new Promise(resolve => term.write(data, resolve));
}

/** Each screen row's text, right-trimmed. */
export function screenRows(term: HeadlessTerminal): string[] {
	const buffer = term.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < term.rows; y++) rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	return rows;
}

/**
 * Each row as a string of cells with their attributes, so two screens compare by what they look like.
 * An erased cell and a written space look the same, so both read as a space.
 */
export function screenCells(term: HeadlessTerminal): string[] {
	const buffer = term.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < term.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		const cells: string[] = [];
		for (let x = 0; x < term.cols; x++) {
			const cell = line?.getCell(x);
			if (!cell) continue;
			const flags = [cell.isBold(), cell.isItalic(), cell.isDim(), cell.isUnderline(), cell.isInverse(), cell.isStrikethrough()].map(Number).join('');
			const colours = `${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}`;
			cells.push(`${cell.getChars() || ' '}|${cell.getWidth()}|${colours}|${flags}`);
		}
		rows.push(cells.join(' '));
	}
	return rows;
}

/**
 * Draws `lines` into a fresh terminal the plainest way (each row addressed, SGR and link reset before
 * it): the reference a screen built by diffs and scrolls must equal.
 */
export async function renderLines(lines: readonly string[], cols: number, rows: number): Promise<HeadlessTerminal> {
	const term = createTerminal(cols, rows);
	let out = '';
	lines.slice(0, rows).forEach((line, row) => {
		out += `\x1b[m\x1b]8;;\x1b\\\x1b[${row + 1};1H${line}`;
	});
	await writeTerminal(term, `${out}\x1b[m`);
	return term;
}
