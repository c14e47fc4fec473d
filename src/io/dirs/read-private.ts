/**
 * Reading a file from the cache folder that newsterm acts on without a second look: compiled code V8
 * runs, a saved frame written straight to the terminal. A cache folder can be shared
 * (NEWSTERM_CACHE_DIR=/tmp), so such a file must be this user's own and writable by no one else,
 * checked on the open handle. Synchronous: the launcher needs both before anything else loads.
 */
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';

// O_NONBLOCK: a FIFO planted under the file's name must not hang the start.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** This user's own file, writable by no one else. (No uids on Windows: no check.) */
function ownedAndPrivate(stats: Stats): boolean {
	if (typeof process.getuid !== 'function') return true;
	return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/**
 * The bytes of `file`, or undefined when it is missing, not a regular file, over `maxBytes`, or not
 * this user's own (see ownedAndPrivate). Never throws.
 */
export function readPrivateFile(file: string, maxBytes: number): Buffer | undefined {
	let fd: number;
	try {
		fd = openSync(file, READ_FLAGS);
	} catch {
		return undefined;
	}
	try {
		const stats = fstatSync(fd);
		const size = stats.size;
		if (!stats.isFile() || size > maxBytes || !ownedAndPrivate(stats)) return undefined;
		const bytes = Buffer.allocUnsafe(size);
		let read = 0;
		while (read < size) {
			const got = readSync(fd, bytes, read, size - read, read);
			if (got === 0) break;
			read += got;
		}
		return bytes.subarray(0, read);
	} catch {
		return undefined;
	} finally {
		closeSync(fd);
	}
}
