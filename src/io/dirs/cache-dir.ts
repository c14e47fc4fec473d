/**
 * Where newsterm keeps what it can always rebuild: article list caches and the compiled program. Its
 * own module because the launcher (src/runtime/launch.ts) needs it before the rest of the program is loaded.
 */
import {homedir} from 'node:os';
import {isAbsolute, join, resolve} from 'node:path';

/** The cache folder: `NEWSTERM_CACHE_DIR`, else `$XDG_CACHE_HOME/newsterm`, else `~/.cache/newsterm`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const own = env['NEWSTERM_CACHE_DIR'];
	if (own) return resolve(own);
	// The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg && isAbsolute(xdg)) return join(xdg, 'newsterm');
	return join(homedir(), '.cache', 'newsterm');
}
