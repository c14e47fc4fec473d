/** Where the offline archive lives: data the user would miss, unlike the caches, so not under ~/.cache. */
import {homedir} from 'node:os';
import {isAbsolute, join, resolve} from 'node:path';

/** The data folder: `NEWSTERM_DATA_DIR`, else `$XDG_DATA_HOME/newsterm`, else `~/.local/share/newsterm`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
	const own = env['NEWSTERM_DATA_DIR'];
	if (own) return resolve(own);
	// The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
	const xdg = env['XDG_DATA_HOME'];
	if (xdg && isAbsolute(xdg)) return join(xdg, 'newsterm');
	return join(homedir(), '.local', 'share', 'newsterm');
}
