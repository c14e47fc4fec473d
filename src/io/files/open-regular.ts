/**
 * Opening a file from a folder that may hold anything. A plain `readFile` hangs for ever on a
 * FIFO and reads `/dev/zero` until memory runs out, so every read goes through here: open without
 * blocking, check the open handle (not the path, which can change under us) is a regular file under
 * the size limit, and never read more than the limit plus one byte, whatever the size said.
 */
import {constants} from 'node:fs';
import {open, realpath, type FileHandle} from 'node:fs/promises';
import {resolve, sep} from 'node:path';
import {errorReason, formatBytes, isInside, notRegularReason, tooLargeReason} from '../../core/folder/index.js';

/** An open regular file within the limit; the caller must close `handle`. */
export type Opened =
	| {readonly ok: true; readonly handle: FileHandle; readonly size: number; readonly mtimeMs: number}
	| {readonly ok: false; readonly reason: string};

/** Limits for opening one file. */
export interface OpenLimits {
	/** Files larger than this are refused, and no more than this plus one byte is ever read. */
	readonly maxBytes: number;
	/** When set, the file's real path must lie inside this folder's real path (links included). */
	readonly root?: string;
	/**
	 * The folders on the path were just checked by a walk of `root`: open the path with O_NOFOLLOW
	 * and resolve it only when its last part is a link. Saves a realpath per file when listing
	 * 100,000 files; a folder swapped for a link after the walk is the one case not re-checked.
	 */
	readonly foldersChecked?: boolean;
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; neither flag
// exists on Windows, where there are no FIFOs to open by accident.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const realRoots = new Map<string, Promise<string>>();

function realRoot(root: string): Promise<string> {
	const key = resolve(root);
	let found = realRoots.get(key);
	if (!found) {
		found = realpath(key);
		realRoots.set(key, found);
		// A root that is missing now may appear later; only successes are remembered.
		found.catch(() => realRoots.delete(key));
	}
	return found;
}

/** Closes a handle; a failing close has nothing left to tell the reader. */
export async function closeQuietly(handle: FileHandle): Promise<void> {
	await handle.close().catch(() => undefined);
}

/**
 * Opens `path` for reading if it is a regular file within `maxBytes`. With `root`, the path is
 * resolved first and must stay inside the root, and the resolved path is opened with O_NOFOLLOW so
 * a link swapped in after the check is refused rather than followed. Never throws.
 */
export async function openRegular(path: string, limits: OpenLimits): Promise<Opened> {
	let handle: FileHandle;
	try {
		let target = path;
		let flags = READ_FLAGS;
		const direct =
			limits.root !== undefined && limits.foldersChecked === true
				? await open(path, READ_FLAGS | NO_FOLLOW).catch((error: NodeJS.ErrnoException) => {
						if (error.code === 'ELOOP' || error.code === 'EMLINK') return undefined;
						throw error;
					})
				: undefined;
		if (direct) {
			handle = direct;
		} else if (limits.root !== undefined) {
			const [root, real] = await Promise.all([realRoot(limits.root), realpath(path)]);
			if (!isInside(root, real, sep)) return {ok: false, reason: 'link points outside the folder'};
			target = real;
			flags |= NO_FOLLOW;
			handle = await open(target, flags);
		} else {
			handle = await open(target, flags);
		}
	} catch (error) {
		return {ok: false, reason: errorReason(error)};
	}
	try {
		const stats = await handle.stat();
		let reason: string | undefined;
		if (!stats.isFile()) reason = notRegularReason(stats);
		else if (stats.size > limits.maxBytes) reason = tooLargeReason(stats.size, limits.maxBytes);
		if (reason === undefined) return {ok: true, handle, size: stats.size, mtimeMs: stats.mtimeMs};
		await closeQuietly(handle);
		return {ok: false, reason};
	} catch (error) {
		await closeQuietly(handle);
		return {ok: false, reason: errorReason(error)};
	}
}

/**
 * Reads up to `length` bytes from `position`, fewer at the end of the file. A short read ends the
 * loop: for a regular file it means the end was reached.
 */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
	const buffer = new Uint8Array(length);
	let filled = 0;
	while (filled < length) {
		const {bytesRead} = await handle.read(buffer, filled, length - filled, position + filled);
		if (bytesRead === 0) break;
		filled += bytesRead;
	}
	return buffer.subarray(0, filled);
}

/**
 * Reads a whole opened file, at most `maxBytes + 1` bytes: a file that grew past the limit since
 * it was checked is refused instead of read on. A size of 0 is not trusted (procfs files report 0).
 */
export async function readAll(handle: FileHandle, size: number, maxBytes: number): Promise<{ok: true; bytes: Uint8Array} | {ok: false; reason: string}> {
	const cap = maxBytes + 1;
	let buffer = new Uint8Array(size > 0 ? Math.min(size + 1, cap) : Math.min(65_536, cap));
	let filled = 0;
	for (;;) {
		if (filled === buffer.length) {
			if (buffer.length >= cap) break;
			const grown = new Uint8Array(Math.min(buffer.length * 2, cap));
			grown.set(buffer);
			buffer = grown;
		}
		const wanted = buffer.length - filled;
		const {bytesRead} = await handle.read(buffer, filled, wanted, filled);
		filled += bytesRead;
		if (bytesRead < wanted) break;
	}
	if (filled > maxBytes) return {ok: false, reason: `too large: grew past the ${formatBytes(maxBytes)} limit while being read`};
	return {ok: true, bytes: buffer.subarray(0, filled)};
}

/**
 * The lines of an opened file as they are read, `pieceBytes` at a time, decoded as UTF-8 (bad bytes
 * become U+FFFD, as a whole-file decode would give). The first lines are handed out before the rest
 * of the file is read: a large list cache shows its first part without waiting for the rest
 * (docs/performance.md#list-cache-lines).
 * Stops after `maxBytes` (a file that grew past its checked size); the last line comes even without
 * a newline.
 */
export async function* readLines(handle: FileHandle, maxBytes: number, pieceBytes = 1 << 20): AsyncGenerator<string> {
	const decoder = new TextDecoder();
	const piece = new Uint8Array(pieceBytes);
	let pending = '';
	let position = 0;
	while (position < maxBytes) {
		const {bytesRead} = await handle.read(piece, 0, Math.min(pieceBytes, maxBytes - position), position);
		if (bytesRead === 0) break;
		position += bytesRead;
		pending += decoder.decode(piece.subarray(0, bytesRead), {stream: true});
		let newline = pending.indexOf('\n');
		if (newline === -1) continue;
		let start = 0;
		for (; newline !== -1; newline = pending.indexOf('\n', start)) {
			yield pending.slice(start, newline);
			start = newline + 1;
		}
		pending = pending.slice(start);
	}
	pending += decoder.decode();
	if (pending !== '') yield pending;
}
