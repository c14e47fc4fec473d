/**
 * OSC 8 hyperlinks: text the terminal makes clickable, `ESC ] 8 ; id=N ; URL ST text ESC ] 8 ; ; ST`.
 * The reader's own code is the only source of them: article text is sanitized before it gets here
 * (core/text), and a URL goes in only once it is a checked web address made of printable ASCII, so
 * nothing in it can end the sequence early or start another one.
 */
import {safeExternalUrl} from '../article/index.js';
import {memoize} from '../text/index.js';

/** String Terminator: what ends an OSC here (BEL would also do; ST is what the spec shows). */
const ST = '\x1b\\';
/** Ends the link in force. */
const CLOSE = `\x1b]8;;${ST}`;
/** Printable ASCII without space: a URL safeExternalUrl passed is already percent-encoded to this. */
const PRINTABLE = /^[\x21-\x7e]+$/;
/** An id names one link across its pieces; kept to letters, digits, `-` and `.` (`:` and `;` separate OSC 8's parameters). */
const ID = /^[A-Za-z0-9.-]{1,64}$/;

/**
 * The URL as it may go into an OSC 8, or null when it is not a plain http(s) address in printable ASCII.
 * @internal Tests use it; the program does not.
 */
export function hyperlinkTarget(url: string): string | null {
	const safe = safeExternalUrl(url);
	return safe !== null && PRINTABLE.test(safe) ? safe : null;
}

// Every frame draws the links on screen again: each URL is parsed once, not once per row per key.
const checkedTarget = memoize(hyperlinkTarget, 1024);

/**
 * `text` as a link to `url`, every piece with the same `id` showing as one link (a wrapped URL).
 * Plain `text` when the URL or the id does not pass, or when `text` holds an escape of its own.
 */
export function hyperlink(text: string, url: string, id: string): string {
	const target = checkedTarget(url);
	if (target === null || !ID.test(id) || text.includes('\x1b') || text === '') return text;
	return `\x1b]8;id=${id};${target}${ST}${text}${CLOSE}`;
}

/** What decides whether the reader emits links: the environment and `--no-hyperlinks`. */
interface HyperlinkSetting {
	readonly env: Readonly<Record<string, string | undefined>>;
	/** False with `--no-hyperlinks`. */
	readonly enabled: boolean;
}

/**
 * Whether to emit OSC 8 (docs/terminal-facts.md#hyperlinks). Off with `--no-hyperlinks` or
 * NO_HYPERLINKS set to anything; on with FORCE_HYPERLINK=1. Off on the Linux console, `dumb`, the
 * vt100 family and GNU screen (a TERM of screen* outside tmux), which show the sequence's text or
 * drop the link; on everywhere else, since a terminal without OSC 8 ignores an OSC it does not know.
 */
export function hyperlinksSupported({env, enabled}: HyperlinkSetting): boolean {
	if (!enabled || (env['NO_HYPERLINKS'] ?? '') !== '') return false;
	if (env['FORCE_HYPERLINK'] === '1') return true;
	const term = env['TERM'] ?? '';
	if (term === '' || term === 'dumb' || term === 'linux' || /^vt\d/.test(term)) return false;
	return !(term.startsWith('screen') && (env['TMUX'] ?? '') === '');
}
