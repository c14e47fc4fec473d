/**
 * Counts with their nouns for messages ("1 file", "3 files"): one rule, so the check command, the
 * reader's notices and the store's problems cannot come to count differently.
 */

/** `noun` when `count` is 1, else `pluralNoun` (by default `noun` + "s"); 0 takes the plural too. */
export function pluralWord(count: number, noun: string, pluralNoun?: string): string {
	return count === 1 ? noun : (pluralNoun ?? `${noun}s`);
}

/** The count and its noun: `plural(1, 'file')` is "1 file", `plural(3, 'file')` is "3 files". */
export function plural(count: number, noun: string, pluralNoun?: string): string {
	return `${count} ${pluralWord(count, noun, pluralNoun)}`;
}
