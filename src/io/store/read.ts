/**
 * Reading the store file into memory, with the damage rules: a file that is not a JSON object is
 * moved aside whole; a file with some bad fields or entries is merged without them, after a copy of
 * it is put aside. Call with the lock held.
 */
import {basename} from 'node:path';
import {type DecodedFile, STORE_VERSION, type StoreSync} from '../../core/store/index.js';
import type {StoreDisk} from './disk.js';
import {copyAside, moveAside} from './file.js';
import type {StatusBox} from './status.js';

/** What a read found. */
export interface ReadOutcome {
	/** The file as decoded, or null when there is none (missing, or just moved aside). */
	readonly file: DecodedFile | null;
	/** The visible state changed (another process wrote something new). */
	readonly changed: boolean;
	/** Something was dropped or moved aside: the file should be rewritten soon. */
	readonly repaired: boolean;
}

/** Reads the file and merges it into `sync`. Throws when the file must not be written over. */
export function readInto(sync: StoreSync, disk: StoreDisk, now: number, status: StatusBox): ReadOutcome {
	const found = disk.read();
	const name = basename(disk.path);
	if (found.kind === 'missing') return {file: null, changed: false, repaired: false};
	if (found.kind === 'damaged') {
		const aside = moveAside(disk.path, now);
		sync.forgetFile();
		status.notice(`${name} was damaged (${found.reason}); it was moved aside to ${aside} and a new one was started.`);
		return {file: null, changed: false, repaired: true};
	}
	const version = found.root['version'];
	if (typeof version === 'number' && version > STORE_VERSION) {
		throw new Error(`${name} was written by a newer newsterm (format ${version})`);
	}
	const {file, changed, problems} = sync.absorb(found.root);
	const fresh = problems.filter(problem => status.firstTime(problem));
	if (fresh.length > 0) {
		const copy = copyAside(disk.path, now);
		status.notice(`${name} had problems: ${fresh.join('; ')}. Everything else was kept; the original was copied to ${copy}.`);
	}
	return {file, changed, repaired: problems.length > 0};
}
