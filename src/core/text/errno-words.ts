/**
 * Plain words for the system errors newsterm meets, reading articles or writing its store: one
 * table, so a code reads the same wherever it is reported. ENOENT is not here: what is missing (an
 * article that vanished, the store's folder) depends on the call, so each caller words it.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
	['EACCES', 'permission denied'],
	['EPERM', 'permission denied'],
	['ENOTDIR', 'part of the path is a file, not a folder'],
	['ELOOP', 'symlink loop'],
	['ENAMETOOLONG', 'path too long'],
	['ENXIO', 'not a regular file (socket or device)'],
	['EMFILE', 'too many open files'],
	['ENFILE', 'too many open files'],
	['ENOSPC', 'the disk is full'],
	['EDQUOT', 'the disk quota is used up'],
	['EROFS', 'the file system is read-only'],
	['EIO', 'an input/output error'],
]);

/** A few words for an error's `code` (as Node sets it), or undefined for a code not in the table. */
export function errnoWords(code: unknown): string | undefined {
	// A Map, not an object: a code such as "constructor" must not find Object's own members.
	return typeof code === 'string' ? WORDS.get(code) : undefined;
}
