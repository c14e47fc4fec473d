/**
 * A bounded memo for pure string functions asked the same questions frame after frame (cell widths,
 * Ink's row slicing and tokenizing): rows mostly repeat between frames, so answers live for the
 * session. The bound keeps a long session's memory flat: at the limit the table starts again.
 */
export function memoize<T>(compute: (key: string) => T, limit: number): (key: string) => T {
	let table = new Map<string, T>();
	return key => {
		let value = table.get(key);
		if (value === undefined) {
			value = compute(key);
			if (table.size >= limit) table = new Map();
			table.set(key, value);
		}
		return value;
	};
}
