/** Viewport math: which rows of a list or an article are on screen. All functions are pure. */

/** A movement on a list or a page of text. */
export type Motion = {readonly by: number} | {readonly to: 'top' | 'bottom'} | {readonly page: 1 | -1};

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));

/** The furthest a text of `total` lines can scroll in a window of `height` rows. */
export function maxScroll(total: number, height: number): number {
	return Math.max(0, total - Math.max(1, height));
}

/** Scrolls text: a line, a page (less-style: a whole window), or to either end. */
export function scrollBy(scroll: number, motion: Motion, total: number, height: number): number {
	const last = maxScroll(total, height);
	if ('to' in motion) return motion.to === 'top' ? 0 : last;
	const delta = 'page' in motion ? motion.page * Math.max(1, height) : motion.by;
	return clamp(scroll + delta, 0, last);
}

/** A list's cursor and the first visible row. */
export interface ListPosition {
	readonly cursor: number;
	readonly offset: number;
}

/**
 * Keeps the cursor on screen with the least movement of the window (as vim does with scrolloff=0).
 * Also repairs a window made invalid by a resize or a shorter list.
 */
export function follow({cursor, offset}: ListPosition, total: number, height: number): ListPosition {
	const rows = Math.max(1, height);
	const safeCursor = total === 0 ? 0 : clamp(cursor, 0, total - 1);
	let top = clamp(offset, 0, Math.max(0, total - rows));
	if (safeCursor < top) top = safeCursor;
	if (safeCursor >= top + rows) top = safeCursor - rows + 1;
	return {cursor: safeCursor, offset: top};
}

/**
 * Puts the cursor on row `index` and moves the window as little as will show it. For callers that do
 * not know the list's length (the reducer): the view model repairs the window against the real list.
 */
export function cursorTo({offset}: ListPosition, index: number, height: number): ListPosition {
	const rows = Math.max(1, height);
	const cursor = Math.max(0, index);
	if (cursor < offset) return {cursor, offset: cursor};
	if (cursor >= offset + rows) return {cursor, offset: cursor - rows + 1};
	return {cursor, offset: Math.max(0, offset)};
}

/** Moves a list cursor; a page moves the cursor and the window together, like less and newsboat. */
export function moveCursor(position: ListPosition, motion: Motion, total: number, height: number): ListPosition {
	if (total === 0) return {cursor: 0, offset: 0};
	const rows = Math.max(1, height);
	if ('to' in motion) return follow({...position, cursor: motion.to === 'top' ? 0 : total - 1}, total, rows);
	if ('page' in motion) {
		const offset = clamp(position.offset + motion.page * rows, 0, Math.max(0, total - rows));
		const cursor = clamp(position.cursor + motion.page * rows, 0, total - 1);
		return follow({cursor, offset}, total, rows);
	}
	return follow({...position, cursor: clamp(position.cursor + motion.by, 0, total - 1)}, total, rows);
}

/** How far through a text the bottom of the window is, as less shows it: `37%`, or `All`. */
export function positionLabel(scroll: number, total: number, height: number): string {
	if (total <= height) return 'All';
	const seen = Math.min(total, scroll + height);
	return `${Math.round((seen / total) * 100)}%`;
}
