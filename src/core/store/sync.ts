/**
 * Keeps the in-memory state and the file in step: `absorb` merges what is on disk, `compose` builds
 * the next file. Pure; the io layer reads, locks and writes around it.
 *
 * With 100,000 marks, decoding and re-encoding every folder on each write would slow every write
 * (docs/performance.md#store-folder-strings), so folders are handled as whole strings: a folder whose
 * text is exactly what we last wrote, and that has not changed here since, is copied through untouched.
 */
import {plural, pluralWord} from '../text/index.js';
import {decodeFile, encodeFile, type BookmarkRecord, type DecodedFile} from './codec.js';
import {ReadingState} from './merge.js';
import {encodeMarks, forEachMark} from './marks.js';

/**
 * Tombstones older than this (seconds) are dropped when a folder is rewritten.
 * @internal Tests use it; the program does not.
 */
export const TOMBSTONE_HORIZON = 90 * 24 * 3600;

/** What `absorb` found: whether the visible state changed, and what was wrong in the file. */
export interface AbsorbResult {
	readonly changed: boolean;
	readonly problems: readonly string[];
}

/** The reading state plus what is known about the file's folders. */
export class StoreSync {
	readonly state = new ReadingState();
	// Folder text as we last wrote it, and as we last merged it from disk.
	#written = new Map<string, string>();
	#merged = new Map<string, string>();
	#extras: Readonly<Record<string, unknown>> = {};

	/** Merges a parsed file into memory. */
	absorb(root: Record<string, unknown>): AbsorbResult & {readonly file: DecodedFile} {
		const file = decodeFile(root);
		const problems = [...file.problems];
		let changed = false;
		for (const [folder, text] of file.read) {
			if (text === this.#written.get(folder) || text === this.#merged.get(folder)) continue;
			const bad = forEachMark(text, (name, stamp) => {
				changed = this.state.mergeFolderMark(folder, name, stamp) || changed;
			});
			if (bad > 0) problems.push(`${plural(bad, 'read mark')} in "${folder}" could not be read and ${pluralWord(bad, 'was', 'were')} dropped`);
			this.#merged.set(folder, text);
		}
		for (const record of file.bookmarks) changed = this.state.mergeBookmark(record) || changed;
		for (const record of file.places) changed = this.state.mergePlace(record) || changed;
		for (const record of file.feeds) changed = this.state.mergeFeed(record) || changed;
		this.#extras = file.extras;
		return {changed, problems, file};
	}

	/** Builds the object to write, given the file as just read (`null` when there is none). */
	compose(now: number, disk: Pick<DecodedFile, 'read'> | null): {readonly root: Record<string, unknown>; readonly read: ReadonlyMap<string, string>} {
		const read = new Map<string, string>();
		const folders = new Set([...(disk?.read.keys() ?? []), ...this.state.folders()]);
		const oldest = now - TOMBSTONE_HORIZON;
		for (const folder of folders) {
			const text = disk?.read.get(folder);
			if (text !== undefined && text === this.#written.get(folder) && !this.state.isTouched(folder)) {
				read.set(folder, text);
				continue;
			}
			const live = [...this.state.folderMarks(folder)].filter(([, stamp]) => stamp > 0 || -stamp >= oldest);
			if (live.length > 0) read.set(folder, encodeMarks(live));
		}
		const bookmarks: BookmarkRecord[] = [];
		for (const record of this.state.bookmarkRecords()) if (record.bookmark || record.t >= oldest) bookmarks.push(record);
		bookmarks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const places = [...this.state.placeRecords()].filter(record => record.place || record.t >= oldest);
		const feeds = [...this.state.feedRecords()].filter(record => record.feed || record.t >= oldest);
		return {root: encodeFile(read, bookmarks, places, feeds, this.#extras), read};
	}

	/** The file as our last `commit` left it: `compose`'s `disk` while nobody else has written it since. */
	lastWritten(): Pick<DecodedFile, 'read'> {
		return {read: this.#written};
	}

	/** Records that `compose`'s output is now the file. */
	commit(read: ReadonlyMap<string, string>): void {
		this.#written = new Map(read);
		this.#merged = new Map(read);
		this.state.clearTouched();
	}

	/** Forgets what the file held (it was moved aside), so the next write rewrites every folder. */
	forgetFile(): void {
		this.#written.clear();
		this.#merged.clear();
		this.#extras = {};
	}
}
