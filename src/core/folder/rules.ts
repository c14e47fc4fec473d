/**
 * Which names in an article folder are articles, and the words used when a file is skipped.
 * Pure, so the walker, the reader and any check script give the same answers.
 */
import {errnoWords} from '../text/index.js';

/**
 * Files bigger than this are not articles and are skipped unread: no article is 5 MB, and a device or a
 * log file must not be read whole. The walk, the list reads and the body reads all keep to it.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Dot-files and dot-folders (editor swap files, `.git`) are never articles. */
export function isHidden(name: string): boolean {
	return name.startsWith('.');
}

/** An article is a visible `*.txt` file other than a README (the folder's own documentation). */
export function isArticleName(name: string): boolean {
	if (isHidden(name) || !/\.txt$/i.test(name)) return false;
	return name.slice(0, -4).toLowerCase() !== 'readme';
}

/**
 * Whether a name that cannot be used is worth reporting: article names, and names with no
 * extension (likely folders). A dead link called `notes.md` is none of the reader's business.
 */
export function isWorthReporting(name: string): boolean {
	if (isHidden(name)) return false;
	return isArticleName(name) || !/\.[^./]+$/.test(name);
}

/** Whether `path` is `root` or lies below it; both must be absolute, normalised real paths. */
export function isInside(root: string, path: string, separator = '/'): boolean {
	if (path === root) return true;
	const prefix = root.endsWith(separator) ? root : root + separator;
	return path.startsWith(prefix);
}

/** The fields of a stat result that name a file's kind. */
export interface KindProbe {
	isFile(): boolean;
	isDirectory(): boolean;
	isSymbolicLink(): boolean;
	isFIFO(): boolean;
	isSocket(): boolean;
	isCharacterDevice(): boolean;
	isBlockDevice(): boolean;
}

/** A file's kind in words, for skip reasons. */
function kindOf(probe: KindProbe): string {
	if (probe.isFile()) return 'file';
	if (probe.isDirectory()) return 'folder';
	if (probe.isSymbolicLink()) return 'symbolic link';
	if (probe.isFIFO()) return 'FIFO';
	if (probe.isSocket()) return 'socket';
	if (probe.isCharacterDevice()) return 'character device';
	if (probe.isBlockDevice()) return 'block device';
	return 'unknown kind';
}

/** The reason for skipping anything that is not a regular file. */
export function notRegularReason(probe: KindProbe): string {
	return `not a regular file (${kindOf(probe)})`;
}

/** A byte count for people: `5 MB`, `20.5 MB`, `812 KB`, `17 bytes`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
	return `${Number(value.toFixed(1))} ${unit}`;
}

/** The reason for skipping a file over the size limit. */
export function tooLargeReason(size: number, limit: number): string {
	return `too large: ${formatBytes(size)} (limit ${formatBytes(limit)})`;
}

/** The reason for a file gone since it was listed (deleted or moved while newsterm ran). */
export const GONE_REASON = 'no longer exists';

/**
 * Words for the system errors a walk or a read meets (the shared errno table, and "no longer exists"
 * for a file gone since it was listed); anything else keeps its code.
 */
export function errorReason(error: unknown): string {
	const code = (error as {code?: unknown} | null)?.code;
	if (code === 'ENOENT') return GONE_REASON;
	const words = errnoWords(code);
	if (words !== undefined) return words;
	return typeof code === 'string' ? `cannot read (${code})` : `cannot read (${String(error)})`;
}
