/**
 * Which saved first frame a start may paint: the same program build, arguments, terminal size and
 * the environment the frame's look depends on. The launcher works this out before anything else
 * loads, so it is plain string work, with no hashing library.
 */

/** What a start is, as far as its first frame goes. */
export interface StartFacts {
	/** The arguments after `newsterm`. */
	readonly argv: readonly string[];
	readonly cwd: string;
	readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The environment variables a first frame can depend on: colour (chalk reads TERM, COLORTERM,
 * FORCE_COLOR, NO_COLOR, CI), hyperlinks (TMUX, NO_HYPERLINKS), the charset (the locale), and where
 * newsterm keeps its files. Anything else cannot change the Sections screen.
 */
const FRAME_ENV = /^(?:NEWSTERM_|XDG_|LC_|TERM|COLORTERM$|FORCE_COLOR$|NO_COLOR$|NO_HYPERLINKS$|CI$|TMUX$|LANG$|HOME$)/;

/**
 * The start's identity: one saved frame per identity, so a terminal resized between runs replaces the
 * file instead of adding one. The working folder counts only when an argument could be a relative path.
 */
export function startIdentity({argv, cwd, env}: StartFacts): string {
	const names = Object.keys(env)
		.filter(name => FRAME_ENV.test(name) && env[name] !== undefined)
		.sort();
	const relative = argv.some(arg => !arg.startsWith('-') && !arg.startsWith('/'));
	// Inside tmux or not is what counts (hyperlinks), not which server or session: its value names them.
	return JSON.stringify({argv, cwd: relative ? cwd : null, env: names.map(name => [name, name === 'TMUX' ? 'set' : env[name]])});
}

/** FNV-1a over the string's UTF-16 units: a file name, not a check (the file holds the whole identity). */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** Saved frames' names start with this; the saver prunes by it. */
export const FRAME_FILE_PREFIX = 'frame-';

/** The saved frame's file name for `identity`, in the cache folder. */
export function frameFileName(identity: string): string {
	return `${FRAME_FILE_PREFIX}${fnv1a(identity)}.json`;
}
