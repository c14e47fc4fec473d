import {plural, pluralWord} from '../text/index.js';

/**
 * Reads a `{<id>: entry}` field of the store file entry by entry: a field that is not an object is
 * reset, and a malformed entry (`read` gives null) is dropped alone; both are said in `problems`,
 * naming the entries by `noun` (`reading place`). Pure.
 */
export function decodeById<R>(value: unknown, field: string, noun: string, problems: string[], read: (id: string, entry: unknown) => R | null): R[] {
	if (value === undefined) return [];
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		problems.push(`"${field}" was not an object; ${noun}s were reset`);
		return [];
	}
	const records: R[] = [];
	let bad = 0;
	for (const [id, entry] of Object.entries(value)) {
		const record = read(id, entry);
		if (record) records.push(record);
		else bad++;
	}
	if (bad > 0) problems.push(`${plural(bad, noun)} could not be read and ${pluralWord(bad, 'was', 'were')} dropped`);
	return records;
}
