/**
 * File chores around the store file: moving a damaged file aside, removing what killed writers left
 * behind, keeping the file private, and saying in a few words why a write failed.
 */
import {chmodSync, copyFileSync, existsSync, readdirSync, renameSync, statSync, unlinkSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {errnoWords} from '../../core/text/index.js';

/** The mode of the store file: reading history is private. */
export const FILE_MODE = 0o600;

/** Removes `<file>.tmp-*` (conf's atomic writes cut short by a kill) and `<file>.lock.stale-*`. */
export function removeLeftovers(file: string): readonly string[] {
	const base = basename(file);
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dirname(file));
	} catch {
		return removed;
	}
	for (const name of names) {
		if (!name.startsWith(`${base}.tmp-`) && !name.startsWith(`${base}.lock.stale-`)) continue;
		try {
			unlinkSync(join(dirname(file), name));
			removed.push(name);
		} catch {
			// Gone already, or not ours to remove: either way nothing is lost.
		}
	}
	return removed;
}

/**
 * A free `<file>.corrupt-<time>` name; the time has no `:` so the name is valid everywhere.
 * @internal Tests use it; the program does not.
 */
export function asideName(file: string, now: number): string {
	const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
	let candidate = `${file}.corrupt-${stamp}`;
	for (let n = 2; existsSync(candidate); n++) candidate = `${file}.corrupt-${stamp}-${n}`;
	return candidate;
}

/** Moves a damaged file aside; returns the new file name (without folder). */
export function moveAside(file: string, now: number): string {
	const target = asideName(file, now);
	renameSync(file, target);
	return basename(target);
}

/** Copies a file aside before a repair drops part of it; returns the copy's name (without folder). */
export function copyAside(file: string, now: number): string {
	const target = asideName(file, now);
	copyFileSync(file, target);
	chmodSync(target, FILE_MODE);
	return basename(target);
}

/** Puts the file back to 0600 if something (conf, a user, another tool) changed its mode. */
export function ensurePrivate(file: string): void {
	if ((statSync(file).mode & 0o777) !== FILE_MODE) chmodSync(file, FILE_MODE);
}

/** The words of codes that mean something particular for the store file; the rest are the shared table's. */
function storeWords(code: unknown): string | undefined {
	if (code === 'ENOENT') return 'the folder does not exist';
	if (code === 'EISDIR') return 'the store file is a folder';
	return errnoWords(code);
}

/** A few words for why a file operation failed; an error the table does not know gives its first line. */
export function describeError(error: unknown): string {
	const words = storeWords((error as NodeJS.ErrnoException | null)?.code);
	if (words !== undefined) return words;
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? message;
}
