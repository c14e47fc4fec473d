/**
 * Copying to the user's clipboard through the terminal (OSC 52), which works over SSH because the
 * terminal on the user's own machine does the copying. Inside tmux or GNU screen the sequence is
 * wrapped so the multiplexer passes it to the outer terminal instead of swallowing it.
 */

/**
 * Terminals refuse (xterm, kitty, iTerm2 by default) OSC 52 payloads much over 100 KB of base64.
 * @internal Tests use it; the program does not.
 */
export const CLIPBOARD_LIMIT = 100_000;

/** GNU screen takes at most 768 bytes in one DCS string: the sequence goes in pieces, as vim-oscyank sends it. */
const SCREEN_CHUNK = 76;

/**
 * Which multiplexer the sequence must pass through, from the environment as tmux and screen set it.
 * @internal Tests use it; the program does not.
 */
export function multiplexer(env: NodeJS.ProcessEnv): 'tmux' | 'screen' | null {
	if (env['TMUX']) return 'tmux';
	return (env['TERM'] ?? '').startsWith('screen') ? 'screen' : null;
}

/**
 * The bytes that put `text` on the clipboard: OSC 52 with the base64 of its UTF-8, ended by BEL
 * (an ST would end tmux's and screen's wrapper early). Null when the payload is over the limit.
 */
export function clipboardSequence(text: string, env: NodeJS.ProcessEnv): string | null {
	const payload = Buffer.from(text, 'utf8').toString('base64');
	if (payload.length > CLIPBOARD_LIMIT) return null;
	const osc = `\x1b]52;c;${payload}\x07`;
	switch (multiplexer(env)) {
		case 'tmux':
			// tmux passes a DCS `tmux;` string through with every ESC in it doubled (needs allow-passthrough on tmux 3.3 and later).
			return `\x1bPtmux;${osc.replaceAll('\x1b', '\x1b\x1b')}\x1b\\`;
		case 'screen': {
			const pieces: string[] = [];
			for (let at = 0; at < osc.length; at += SCREEN_CHUNK) pieces.push(`\x1bP${osc.slice(at, at + SCREEN_CHUNK)}\x1b\\`);
			return pieces.join('');
		}
		default:
			return osc;
	}
}

/** How many bytes of text fit the limit (base64 makes 4 of every 3): what the refusal says. */
export const CLIPBOARD_TEXT_BYTES = Math.floor(CLIPBOARD_LIMIT / 4) * 3;
