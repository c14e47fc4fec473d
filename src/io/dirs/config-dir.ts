/**
 * Where newsterm keeps what the user owns (config.toml, and the store beside it): the folder conf
 * picks for the store, so the two files always sit together.
 */
import {homedir} from 'node:os';
import {join, resolve} from 'node:path';

/**
 * The settings folder: `NEWSTERM_CONFIG_DIR`, else conf's own (env-paths): `$XDG_CONFIG_HOME/newsterm`
 * or `~/.config/newsterm` on Linux, `~/Library/Preferences/newsterm` on macOS, `%APPDATA%\newsterm\Config` on Windows.
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
	const own = env['NEWSTERM_CONFIG_DIR'];
	if (own) return resolve(own);
	if (platform === 'darwin') return join(homedir(), 'Library', 'Preferences', 'newsterm');
	if (platform === 'win32') return join(env['APPDATA'] || join(homedir(), 'AppData', 'Roaming'), 'newsterm', 'Config');
	// As env-paths takes it (a relative one too), so config.toml is always where conf puts the store.
	return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'newsterm');
}
