/**
 * Migrations of the store file between format versions. Each step takes the parsed file of version
 * N and returns version N + 1; `migrate` runs the steps the file needs. Pure.
 */
import {splitId} from '../article/index.js';
import {plural} from '../text/index.js';
import {encodeMarks, type Stamp} from './marks.js';

/** The format version this code reads and writes. */
export const CURRENT_VERSION = 1;

type Step = (root: Record<string, unknown>, problems: string[]) => Record<string, unknown>;

// Marks migrated from a format without times get the oldest possible time, so any recorded
// change from another process wins over them.
const UNKNOWN_TIME: Stamp = 1;

const STEPS: Readonly<Record<number, Step>> = {
	// Version 0 (no `version` key): `read` was a plain list of ids.
	0: (root, problems) => {
		const read = root['read'];
		if (!Array.isArray(read)) return root;
		const folders = new Map<string, [string, Stamp][]>();
		let bad = 0;
		for (const id of read) {
			if (typeof id !== 'string') {
				bad++;
				continue;
			}
			const [folder, name] = splitId(id);
			const list = folders.get(folder) ?? [];
			list.push([name, UNKNOWN_TIME]);
			folders.set(folder, list);
		}
		if (bad > 0) problems.push(`${plural(bad, 'read mark')} in the old format could not be read`);
		const encoded = Object.fromEntries([...folders].map(([folder, list]) => [folder, encodeMarks(list)]));
		return {...root, read: encoded};
	},
};

/** Brings a parsed file to `CURRENT_VERSION`; returns the version the file claimed. */
export function migrate(parsed: Record<string, unknown>, problems: string[]): {readonly root: Record<string, unknown>; readonly version: number} {
	const claimed = parsed['version'];
	let version: number;
	if (claimed === undefined) version = 0;
	else if (typeof claimed === 'number' && Number.isSafeInteger(claimed) && claimed >= 0) version = claimed;
	else {
		problems.push(`"version" was not a whole number; read as version ${CURRENT_VERSION}`);
		version = CURRENT_VERSION;
	}
	let root = parsed;
	for (let step = version; step < CURRENT_VERSION; step++) root = STEPS[step]?.(root, problems) ?? root;
	return {root, version};
}
