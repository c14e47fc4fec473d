/**
 * What list cache files are called: `index-<label>-<hash>.json`, the label a readable part of the
 * folder's name for whoever looks in the cache folder. Its own module, without node:crypto, for the
 * cold painter (cli/start/cold-paint.ts): loading node:crypto costs a cold start 5-10 ms before its
 * first frame, and the painter only asks whether a cache may be there.
 */
import {readdirSync} from 'node:fs';
import {basename} from 'node:path';

/** The readable part of a cache file's name for the folder at `realPath`. */
export function cacheLabel(realPath: string): string {
	return (
		basename(realPath)
			.replace(/[^A-Za-z0-9._-]/g, '_')
			.slice(0, 40) || 'root'
	);
}

/**
 * Whether `cacheDir` may hold a list cache for the folder at `realPath`: one for a folder of the same
 * name does. (A folder elsewhere with the same name gives a false yes, which only costs the cold
 * painter its frame.)
 */
export function mayHaveListCache(realPath: string, cacheDir: string): boolean {
	const prefix = `index-${cacheLabel(realPath)}-`;
	try {
		return readdirSync(cacheDir).some(name => name.startsWith(prefix) && name.endsWith('.json'));
	} catch {
		return false;
	}
}
