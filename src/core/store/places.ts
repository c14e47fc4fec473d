/**
 * Reading places: where the reader left an article half read, so it reopens at the same sentence.
 * One entry per id with the time of its last change (seconds); the later change wins when two
 * processes merge, and a dropped place stays as a tombstone (`place: null`) so it is not merged back.
 *
 * In the file: `places: {<id>: {block, offset, t}}`, a tombstone as `{t}` alone. Pure.
 */
import {decodeById} from './fields.js';

/** A place in an article's block model (core/layout's Anchor): a block and a character offset in it. */
export interface Place {
	readonly block: number;
	readonly offset: number;
}

/** A place with the time of its last change; `place: null` records that it was dropped. */
export interface PlaceRecord {
	readonly id: string;
	readonly t: number;
	readonly place: Place | null;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Reads the `places` object; a malformed entry is dropped alone and counted in `problems`. */
export function decodePlaces(value: unknown, problems: string[]): PlaceRecord[] {
	return decodeById(value, 'places', 'reading place', problems, (id, entry): PlaceRecord | null => {
		const {block, offset, t} = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
		if (id === '' || !isCount(t) || t === 0) return null;
		if (block === undefined && offset === undefined) return {id, t, place: null};
		return isCount(block) && isCount(offset) ? {id, t, place: {block, offset}} : null;
	});
}

/** The `places` object to write, ids in a fixed order so unchanged content serializes identically. */
export function encodePlaces(records: Iterable<PlaceRecord>): Record<string, unknown> {
	const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const out: Record<string, unknown> = Object.create(null);
	for (const {id, t, place} of sorted) out[id] = place ? {block: place.block, offset: place.offset, t} : {t};
	return out;
}

/** Whether two places (or their absence) are the same. */
export const samePlace = (a: Place | null, b: Place | null): boolean => a === b || (a !== null && b !== null && a.block === b.block && a.offset === b.offset);

/** True when `a` wins over `b`: the later change; in the same second a place over a tombstone, then the further place. */
function placeBeats(a: PlaceRecord, b: PlaceRecord): boolean {
	if (a.t !== b.t) return a.t > b.t;
	if (!a.place || !b.place) return a.place !== null && b.place === null;
	return a.place.block > b.place.block || (a.place.block === b.place.block && a.place.offset > b.place.offset);
}

/** Every id's place with its change time. */
export class PlaceBook {
	readonly #records = new Map<string, PlaceRecord>();
	#view: ReadonlyMap<string, Place> | null = null;
	/** Set by any change until the state is written. */
	touched = false;

	/** Records or drops a place; returns false when nothing changed. */
	set(id: string, place: Place | null, now: number): boolean {
		const previous = this.#records.get(id);
		if (samePlace(previous?.place ?? null, place)) return false;
		// Strictly later than the change it replaces, so a quick change is never a tie.
		this.#put({id, t: previous === undefined ? now : Math.max(now, previous.t + 1), place: place && {block: place.block, offset: place.offset}});
		return true;
	}

	/** Merges one record from elsewhere; returns true when the visible places changed. */
	merge(record: PlaceRecord): boolean {
		const previous = this.#records.get(record.id);
		if (previous && !placeBeats(record, previous)) return false;
		this.#put(record);
		return !samePlace(previous?.place ?? null, record.place);
	}

	/** Every record, tombstones included. */
	records(): IterableIterator<PlaceRecord> {
		return this.#records.values();
	}

	/** The places in effect, by id; the same object until something changes. */
	view(): ReadonlyMap<string, Place> {
		this.#view ??= new Map([...this.#records.values()].flatMap(r => (r.place ? [[r.id, r.place] as const] : [])));
		return this.#view;
	}

	#put(record: PlaceRecord): void {
		this.#records.set(record.id, record);
		this.#view = null;
		this.touched = true;
	}
}
