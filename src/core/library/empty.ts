import {plural, pluralWord, sanitizeText} from '../text/index.js';
import type {SkippedItem} from './source.js';

/** The folders in words: one by its path, several by their count and paths. */
function where(folders: readonly string[]): string {
	return folders.length === 1 ? (folders[0] ?? '') : `${folders.length} folders (${folders.join(', ')})`;
}

/** A skipped path inside one of the folders, relative to it: the folder is already named above, and a narrow screen has no room for it twice. */
function relative(path: string, folders: readonly string[]): string {
	for (const folder of folders) {
		const base = folder.endsWith('/') ? folder : `${folder}/`;
		if (path.startsWith(base)) return path.slice(base.length);
	}
	return path;
}

/**
 * What the reader shows when a finished scan found no articles: the folders it read and why nothing
 * came of them, either no `.txt` files at all or files that were all skipped (the first few with
 * their reasons, within `max` lines, so the common case, one bad file, needs no second command).
 */
export function emptyLibraryLines(folders: readonly string[], skipped: readonly SkippedItem[], max: number): string[] {
	const safe = folders.map(folder => sanitizeText(folder));
	const lines = [`No articles in ${where(safe)}`];
	if (skipped.length === 0) return [...lines, 'It holds no .txt files.'];
	lines.push(`${plural(skipped.length, 'file')} ${pluralWord(skipped.length, 'was', 'were')} skipped:`);
	const room = Math.max(1, max - lines.length);
	const shown = skipped.length > room ? skipped.slice(0, room - 1) : skipped;
	for (const item of shown) lines.push(`  ${relative(item.path, safe)}: ${item.reason}`);
	if (shown.length < skipped.length) lines.push(`  … and ${skipped.length - shown.length} more (newsterm check lists them all)`);
	return lines;
}
