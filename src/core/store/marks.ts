/**
 * Compact text encoding of per-id marks (read / not read) for the reading store.
 *
 * 100,000 read marks must fit in well under 2 MB, so marks are grouped by their id's source
 * (core/article/id.ts: `world` for `world/us-not-there-yet`, `@k3x9q2m7ta` for a feed's items), and
 * each group, a "folder" of the store file, is one string. Inside it the entries are sorted by time
 * and carry the time as a base-36 delta from the entry before: reads cluster in time, so most deltas
 * are two or three characters. An entry is `name:delta` (read) or `name!delta` (taken off: a
 * tombstone, kept so that another process cannot bring the mark back with an older write).
 */

/**
 * When a mark last changed, in whole seconds since the epoch: positive while the mark is on,
 * negative once it was taken off. Never 0.
 */
export type Stamp = number;

// Only the characters the format itself uses are escaped, so ordinary ids cost nothing extra.
const ESCAPES: Readonly<Record<string, string>> = {'%': '%25', ',': '%2C', ':': '%3A', '!': '%21'};
const UNESCAPES: Readonly<Record<string, string>> = {'%25': '%', '%2C': ',', '%3A': ':', '%21': '!'};

function escapeName(name: string): string {
	return /[%,:!]/.test(name) ? name.replace(/[%,:!]/g, c => ESCAPES[c] ?? c) : name;
}

function unescapeName(text: string): string | null {
	if (!text.includes('%')) return text;
	let valid = true;
	const out = text.replace(/%(?:..)?/g, seq => {
		const plain = UNESCAPES[seq];
		if (plain === undefined) valid = false;
		return plain ?? seq;
	});
	return valid ? out : null;
}

/** Encodes one folder's marks; the result does not depend on the order of `entries`. */
export function encodeMarks(entries: Iterable<readonly [name: string, stamp: Stamp]>): string {
	const sorted = [...entries].sort((a, b) => Math.abs(a[1]) - Math.abs(b[1]) || (a[0] < b[0] ? -1 : 1));
	const parts: string[] = [];
	let previous = 0;
	for (const [name, stamp] of sorted) {
		const time = Math.abs(stamp);
		parts.push(`${escapeName(name)}${stamp > 0 ? ':' : '!'}${(time - previous).toString(36)}`);
		previous = time;
	}
	return parts.join(',');
}

const COLON = 0x3a;
const BANG = 0x21;

/** The value of a base-36 digit (`0-9`, `a-z`), or -1. */
function base36(code: number): number {
	if (code >= 48 && code <= 57) return code - 48;
	if (code >= 97 && code <= 122) return code - 87;
	return -1;
}

/** The delta written in `text` from `start` to `end`: 1 to 11 base-36 digits; NaN otherwise. */
function readDelta(text: string, start: number, end: number): number {
	if (end - start < 1 || end - start > 11) return Number.NaN;
	let value = 0;
	for (let i = start; i < end; i++) {
		const digit = base36(text.charCodeAt(i));
		if (digit < 0) return Number.NaN;
		value = value * 36 + digit;
	}
	return value;
}

/**
 * Calls `visit` with each mark of a folder string, in order, and returns how many entries could not
 * be read (they are skipped). Scans the text in place: loading 100,000 marks at start is on the way
 * to the first frame, and a regular expression, an array per entry and a list of them were a good
 * part of it, and more in collections (docs/performance.md#marks-scanner).
 */
export function forEachMark(text: string, visit: (name: string, stamp: Stamp) => void): number {
	let bad = 0;
	let time = 0;
	if (text === '') return 0;
	for (let start = 0; start <= text.length; ) {
		let end = text.indexOf(',', start);
		if (end === -1) end = text.length;
		let sep = start;
		while (sep < end && text.charCodeAt(sep) !== COLON && text.charCodeAt(sep) !== BANG) sep++;
		const delta = sep < end ? readDelta(text, sep + 1, end) : Number.NaN;
		if (Number.isNaN(delta) || !Number.isSafeInteger(time + delta)) bad++;
		else {
			// The delta still counts when only the name is broken, so later entries keep their times.
			time += delta;
			const name = unescapeName(text.slice(start, sep));
			if (name === null || time === 0) bad++;
			else visit(name, text.charCodeAt(sep) === COLON ? time : -time);
		}
		start = end + 1;
	}
	return bad;
}
