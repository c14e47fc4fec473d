/**
 * A bounded memo for pure string functions that Ink calls on every frame. Ink's own caches live for
 * one frame (a new Output per render); rows mostly repeat from frame to frame, so these live for the
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
