/**
 * Saved first frames in the cache folder: one small file per start identity (core/frame-cache),
 * read by the launcher and written by the program as it leaves. Like every cache, a missing,
 * damaged, foreign or stale file only means no early paint, never an error.
 */
import {readdirSync, statSync, unlinkSync} from 'node:fs';
import {join} from 'node:path';
import {decodeSavedFrame, encodeSavedFrame, FRAME_FILE_PREFIX, frameFileName, type SavedFrame, stillValid} from '../../core/frame-cache/index.js';
import {readPrivateFile, writeAtomicallySync} from '../dirs/index.js';
import {stampsHold} from './stamps.js';

/** Far above a frame of the largest terminal: a bigger file is not one we wrote. */
const MAX_BYTES = 1024 * 1024;
/** Saved frames kept in the folder (one per way of starting newsterm); the oldest go first. */
const KEEP = 8;

/** What the saved frame must match to be painted. */
export interface FrameWanted {
	readonly identity: string;
	readonly build: string;
	/**
	 * The terminal's size, asked only once a file for this start is found: reading it sets up
	 * process.stdout, which a start with nothing saved (`newsterm list` in a terminal) need not pay for first.
	 */
	readonly size: () => {readonly cols: number; readonly rows: number};
}

/**
 * The saved frame for this start, when there is one for the same identity, build and terminal size,
 * it has not run out (a feed reader's archive gone stale), and every file it was drawn from is
 * unchanged; otherwise null.
 */
export function loadSavedFrame(cacheDir: string, wanted: FrameWanted): SavedFrame | null {
	const bytes = readPrivateFile(join(cacheDir, frameFileName(wanted.identity)), MAX_BYTES);
	if (bytes === undefined) return null;
	const saved = decodeSavedFrame(bytes.toString('utf8'));
	if (saved === null || saved.identity !== wanted.identity || saved.build !== wanted.build || !stillValid(saved, Date.now())) return null;
	const {cols, rows} = wanted.size();
	if (saved.cols !== cols || saved.rows !== rows || !stampsHold(saved.stamps)) return null;
	return saved;
}

/** Saves `saved` for the next start, synchronously (it runs on the way out); false when it could not. */
export function saveFrame(cacheDir: string, saved: SavedFrame): boolean {
	try {
		writeAtomicallySync(join(cacheDir, frameFileName(saved.identity)), encodeSavedFrame(saved));
	} catch {
		return false;
	}
	prune(cacheDir);
	return true;
}

/** Forgets the saved frame for `identity`: the next start would paint a frame that is no longer true. */
export function forgetFrame(cacheDir: string, identity: string): void {
	try {
		unlinkSync(join(cacheDir, frameFileName(identity)));
	} catch {
		// None saved, or a read-only folder: the stamps still keep a stale frame from being painted.
	}
}

/** Keeps the KEEP most recently saved frames: each way of starting (folders, options) saves its own. */
function prune(cacheDir: string): void {
	try {
		const frames = readdirSync(cacheDir)
			.filter(name => name.startsWith(FRAME_FILE_PREFIX) && name.endsWith('.json'))
			.map(name => ({name, at: statSync(join(cacheDir, name)).mtimeMs}))
			.sort((a, b) => b.at - a.at);
		for (const {name} of frames.slice(KEEP)) unlinkSync(join(cacheDir, name));
	} catch {
		// Pruning is tidying: a folder that cannot be listed or a file that cannot go stays.
	}
}
