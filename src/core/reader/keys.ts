/**
 * Turns raw terminal input into key names ('j', 'G', 'space', 'down', 'pagedown', 'shift+tab',
 * 'ctrl+c', …). Terminal replies that arrive on stdin (cursor position reports, device attributes,
 * OSC colour answers, DCS/APC strings, focus events, mouse reports, pasted text) are swallowed: they
 * are answers, not keys, and must never run a command.
 */

const CSI_FINALS: Readonly<Record<string, string>> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'shift+tab'};
const TILDE_KEYS: Readonly<Record<string, string>> = {
	'1': 'home',
	'7': 'home',
	'4': 'end',
	'8': 'end',
	'5': 'pageup',
	'6': 'pagedown',
	'2': 'insert',
	'3': 'delete',
};
const SS3_FINALS: Readonly<Record<string, string>> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end'};
const CONTROL: Record<string, string> = {
	'\r': 'return',
	'\n': 'return',
	'\t': 'tab',
	'\x7f': 'backspace',
	'\b': 'backspace',
	'\x03': 'ctrl+c',
	'\x04': 'ctrl+d',
	'\x0c': 'ctrl+l',
	'\x06': 'ctrl+f',
	'\x02': 'ctrl+b',
	'\x0e': 'ctrl+n',
	'\x10': 'ctrl+p',
	// Raw mode turns ISIG off, so Ctrl+Z arrives as a byte and not as SIGTSTP: the suspend command sends that.
	'\x1a': 'ctrl+z',
};
// Every other Ctrl+letter by its name, so config.toml can bind one; an unbound one does nothing, as before.
for (let code = 1; code <= 26; code++) CONTROL[String.fromCharCode(code)] ??= `ctrl+${String.fromCharCode(96 + code)}`;
/** 8-bit forms of CSI, OSC, DCS, APC, PM, SOS and SS3, as the 7-bit character after ESC they stand for. */
const C1_INTRODUCERS: Readonly<Record<string, string>> = {'\x9b': '[', '\x9d': ']', '\x90': 'P', '\x9f': '_', '\x9e': '^', '\x98': 'X', '\x8f': 'O'};
const PASTE_END = '\x1b[201~';
const MAX_PENDING = 4096;

/** What one escape sequence at the head of the input is: its length and the key it means, if any. */
type Scan = {readonly length: number; readonly key: string | null} | 'incomplete';

/** Finds the end of a string sequence (OSC, DCS, APC, PM, SOS): BEL or ST. */
function stringEnd(input: string, from: number): number {
	for (let i = from; i < input.length; i++) {
		const ch = input[i];
		if (ch === '\x07' || ch === '\x9c') return i + 1;
		if (ch === '\x1b' && input[i + 1] === '\\') return i + 2;
	}
	return -1;
}

function scanCsi(input: string, start: number): Scan {
	// A legacy mouse report carries three raw bytes after `ESC [ M`.
	if (input[start] === 'M') return input.length >= start + 4 ? {length: start + 4, key: null} : 'incomplete';
	let i = start;
	while (i < input.length && /[0-?]/.test(input[i] ?? '')) i++;
	while (i < input.length && /[ -/]/.test(input[i] ?? '')) i++;
	const final = input[i];
	if (final === undefined) return 'incomplete';
	if (!/[@-~]/.test(final)) return {length: i, key: null};
	const params = input.slice(start, i);
	const plain = /^[\d;]*$/.test(params);
	let key: string | null = null;
	if (plain && final === '~') key = TILDE_KEYS[params.split(';')[0] ?? ''] ?? null;
	else if (plain && (params === '' || params.startsWith('1;') || params === '1')) key = CSI_FINALS[final] ?? null;
	// Everything else (R cursor reports, c device attributes, I/O focus, t window reports, $y, u, <…M mouse) is a reply.
	return {length: i + 1, key};
}

function scanEscape(input: string): Scan {
	const introducer = input[0] === '\x1b' ? input[1] : '\x1b';
	const offset = input[0] === '\x1b' ? 2 : 1;
	const kind = input[0] === '\x1b' ? introducer : C1_INTRODUCERS[input[0] ?? ''];
	if (input[0] === '\x1b' && introducer === undefined) return {length: 1, key: 'escape'};
	if (kind === '[') return scanCsi(input, offset);
	if (kind === ']' || kind === 'P' || kind === '_' || kind === '^' || kind === 'X') {
		const end = stringEnd(input, offset);
		return end === -1 ? 'incomplete' : {length: end, key: null};
	}
	if (kind === 'O') {
		const final = input[offset];
		return final === undefined ? 'incomplete' : {length: offset + 1, key: SS3_FINALS[final] ?? null};
	}
	if (introducer === '\x1b') return {length: 1, key: 'escape'};
	// ESC followed by a character is Alt+character: not bound to anything.
	return {length: 2, key: null};
}

/** A stateful decoder: sequences split across reads are held until complete. */
export class KeyDecoder {
	private pending = '';
	private inPaste = false;

	/** Decodes one chunk of input into key names, in order. */
	push(chunk: string): string[] {
		let input = this.pending + chunk;
		this.pending = '';
		const keys: string[] = [];
		while (input.length > 0) {
			if (this.inPaste) {
				const end = input.indexOf(PASTE_END);
				if (end === -1) {
					// The end marker may be split across reads: keep a tail that could be its start.
					this.pending = input.slice(-(PASTE_END.length - 1));
					return keys;
				}
				this.inPaste = false;
				input = input.slice(end + PASTE_END.length);
				continue;
			}
			if (input.startsWith('\x1b[200~')) {
				this.inPaste = true;
				input = input.slice(6);
				continue;
			}
			const ch = input[0] ?? '';
			if (input === '\x1b') {
				// A trailing ESC may be the Escape key or the first byte of a reply split across reads:
				// hold it; the caller calls flush() after a short pause if nothing follows.
				this.pending = input;
				return keys;
			}
			if (ch === '\x1b' || C1_INTRODUCERS[ch] !== undefined) {
				const scan = scanEscape(input);
				if (scan === 'incomplete') {
					// An unfinished sequence waits for more input (bounded, so garbage cannot pile up).
					if (input.length < MAX_PENDING) this.pending = input;
					return keys;
				}
				if (scan.key) keys.push(scan.key);
				input = input.slice(scan.length);
				continue;
			}
			// The whole code point, so an emoji or other astral character is one key, not two halves.
			const code = input.codePointAt(0) ?? 0;
			const char = String.fromCodePoint(code);
			if (CONTROL[char]) keys.push(CONTROL[char]);
			else if (char === ' ') keys.push('space');
			else if (code >= 0x20 && !(code >= 0x7f && code <= 0x9f)) keys.push(char);
			input = input.slice(char.length);
		}
		return keys;
	}

	/** Whether input is held waiting for the rest of a sequence. */
	get waiting(): boolean {
		return this.pending !== '' && !this.inPaste;
	}

	/**
	 * Ends a pause in the input: a held lone ESC was the Escape key; an unfinished sequence is
	 * dropped, since a terminal sends a reply or a key's sequence in one burst.
	 */
	flush(): string[] {
		const held = this.pending;
		this.pending = '';
		return held === '\x1b' ? ['escape'] : [];
	}
}
