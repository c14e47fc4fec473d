/**
 * A saved first frame as stored: one JSON document naming the start it is for, the files whose
 * change would make it stale, the frame in Ink's form (what the frame writer diffs against) and the
 * bytes that paint it.
 */

/**
 * A file or folder as it was when the frame was saved: its mtime and size, or null for "absent".
 * The launcher compares them with a stat each, so it never reads what they hold.
 */
export type Stamp = readonly [path: string, mtimeMs: number, size: number] | readonly [path: string, absent: null];

/** A first frame kept for the next start with the same identity (key.ts). */
export interface SavedFrame {
	readonly identity: string;
	/** The program's build: another build may draw the screen differently. */
	readonly build: string;
	readonly cols: number;
	readonly rows: number;
	readonly stamps: readonly Stamp[];
	/** The frame as Ink writes it: the frame writer takes it as what the screen shows. */
	readonly frame: string;
	/** The terminal bytes of a full repaint of `frame`, one char per byte (latin1). */
	readonly paint: string;
	/**
	 * When the frame stops being true whatever the stamps say (epoch ms): a feed reader's start
	 * refreshes once its archive is this old, and the refresh shows in the header. Absent: never.
	 */
	readonly validUntil?: number;
}

const VERSION = 1;

/** The file's text for `saved`. */
export function encodeSavedFrame(saved: SavedFrame): string {
	return JSON.stringify({v: VERSION, ...saved});
}

const isStamp = (value: unknown): value is Stamp =>
	Array.isArray(value) &&
	typeof value[0] === 'string' &&
	((value.length === 2 && value[1] === null) || (value.length === 3 && typeof value[1] === 'number' && typeof value[2] === 'number'));

const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10_000;

/** The saved frame in `text`, or null when it is not one this version wrote whole. */
export function decodeSavedFrame(text: string): SavedFrame | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const {v, identity, build, cols, rows, stamps, frame, paint, validUntil} = value as Record<string, unknown>;
	if (v !== VERSION || typeof identity !== 'string' || typeof build !== 'string' || !isSize(cols) || !isSize(rows)) return null;
	if (!Array.isArray(stamps) || !stamps.every(isStamp) || typeof frame !== 'string' || typeof paint !== 'string') return null;
	if (validUntil !== undefined && !Number.isFinite(validUntil)) return null;
	return {identity, build, cols, rows, stamps, frame, paint, ...(typeof validUntil === 'number' ? {validUntil} : {})};
}

/** Whether `saved` may still be painted at `now` (epoch ms): up to and at its validUntil, as the reader's staleness test counts. */
export function stillValid(saved: SavedFrame, now: number): boolean {
	return saved.validUntil === undefined || now <= saved.validUntil;
}
