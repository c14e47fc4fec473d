import {useStdin} from 'ink';
import {useEffect, useRef} from 'react';
import {KeyDecoder} from '../../core/reader/index.js';

/** How long a lone ESC waits for the rest of a sequence before it counts as the Escape key. */
const ESCAPE_DELAY_MS = 25;

/**
 * Calls `onKey` with each key name read from stdin. It reads stdin itself instead of Ink's
 * useInput so that terminal replies (cursor reports, device attributes, OSC answers) are decoded
 * and dropped by our decoder rather than turned into keys.
 */
export function useKeys(onKey: (key: string) => void, inputOpen = false): void {
	const {stdin} = useStdin();
	const handler = useRef(onKey);
	handler.current = onKey;
	useEffect(() => {
		const decoder = new KeyDecoder();
		const raw = stdin as NodeJS.ReadStream;
		if (raw.isTTY && typeof raw.setRawMode === 'function') raw.setRawMode(true);
		let timer: NodeJS.Timeout | undefined;
		const emit = (keys: readonly string[]): void => {
			for (const key of keys) handler.current(key);
		};
		const onData = (data: Buffer | string): void => {
			clearTimeout(timer);
			emit(decoder.push(typeof data === 'string' ? data : data.toString('utf8')));
			// A held ESC becomes the Escape key if nothing follows within a moment (as vim's ttimeout).
			if (decoder.waiting) timer = setTimeout(() => emit(decoder.flush()), ESCAPE_DELAY_MS);
		};
		stdin.setEncoding?.('utf8');
		stdin.on('data', onData);
		stdin.resume?.();
		return () => {
			clearTimeout(timer);
			stdin.off('data', onData);
			stdin.pause?.();
			if (raw.isTTY && typeof raw.setRawMode === 'function') raw.setRawMode(false);
		};
	}, [stdin]);
	// An ink-text-input or ink-select-input reads keys through Ink's useInput, and when the last of
	// them goes Ink turns raw mode off and unrefs stdin (then nothing keeps the process alive and it
	// ends, status 0): the reader's own keys need both back once the input has closed.
	useEffect(() => {
		if (inputOpen) return;
		const raw = stdin as NodeJS.ReadStream;
		if (raw.isTTY && typeof raw.setRawMode === 'function') raw.setRawMode(true);
		raw.ref?.();
		raw.resume?.();
	}, [stdin, inputOpen]);
}
