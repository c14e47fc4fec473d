/**
 * What the app may legitimately send a terminal, and a check that nothing else got through. The
 * allowed set is exactly what the screen output writes (core/frame-diff and io/terminal-session):
 * anything outside it in the raw pty output came from content.
 */
import {createTerminal, writeTerminal} from '../helpers/xterm.js';

/** The app's own control sequences, each as it writes them. */
const APP_SEQUENCES: readonly RegExp[] = [
	// Scroll down: reverse indexes (ESC M) right after the region is set or the cursor put on its top
	// margin. First, while the sequence before them is still there to tell them from content.
	/(?<=\x1b\[[\d;]*[rH])(?:\x1bM)+/g,
	// Full repaint: SGR reset, home, clear. A content `CSI 2J` never has this exact prefix.
	/\x1b\[m\x1b\[H\x1b\[2J/g,
	// Alternate screen and cursor visibility (session enter and leave).
	/\x1b\[\?(?:1049|25)[hl]/g,
	// Cursor to a row, or to a row and column (a partial-row patch starts mid-row).
	/\x1b\[\d*(?:;\d+)?H/g,
	// SGR styling with numeric parameters.
	/\x1b\[[\d;]*m/g,
	// Erase to end of line.
	/\x1b\[K/g,
	// Scroll region set and reset (scrolling up is a line feed on the bottom margin, below).
	/\x1b\[(?:\d+;\d+)?r/g,
	// Row walks: CR LF, where the pty's ONLCR turns the app's CR LF into CR CR LF.
	/\r*\n/g,
	// OSC 8 links the reader makes of web addresses: its own ids, a printable-ASCII URL, ST; and their ends.
	/\x1b\]8;id=nt[\w.-]+;https?:\/\/[\x21-\x7e]+\x1b\\|\x1b\]8;;\x1b\\/g,
];

/** Characters that must never reach the terminal from content: controls, C1, bidi and invisible format characters, U+FFFD (a raw byte that was not UTF-8). */
const FORBIDDEN = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffd]/g;

/** The raw output without the reader's own OSC 8 links (APP_SEQUENCES' last): what content may never send. */
export function withoutOwnLinks(raw: string): string {
	return raw.replace(APP_SEQUENCES[APP_SEQUENCES.length - 1] ?? /$^/, '');
}

/** The raw output without the app's own sequences: what is left must be plain printable text. */
function withoutAppSequences(raw: string): string {
	return APP_SEQUENCES.reduce((text, pattern) => text.replace(pattern, ''), raw);
}

/** Each forbidden character left after removing the app's sequences, with some context. */
export function contentEscapes(raw: string): string[] {
	const rest = withoutAppSequences(raw);
	return [...rest.matchAll(FORBIDDEN)].map(match => {
		const at = match.index;
		return `U+${(match[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at ${at}: ${JSON.stringify(rest.slice(Math.max(0, at - 20), at + 20))}`;
	});
}

/** What a terminal did when fed `raw`: every title change and every OSC it parsed. */
export async function terminalEffects(raw: string, cols: number, rows: number): Promise<{readonly titles: string[]; readonly oscs: number[]}> {
	const term = createTerminal(cols, rows);
	const titles: string[] = [];
	const oscs: number[] = [];
	term.onTitleChange(title => titles.push(title));
	for (const code of [0, 1, 2, 4, 7, 8, 10, 11, 12, 52, 104, 133, 777, 1337]) {
		term.parser.registerOscHandler(code, () => {
			oscs.push(code);
			return false;
		});
	}
	await writeTerminal(term, raw);
	term.dispose();
	return {titles, oscs};
}
