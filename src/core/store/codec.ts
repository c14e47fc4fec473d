/**
 * The reading store's file format: parsing, per-field validation and migration. Pure: the io layer
 * hands in text or parsed JSON and writes what `encodeFile` returns.
 *
 * Format 1: `{version: 1, read: {<folder>: <marks>}, bookmarks: [<Bookmark & {t}>],
 * unbookmarked: {<id>: <t>}, places: {<id>: {block, offset, t} | {t}}, feeds: {<key>: {url, title,
 * section, added, t} | {t}}}` plus any keys we do not know, which are kept as they are. `t` is the
 * time of the last change in whole seconds, used to merge two processes' writes (last change wins);
 * an entry that is `{t}` alone is a tombstone (the place dropped, the subscription ended).
 * `places` and `feeds` came later without a version bump: each only adds a key, which an older
 * newsterm keeps untouched as an unknown one, and a file without it loads with none.
 */
import type {Bookmark} from '../article/index.js';
import {decodeBookmarks, decodeRemoved, type BookmarkRecord} from './bookmarks.js';
import {CURRENT_VERSION, migrate} from './migrate.js';
import {decodePlaces, encodePlaces, type PlaceRecord} from './places.js';
import {decodeFeeds, encodeFeeds, type FeedRecord} from './subscriptions.js';

export type {BookmarkRecord} from './bookmarks.js';

/** The format this code writes. */
export const STORE_VERSION = CURRENT_VERSION;

/** Outcome of reading the file's text: a JSON object, or why the file is damaged as a whole. */
export type ParsedText = {readonly ok: true; readonly root: Record<string, unknown>} | {readonly ok: false; readonly reason: string};

/** Parses the file's text. A leading byte-order mark is allowed; anything but a JSON object is damage. */
export function parseStoreText(text: string): ParsedText {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return {ok: false, reason: 'it was empty'};
	let root: unknown;
	try {
		root = JSON.parse(body);
	} catch {
		return {ok: false, reason: 'it was not valid JSON'};
	}
	if (typeof root !== 'object' || root === null || Array.isArray(root)) {
		const kind = Array.isArray(root) ? 'a list' : root === null ? 'null' : `a ${typeof root}`;
		return {ok: false, reason: `it held ${kind} instead of an object`};
	}
	return {ok: true, root: root as Record<string, unknown>};
}

/** The file's content after validation; every field that was wrong is reset alone and listed in `problems`. */
export interface DecodedFile {
	/** Folder -> encoded marks (see core/store/marks.ts); entries inside are checked when merged. */
	readonly read: ReadonlyMap<string, string>;
	readonly bookmarks: readonly BookmarkRecord[];
	readonly places: readonly PlaceRecord[];
	readonly feeds: readonly FeedRecord[];
	/** Keys this version does not know, written back untouched. */
	readonly extras: Readonly<Record<string, unknown>>;
	/** Set when the file comes from a newer newsterm: then it must not be overwritten. */
	readonly newerVersion: number | null;
	readonly problems: readonly string[];
}

const KNOWN = new Set(['version', 'read', 'bookmarks', 'unbookmarked', 'places', 'feeds']);

/** Validates a parsed file field by field, migrating older formats first. */
export function decodeFile(parsed: Record<string, unknown>): DecodedFile {
	const problems: string[] = [];
	const {root, version} = migrate(parsed, problems);
	const read = new Map<string, string>();
	const rawRead = root['read'];
	if (isPlainObject(rawRead)) {
		for (const [folder, marks] of Object.entries(rawRead)) {
			if (typeof marks === 'string') read.set(folder, marks);
			else problems.push(`read marks of "${folder}" were not text and were dropped`);
		}
	} else if (rawRead !== undefined) {
		problems.push('"read" was not an object; read marks were reset');
	}
	const bookmarks = [...decodeBookmarks(root['bookmarks'], problems), ...decodeRemoved(root['unbookmarked'], problems)];
	const places = decodePlaces(root['places'], problems);
	const feeds = decodeFeeds(root['feeds'], problems);
	// A null prototype keeps a `__proto__` key in the file an ordinary key.
	const extras: Record<string, unknown> = Object.create(null);
	for (const [key, value] of Object.entries(root)) if (!KNOWN.has(key)) extras[key] = value;
	return {read, bookmarks, places, feeds, extras, newerVersion: version > STORE_VERSION ? version : null, problems};
}

/** Builds the object to write; key order is fixed so unchanged content serializes identically. */
export function encodeFile(
	read: ReadonlyMap<string, string>,
	bookmarks: Iterable<BookmarkRecord>,
	places: Iterable<PlaceRecord>,
	feeds: Iterable<FeedRecord>,
	extras: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
	const live: (Bookmark & {t: number})[] = [];
	const removed: Record<string, number> = Object.create(null);
	for (const {id, t, bookmark} of bookmarks) {
		if (bookmark) live.push({...bookmark, t});
		else removed[id] = t;
	}
	const folders = [...read.keys()].sort();
	return {
		...extras,
		version: STORE_VERSION,
		read: Object.fromEntries(folders.map(folder => [folder, read.get(folder)])),
		bookmarks: live,
		unbookmarked: removed,
		places: encodePlaces(places),
		feeds: encodeFeeds(feeds),
	};
}

/** True for `{...}` values from JSON (not arrays, not null). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
