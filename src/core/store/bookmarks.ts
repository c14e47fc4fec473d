/**
 * Validation of the bookmark fields of the store file: one malformed entry is dropped, the others
 * are kept. Pure.
 */
import type {Bookmark} from '../article/index.js';
import {plural, pluralWord} from '../text/index.js';
import {decodeById} from './fields.js';

/** A bookmark with the time of its last change (seconds); `bookmark: null` records a removal. */
export interface BookmarkRecord {
	readonly id: string;
	readonly t: number;
	readonly bookmark: Bookmark | null;
}

/** Reads the `bookmarks` list; problems are appended to `problems`. */
export function decodeBookmarks(value: unknown, problems: string[]): BookmarkRecord[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		problems.push('"bookmarks" was not a list; bookmarks were reset');
		return [];
	}
	const records: BookmarkRecord[] = [];
	let bad = 0;
	for (const entry of value) {
		const record = toRecord(entry);
		if (record) records.push(record);
		else bad++;
	}
	if (bad > 0) problems.push(`${plural(bad, 'bookmark')} could not be read and ${pluralWord(bad, 'was', 'were')} dropped`);
	return records;
}

/** Reads the `unbookmarked` tombstones (`{id: seconds}`). */
export function decodeRemoved(value: unknown, problems: string[]): BookmarkRecord[] {
	return decodeById(value, 'unbookmarked', 'removed-bookmark record', problems, (id, t) => (isTime(t) ? {id, t, bookmark: null} : null));
}

function toRecord(entry: unknown): BookmarkRecord | null {
	if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
	const e = entry as Record<string, unknown>;
	const {id, title, section, updated, teaser, at, t} = e;
	if (typeof id !== 'string' || id === '' || typeof title !== 'string' || typeof section !== 'string') return null;
	if (!(updated === null || typeof updated === 'string') || typeof teaser !== 'string') return null;
	if (typeof at !== 'number' || !Number.isFinite(at)) return null;
	// Entries written before change times existed take theirs from the bookmark's own time.
	const time = t === undefined ? Math.max(1, Math.floor(at / 1000)) : t;
	if (!isTime(time)) return null;
	return {id, t: time, bookmark: {id, title, section, updated, teaser, at}};
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
