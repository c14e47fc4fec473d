/**
 * Whether the terminal can take the full-screen reader: a tty is not enough when TERM says it cannot
 * move the cursor (Emacs' shell-mode, CI logs, `script` without a TERM).
 */

/**
 * True when TERM names a terminal the reader can draw on. `dumb` cannot address the cursor (less
 * refuses it too). An empty or missing TERM is refused as well, as ncurses programs (htop, vim's
 * terminfo lookup) fail on it, since nothing says what the terminal understands; except on Windows,
 * whose consoles set no TERM and all take the VT sequences the reader sends.
 */
export function drawableTerm(term: string | undefined, platform: NodeJS.Platform = process.platform): boolean {
	if (term === undefined || term === '') return platform === 'win32';
	return term !== 'dumb';
}
