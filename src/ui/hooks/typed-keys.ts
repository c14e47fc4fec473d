import {useRef, useState} from 'react';
import {type KeyQueue, useQueuedKeys} from './key-queue.js';

/** The line after one key: a character adds to it, Backspace takes the last off, Ctrl+U clears it. Null for a key that does not type. */
function typedLine(line: string, key: string): string | null {
	if (key === 'backspace') return Array.from(line).slice(0, -1).join('');
	if (key === 'ctrl+u') return '';
	if (key === 'space') return `${line} `;
	const chars = Array.from(key);
	// One character is typing; a named key (tab, up, pagedown) is not, and no control reaches the screen.
	if (chars.length !== 1 || key < ' ' || (key >= '\x7f' && key <= '\x9f')) return null;
	return line + key;
}

/**
 * A line typed through the reader's key loop. Enter calls `onEnter` with the line as the last key
 * left it (kept in a ref, so an Enter in the same read as the key before it sees that key); while
 * `locked()` the line stays as it is (it is being fetched).
 */
export function useTypedLine(queue: KeyQueue, onEnter: (line: string) => void, locked: () => boolean): string {
	const [line, setLine] = useState('');
	const latest = useRef('');
	useQueuedKeys(queue, key => {
		if (key === 'return') {
			onEnter(latest.current);
			return;
		}
		if (locked()) return;
		const next = typedLine(latest.current, key);
		if (next === null) return;
		latest.current = next;
		setLine(next);
	});
	return line;
}

/**
 * The highlighted row of a menu chosen through the reader's key loop, with ink-select-input's keys:
 * j/k and the arrows move (round the ends), Enter chooses the highlighted row, 1 to 9 choose that row.
 */
export function useMenuChoice(queue: KeyQueue, count: number, onChoose: (index: number) => void): number {
	const [index, setIndex] = useState(0);
	const latest = useRef(0);
	const chosen = useRef(false);
	useQueuedKeys(queue, key => {
		// One answer: keys after the choice (in the same read) are not a second one.
		if (chosen.current) return;
		const move = key === 'j' || key === 'down' ? 1 : key === 'k' || key === 'up' ? -1 : 0;
		if (move !== 0) {
			latest.current = (latest.current + move + count) % count;
			setIndex(latest.current);
			return;
		}
		const row = key === 'return' ? latest.current : /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
		if (row < 0 || row >= count) return;
		chosen.current = true;
		onChoose(row);
	});
	return index;
}
